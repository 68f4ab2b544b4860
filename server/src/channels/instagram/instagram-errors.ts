// How a failed Instagram call is reported. Callers act on `kind` alone: 'auth' means the
// account must be connected again, 'rate_limit' and 'transient' may be retried later,
// 'permanent' will fail the same way again, and 'timeout' means the outcome is unknown (a
// publish may have gone out: read the container's status before doing anything else).

export type InstagramErrorKind = 'auth' | 'rate_limit' | 'transient' | 'permanent' | 'timeout';

/** Meta's error body, `{ error: {...} }` on graph.instagram.com. */
export interface MetaError {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id?: string;
}

export interface InstagramErrorDetails {
  /** The HTTP status, or 0 when no response arrived. */
  status: number;
  /** What Instagram said (or why nothing was said), scrubbed of secrets; fit to show the user. */
  platformMessage: string;
  code?: number;
  subcode?: number;
  fbtraceId?: string;
}

export class InstagramApiError extends Error {
  readonly status: number;
  readonly platformMessage: string;
  readonly code?: number;
  readonly subcode?: number;
  readonly fbtraceId?: string;

  constructor(readonly kind: InstagramErrorKind, message: string, details: InstagramErrorDetails) {
    super(message);
    this.name = 'InstagramApiError';
    this.status = details.status;
    this.platformMessage = details.platformMessage;
    this.code = details.code;
    this.subcode = details.subcode;
    this.fbtraceId = details.fbtraceId;
  }
}

// 190 is Meta's "invalid or expired token"; 102 an invalid session; 10 and 200-299 a missing
// permission. All three are fixed only by the user connecting again.
const AUTH_CODES = new Set([102, 190, 10]);
// Application, user, page and account-level throttles, plus "action blocked" (9).
const RATE_LIMIT_CODES = new Set([4, 9, 17, 32, 613, 80002]);
/** "You reached maximum number of posts that is allowed to be published by Content Publishing API." */
export const PUBLISHING_LIMIT_SUBCODE = 2207042;
// 1 unknown error, 2 service unavailable, -1 "Instagram server error. Try again."
const TRANSIENT_CODES = new Set([1, 2, -1]);

export function classifyInstagramError(status: number, error: MetaError | undefined): InstagramErrorKind {
  const code = error?.code;
  if (code !== undefined && (AUTH_CODES.has(code) || (code >= 200 && code < 300))) return 'auth';
  if (status === 401) return 'auth';
  // Checked before is_transient: Meta marks throttling (code 4) transient too, but a
  // throttled caller must back off for longer than a blip.
  if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code)) || error?.error_subcode === PUBLISHING_LIMIT_SUBCODE) {
    return 'rate_limit';
  }
  if (status >= 500 || error?.is_transient === true || (code !== undefined && TRANSIENT_CODES.has(code))) return 'transient';
  return 'permanent';
}

/** Replaces every occurrence of each secret (tokens, app secret, codes) in `text`. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  // Belt and braces: a secret-bearing query parameter that slipped into a message anyway.
  return result.replace(/((?:access_token|client_secret|code)=)[^&\s"']+/g, '$1[redacted]');
}
