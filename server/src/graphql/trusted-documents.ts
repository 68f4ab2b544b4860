import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Config } from '../config.js';

/**
 * Which documents the API runs. The SPA sends only the hash of each of its documents; the
 * manifest (written by codegen next to the SPA's generated documents) holds their text.
 * - `any`: also any other document, from anyone (the default: scripts and the explorer work);
 * - `signed-in`: other documents only with a valid session, so anonymous callers are limited
 *   to what the app itself sends;
 * - `trusted`: only the manifest's documents.
 * Every limit (depth, aliases, tokens, cost) applies to every document whatever the policy.
 */
export type DocumentPolicy = Config['GRAPHQL_DOCUMENTS'];

const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().min(1));

/** sha256 (hex) of a document's normalized text, to that text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(file: string, policy: DocumentPolicy): TrustedDocuments {
  if (!existsSync(file)) {
    if (policy === 'trusted') throw new Error(`GRAPHQL_DOCUMENTS=trusted, but the manifest ${file} does not exist: run pnpm codegen`);
    return new Map();
  }
  return new Map(Object.entries(manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')))));
}

const persistedQueryExtension = z.object({ persistedQuery: z.object({ sha256Hash: z.string() }) });

/** The hash an operation names in `extensions.persistedQuery` (the APQ wire format), if any. */
function persistedHash(extensions: unknown): string | undefined {
  const parsed = persistedQueryExtension.safeParse(extensions);
  return parsed.success ? parsed.data.persistedQuery.sha256Hash : undefined;
}

export type DocumentRefusal = { code: 'PERSISTED_QUERY_NOT_FOUND' | 'TRUSTED_DOCUMENTS_ONLY'; message: string };

/**
 * The text to run for an operation: the manifest's for a known hash (`trusted`), otherwise the
 * text sent, if any. An unknown hash with no text is PersistedQueryNotFound, which makes an APQ
 * client send the text (a page older or newer than the server).
 */
export function documentToRun(
  trusted: TrustedDocuments,
  operation: { query?: unknown; extensions?: unknown },
): { query: string | undefined; trusted: boolean } | DocumentRefusal {
  const hash = persistedHash(operation.extensions);
  const known = hash === undefined ? undefined : trusted.get(hash);
  if (known !== undefined) return { query: known, trusted: true };
  const query = typeof operation.query === 'string' && operation.query !== '' ? operation.query : undefined;
  if (hash !== undefined && query === undefined) return { code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound' };
  return { query, trusted: false };
}

/** Why a caller may not run a document outside the manifest under the policy, or null if they may. */
export function untrustedDocumentRefusal(policy: DocumentPolicy, signedIn: boolean): DocumentRefusal | null {
  if (policy === 'any' || (policy === 'signed-in' && signedIn)) return null;
  return {
    code: 'TRUSTED_DOCUMENTS_ONLY',
    message:
      policy === 'trusted'
        ? 'This server runs only the documents of its web app'
        : 'Sign in to run your own documents; without a session this server runs only the documents of its web app',
  };
}
