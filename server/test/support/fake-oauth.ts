import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody, type Reply } from './fake-network-server.js';

// The OAuth 2 side of a fake network (RFC 6749, RFC 7636), as each network documents it: a
// consent page that approves or denies at once and sends the browser back with a code; a token
// endpoint that checks the client (HTTP Basic or in the form), the redirect URI, the code (once)
// and, where the network requires PKCE, the verifier against the S256 challenge; access tokens
// that expire; refresh tokens that may rotate (each then works once).

export interface FakeOAuthOptions {
  clientAuth: 'basic' | 'body';
  pkce: boolean;
  accessTtlSeconds: number;
  /** Whether the network hands out refresh tokens at all. */
  refreshTokens: boolean;
  rotateRefreshTokens: boolean;
  scope: string;
  /** The client id parameter's name (TikTok's client_key); client_id by default. */
  clientIdName?: string;
}

export interface FakeOAuth {
  clientId: string;
  clientSecret: string;
  authorize(url: URL): Reply;
  token(request: IncomingMessage): Promise<Reply>;
  /** Whether the request carries an access token that works now. */
  authorized(request: IncomingMessage): boolean;
  /**
   * A new access token for a working one (Meta's long-lived exchange and refresh). `refresh`
   * counts it as a renewal.
   */
  trade(presented: string, ttlSeconds: number, refresh: boolean): Reply;
  refreshes(): number;
  expireAccessTokens(): void;
  revokeAccess(): void;
  setConsent(answer: 'approve' | 'deny'): void;
}

const refusal = (status: number, error: string, description: string): Reply => ({ status, body: { error, error_description: description } });

export function createFakeOAuth(options: FakeOAuthOptions): FakeOAuth {
  const clientId = `client-${randomBytes(6).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const codes = new Map<string, { challenge: string | null; redirectUri: string }>();
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  let refreshCount = 0;
  let consent: 'approve' | 'deny' = 'approve';

  function issue() {
    const access = randomBytes(24).toString('base64url');
    accessTokens.set(access, Date.now() + options.accessTtlSeconds * 1000);
    const refresh = options.refreshTokens ? randomBytes(24).toString('base64url') : null;
    if (refresh) refreshTokens.add(refresh);
    return { token_type: 'bearer', expires_in: options.accessTtlSeconds, access_token: access, ...(refresh && { refresh_token: refresh }), scope: options.scope };
  }

  function client(request: IncomingMessage, form: URLSearchParams): boolean {
    if (options.clientAuth === 'body') return form.get(options.clientIdName ?? 'client_id') === clientId && form.get('client_secret') === clientSecret;
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [];
    return id === clientId && secret === clientSecret;
  }

  return {
    clientId,
    clientSecret,
    authorize(url) {
      if (url.searchParams.get(options.clientIdName ?? 'client_id') !== clientId) return refusal(400, 'invalid_request', 'unknown client');
      const challenge = url.searchParams.get('code_challenge');
      if (options.pkce && (url.searchParams.get('code_challenge_method') !== 'S256' || !challenge)) return refusal(400, 'invalid_request', 'PKCE is required');
      const redirect = new URL(url.searchParams.get('redirect_uri') ?? '');
      redirect.searchParams.set('state', url.searchParams.get('state') ?? '');
      if (consent === 'deny') {
        redirect.searchParams.set('error', 'access_denied');
        return { status: 302, redirect: redirect.toString() };
      }
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { challenge, redirectUri: url.searchParams.get('redirect_uri')! });
      redirect.searchParams.set('code', code);
      return { status: 302, redirect: redirect.toString() };
    },
    async token(request) {
      const form = new URLSearchParams((await readBody(request)).toString());
      if (!client(request, form)) return refusal(401, 'invalid_client', 'Client authentication failed');
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!code) return refusal(400, 'invalid_grant', 'The authorization code is invalid or was used');
        if (code.redirectUri !== form.get('redirect_uri')) return refusal(400, 'invalid_grant', 'The redirect uri does not match the authorization code');
        if (options.pkce && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') !== code.challenge) {
          return refusal(400, 'invalid_grant', 'The code verifier does not match the code challenge');
        }
        return { status: 200, body: issue() };
      }
      if (form.get('grant_type') === 'refresh_token') {
        refreshCount += 1;
        const presented = form.get('refresh_token') ?? '';
        if (!refreshTokens.has(presented)) return refusal(400, 'invalid_grant', 'The refresh token is invalid or was revoked');
        if (options.rotateRefreshTokens) refreshTokens.delete(presented);
        const issued = issue();
        // A network that does not rotate keeps the refresh token and sends none back.
        if (!options.rotateRefreshTokens && issued.refresh_token) {
          refreshTokens.delete(issued.refresh_token);
          delete (issued as { refresh_token?: string }).refresh_token;
        }
        return { status: 200, body: issued };
      }
      return refusal(400, 'unsupported_grant_type', 'grant_type is not supported');
    },
    authorized(request) {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      return !!token && (accessTokens.get(token) ?? 0) > Date.now();
    },
    trade(presented, ttlSeconds, refresh) {
      if (refresh) refreshCount += 1;
      if ((accessTokens.get(presented) ?? 0) <= Date.now()) return { status: 400, body: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } } };
      const access = randomBytes(24).toString('base64url');
      accessTokens.set(access, Date.now() + ttlSeconds * 1000);
      return { status: 200, body: { access_token: access, token_type: 'bearer', expires_in: ttlSeconds } };
    },
    refreshes: () => refreshCount,
    expireAccessTokens() {
      for (const token of accessTokens.keys()) accessTokens.set(token, 0);
    },
    revokeAccess() {
      accessTokens.clear();
      refreshTokens.clear();
    },
    setConsent(answer) {
      consent = answer;
    },
  };
}
