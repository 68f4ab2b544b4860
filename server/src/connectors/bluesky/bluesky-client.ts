import { Agent } from '@atproto/api';
import { z } from 'zod';

// Bluesky over XRPC (docs/networks/bluesky.md). Sessions come from an app password
// (com.atproto.server.createSession) and are renewed with the refresh token
// (refreshSession, which rotates it); everything else goes through @atproto/api's Agent with a
// fetch handler of ours, so tokens, timeouts and refreshes stay under DoppelCart's control
// (refreshes happen once, under the channel's row lock: bluesky-tokens.ts).

export interface BlueskySession {
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

/** What went wrong, as the publisher and the connect form act on it. */
export type BlueskyErrorKind = 'auth' | 'rate_limit' | 'transient' | 'permanent';

export class BlueskyError extends Error {
  constructor(
    message: string,
    readonly kind: BlueskyErrorKind,
    /** The XRPC error name (`ExpiredToken`, `RecordNotFound`, ...), when the server gave one. */
    readonly error: string | null = null,
    readonly status = 0,
  ) {
    super(message);
  }
}

const AUTH_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AccountTakedown', 'AccountDeactivated']);

function kindOf(status: number, error: string | null): BlueskyErrorKind {
  if (status === 401 || (error && AUTH_ERRORS.has(error))) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status === 0 || status >= 500) return 'transient';
  return 'permanent';
}

/** Turns a failed XRPC answer (or a network failure) into a BlueskyError. */
export function blueskyError(cause: unknown, what: string): BlueskyError {
  if (cause instanceof BlueskyError) return cause;
  const status = Number((cause as { status?: number }).status ?? 0);
  const error = (cause as { error?: string }).error ?? null;
  const message = (cause as Error).message || 'no answer';
  const timedOut = (cause as Error).name === 'TimeoutError' || (cause as Error).name === 'AbortError';
  return new BlueskyError(`Bluesky ${what}: ${timedOut ? 'no answer in time' : message}`, kindOf(status, error === 'Unknown' ? null : error), error, status);
}

const session = z.object({ did: z.string().startsWith('did:'), handle: z.string().min(1), accessJwt: z.string().min(1), refreshJwt: z.string().min(1) });

async function sessionCall(url: string, init: RequestInit, timeoutMs: number, what: string): Promise<BlueskySession> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw blueskyError(cause, what);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const error = typeof body.error === 'string' ? body.error : null;
    throw new BlueskyError(`Bluesky ${what}: ${typeof body.message === 'string' ? body.message : `HTTP ${response.status}`}`, kindOf(response.status, error), error, response.status);
  }
  const parsed = session.safeParse(body);
  if (!parsed.success) throw new BlueskyError(`Bluesky ${what}: an answer without a session`, 'transient', null, response.status);
  return parsed.data;
}

/** Signs in with a handle (or email) and an app password. */
export function createBlueskySession(serviceUrl: string, identifier: string, password: string, timeoutMs: number): Promise<BlueskySession> {
  return sessionCall(
    `${serviceUrl}/xrpc/com.atproto.server.createSession`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier, password }) },
    timeoutMs,
    'sign-in',
  );
}

/** New tokens for the refresh token, which is used up by the call (Bluesky rotates it). */
export function refreshBlueskySession(serviceUrl: string, refreshJwt: string, timeoutMs: number): Promise<BlueskySession> {
  return sessionCall(`${serviceUrl}/xrpc/com.atproto.server.refreshSession`, { method: 'POST', headers: { authorization: `Bearer ${refreshJwt}` } }, timeoutMs, 'session refresh');
}

/** An Agent acting as the account with this access token; it never refreshes by itself. */
export function blueskyAgent(serviceUrl: string, did: string, accessJwt: string, timeoutMs: number): Agent {
  return new Agent({
    did,
    fetchHandler: (path, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${accessJwt}`);
      return fetch(new URL(path, serviceUrl), { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    },
  });
}

/** When a JWT's `exp` says it runs out, or null when it cannot be read. */
export function jwtExpiry(jwt: string): Date | null {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null;
  } catch {
    return null;
  }
}
