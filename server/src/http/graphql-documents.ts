import type { RequestHandler, Response } from 'express';
import {
  documentToRun,
  untrustedDocumentRefusal,
  type DocumentPolicy,
  type DocumentRefusal,
  type TrustedDocuments,
} from '../graphql/trusted-documents.js';

function refuse(res: Response, refusal: DocumentRefusal) {
  // PersistedQueryNotFound is an ordinary answer an APQ client reacts to (it sends the text).
  res.status(refusal.code === 'PERSISTED_QUERY_NOT_FOUND' ? 200 : 400);
  res.setHeader('Cache-Control', 'no-store');
  res.json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
}

/**
 * Puts the manifest's text in place of a trusted document's hash, so Apollo runs (and caches
 * parsed and validated) the same text for every page, and applies the document policy to any
 * other document. Runs after the body is parsed and `res.locals.viewer` is known.
 */
export function graphqlDocuments(trusted: TrustedDocuments, policy: DocumentPolicy): RequestHandler {
  return (req, res, next) => {
    const signedIn = Boolean(res.locals['viewer']);
    if (req.method === 'GET') {
      const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '').get('query');
      const refusal = query ? untrustedDocumentRefusal(policy, signedIn) : null;
      return refusal ? refuse(res, refusal) : next();
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return next();
    const operation = body as { query?: unknown; extensions?: Record<string, unknown> };
    const resolved = documentToRun(trusted, operation);
    if ('code' in resolved) return refuse(res, resolved);
    if (!resolved.trusted && resolved.query !== undefined) {
      const refusal = untrustedDocumentRefusal(policy, signedIn);
      if (refusal) return refuse(res, refusal);
    }
    operation.query = resolved.query;
    // The hash has done its work; Apollo's own APQ store is off (the manifest replaces it).
    if (operation.extensions && 'persistedQuery' in operation.extensions) {
      const { persistedQuery: _hash, ...rest } = operation.extensions;
      operation.extensions = rest;
    }
    next();
  };
}
