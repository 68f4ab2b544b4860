import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ContainerState, FakeFailure } from './types.js';

// Replies, errors and constants shared by the fake's handlers.

export const SHORT_TOKEN_SECONDS = 3600;
export const LONG_TOKEN_SECONDS = 60 * 24 * 3600;
export const CODE_SECONDS = 3600;
export const CONTAINER_LIFE_MS = 24 * 3600 * 1000;
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const PUBLISH_SCOPE = 'instagram_business_content_publish';
export const BASIC_SCOPE = 'instagram_business_basic';
export const INSIGHTS_SCOPE = 'instagram_business_manage_insights';
export const PROCESSING_FAILED = 'The media could not be processed.';
export const DEFAULT_SCOPES = [BASIC_SCOPE, PUBLISH_SCOPE, INSIGHTS_SCOPE];

export const STATUS_TEXT: Record<Exclude<ContainerState, 'ERROR'>, string> = {
  IN_PROGRESS: 'In Progress: Media is still being processed.',
  FINISHED: 'Finished: Media has been uploaded and it is ready to be published.',
  PUBLISHED: 'Published: Media has been successfully published.',
  EXPIRED: 'Expired: Media was not published within 24 hours.',
};

export interface Reply { status: number; json?: unknown; raw?: string; location?: string }
export type Params = Record<string, string>;

export const secret = (prefix: string, bytes = 24) => prefix + randomBytes(bytes).toString('base64url');
export const graphError = (status: number, error: Record<string, unknown>): Reply => ({
  status,
  json: { error: { type: 'OAuthException', ...error, fbtrace_id: secret('A', 9) } },
});
// api.instagram.com (the code exchange) still answers in the older shape.
export const legacyError = (message: string): Reply => ({ status: 400, json: { error_type: 'OAuthException', code: 400, error_message: message } });
export const missingObject = (id: string) =>
  graphError(400, { code: 100, error_subcode: 33, message: `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation` });
export const metaTimestamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
export const pick = (fields: string | undefined, record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key === 'id' || (fields ?? '').split(',').includes(key)));

export function injectedReply(failure: Exclude<FakeFailure, 'timeout' | 'timeout_after' | 'container_error' | 'access_denied'>, now: number): Reply {
  if (typeof failure === 'object') return { status: failure.status, json: failure.body };
  if (failure === 'rate_limit') return graphError(400, { code: 4, is_transient: true, message: '(#4) Application request limit reached' });
  if (failure === 'server_error') {
    return graphError(500, { code: 2, is_transient: true, message: 'An unexpected error has occurred. Please retry your request later.' });
  }
  return expiredToken(now - 1000, now);
}

export function expiredToken(expiredAt: number, now: number): Reply {
  return graphError(400, {
    code: 190, error_subcode: 463,
    message: `Error validating access token: Session has expired on ${new Date(expiredAt).toUTCString()}. The current time is ${new Date(now).toUTCString()}.`,
  });
}

export async function readParams(request: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** Returns the reply; the side effect (if any) has happened when it resolves. */
export type Handler = (params: Params, ids: string[], injected?: { containerError?: boolean }) => Promise<Reply>;
