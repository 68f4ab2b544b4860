import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// An OAuth flow's state: random, stored only as its hash, taken once, and also set in an
// HttpOnly cookie of the browser that started the flow. Without the cookie check, a victim who
// finished an attacker's authorization link would connect their account to the attacker's
// persona: the state alone says who started the flow, not where.

export const OAUTH_STATE_TTL_MS = 15 * 60 * 1000;
export const OAUTH_BROWSER_COOKIE = 'doppelcart_oauth';

export const newOAuthState = () => randomBytes(32).toString('base64url');
export const hashState = (state: string) => createHash('sha256').update(state).digest();

/** Whether the browser's cookie carries the state the network sent back (compared in constant time). */
export function sameSecret(expected: string, presented: string | undefined): boolean {
  if (!presented) return false;
  return timingSafeEqual(hashState(expected), hashState(presented));
}

export type SetCookie = (name: string, value: string, options: { path: string; maxAgeSeconds: number }) => void;
