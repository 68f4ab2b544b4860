import type { IncomingMessage } from 'node:http';

/**
 * Browsers attach Origin to cross-site requests and WebSocket upgrades; CORS does not guard
 * upgrades, so they are checked here: same host, or listed in ALLOWED_ORIGINS. Non-browser
 * clients send no Origin and authenticate with their token.
 */
export function isAllowedOrigin(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
