import { codeChallenge } from './pkce.js';

// The OAuth 2 authorization-code flow (RFC 6749) as DoppelCart uses it with the networks that
// connect through a consent page: the authorization URL, the code exchange (with the PKCE
// verifier where the network takes one) and refreshing. Each connector gives its endpoints and
// how its client authenticates; the protocol itself lives here once.

export interface OAuth2Settings {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  /** The name the network gives the client id parameter (TikTok's client_key); client_id by default. */
  clientIdName?: string;
  /** Null for a public client (PKCE alone protects the exchange). */
  clientSecret: string | null;
  /** How a confidential client proves itself: HTTP Basic (RFC 6749 §2.3.1) or in the form. */
  clientAuth: 'basic' | 'body';
  scopes: readonly string[];
  /** How the scope list is joined (spaces per RFC 6749; some networks use commas). */
  scopeSeparator: ' ' | ',';
  pkce: boolean;
  /** What the network's consent page needs besides the standard parameters (Google's access_type=offline). */
  extraAuthorizeParams?: Record<string, string>;
  /** A step after the code exchange, for networks whose first token is short-lived (Threads trades it for a 60-day one). */
  upgrade?(tokens: OAuth2Tokens): Promise<OAuth2Tokens>;
  /** How the network renews a token when it is not the standard refresh grant (Threads refreshes the access token itself). */
  renew?(current: { accessToken: string; refreshToken: string | null }): Promise<OAuth2Tokens>;
  /** Renew when less than this is left (default 5 minutes); long-lived tokens are renewed well ahead. */
  renewWhenLeftMs?: number;
  redirectUri: string;
  timeoutMs: number;
}

export interface OAuth2Tokens {
  accessToken: string;
  /** Null when the network gave none (the token cannot be renewed: the person reconnects). */
  refreshToken: string | null;
  /** Seconds the access token lasts; null when the network did not say. */
  expiresInSeconds: number | null;
  scopes: string[];
}

/**
 * kind: 'auth' when the grant is gone (the code was used or expired, the refresh token revoked:
 * the person must connect again); 'transient' when the network could not answer now.
 */
export class OAuth2Error extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'transient',
  ) {
    super(message);
    this.name = 'OAuth2Error';
  }
}

export function authorizationUrl(settings: OAuth2Settings, state: string, verifier: string | null): string {
  const url = new URL(settings.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set(settings.clientIdName ?? 'client_id', settings.clientId);
  url.searchParams.set('redirect_uri', settings.redirectUri);
  url.searchParams.set('scope', settings.scopes.join(settings.scopeSeparator));
  url.searchParams.set('state', state);
  for (const [key, value] of Object.entries(settings.extraAuthorizeParams ?? {})) url.searchParams.set(key, value);
  if (settings.pkce && verifier) {
    url.searchParams.set('code_challenge', codeChallenge(verifier));
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

export async function exchangeCode(settings: OAuth2Settings, code: string, verifier: string | null): Promise<OAuth2Tokens> {
  const form: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: settings.redirectUri };
  if (settings.pkce && verifier) form.code_verifier = verifier;
  const tokens = await tokenRequest(settings, form);
  return settings.upgrade ? settings.upgrade(tokens) : tokens;
}

/** Reads a token answer (RFC 6749 §5.1) into tokens; exported for networks with their own token calls. */
export async function tokenAnswer(response: Response, scopes: readonly string[]): Promise<OAuth2Tokens> {
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || !answer || typeof answer.access_token !== 'string' || !answer.access_token) {
    const error = answer?.error;
    const said =
      typeof error === 'string'
        ? `${error}${typeof answer?.error_description === 'string' ? `: ${answer.error_description}` : ''}`
        : typeof (error as { message?: unknown } | undefined)?.message === 'string'
          ? (error as { message: string }).message
          : `HTTP ${response.status}`;
    // RFC 6749 §5.2: a 400 or 401 with an error is the grant or the client refused; a 5xx or 429 is the network.
    const transient = response.status >= 500 || response.status === 429 || (response.ok && !answer);
    throw new OAuth2Error(said, transient ? 'transient' : 'auth');
  }
  const scope = typeof answer.scope === 'string' ? answer.scope : '';
  return {
    accessToken: answer.access_token,
    refreshToken: typeof answer.refresh_token === 'string' && answer.refresh_token ? answer.refresh_token : null,
    expiresInSeconds: typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : null,
    scopes: scope ? scope.split(/[ ,]+/).filter(Boolean) : [...scopes],
  };
}

/** A token call with fetch: a timeout, no redirects; an unreachable endpoint is transient. */
export async function tokenFetch(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new OAuth2Error(`the token endpoint could not be reached (${error instanceof Error ? error.message : String(error)})`, 'transient');
  }
}

export function refreshTokens(settings: OAuth2Settings, refreshToken: string): Promise<OAuth2Tokens> {
  return tokenRequest(settings, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

async function tokenRequest(settings: OAuth2Settings, form: Record<string, string>): Promise<OAuth2Tokens> {
  const body = new URLSearchParams(form);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (settings.clientSecret && settings.clientAuth === 'basic') {
    const pair = `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    body.set(settings.clientIdName ?? 'client_id', settings.clientId);
    if (settings.clientSecret) body.set('client_secret', settings.clientSecret);
  }
  const response = await tokenFetch(settings.tokenUrl, { method: 'POST', headers, body }, settings.timeoutMs);
  return tokenAnswer(response, settings.scopes);
}
