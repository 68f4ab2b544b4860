import { BASIC_SCOPE, CODE_SECONDS, LONG_TOKEN_SECONDS, graphError, legacyError, pick, secret, type Handler } from './common.js';
import type { FakeState } from './state.js';

// The OAuth dialog, the token endpoints and the user node (/me, /{ig-user-id}).

export function oauthHandlers(state: FakeState): Record<'authorize' | 'code' | 'token_exchange' | 'refresh' | 'me', Handler> {
  const { options, appId, appSecret, appScopedUserId, igUserId, username, codes, now, issueToken, checkToken } = state;
  return {
    async authorize(params) {
      if (params.client_id !== appId) return legacyError('Invalid platform app');
      if (!params.redirect_uri || (options.redirectUris && !options.redirectUris.includes(params.redirect_uri))) return legacyError('Invalid redirect_uri');
      if (params.response_type !== 'code') return legacyError('Invalid response_type');
      const scopes = (params.scope ?? '').split(/[ ,]+/).filter(Boolean);
      if (!scopes.includes(BASIC_SCOPE)) return legacyError(`Invalid scope: ${BASIC_SCOPE} is required`);
      const code = secret('AQ', 30);
      codes.set(code, { redirectUri: params.redirect_uri, scopes, createdAt: now(), used: false });
      const target = new URL(params.redirect_uri);
      target.searchParams.set('code', code);
      if (params.state) target.searchParams.set('state', params.state);
      // Meta appends "#_" to the redirect; it is not part of the code.
      return { status: 302, location: `${target}#_` };
    },

    async code(params) {
      if (params.client_id !== appId || params.client_secret !== appSecret) return legacyError('Invalid client_id or client_secret');
      if (params.grant_type !== 'authorization_code') return legacyError('Invalid grant_type');
      const grant = params.code ? codes.get(params.code) : undefined;
      if (!grant || grant.createdAt + CODE_SECONDS * 1000 <= now()) return legacyError('Invalid authorization code');
      if (grant.used) return legacyError('This authorization code has been used');
      if (grant.redirectUri !== params.redirect_uri) {
        return legacyError('Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request');
      }
      grant.used = true;
      const token = issueToken('short', grant.scopes);
      if (options.codeExchangeShape === 'data') {
        return { status: 200, json: { data: [{ access_token: token, user_id: appScopedUserId, permissions: grant.scopes.join(',') }] } };
      }
      // A bare 17-digit number, as Instagram sends it: JSON.parse would round it.
      return { status: 200, raw: `{"access_token":"${token}","user_id":${appScopedUserId},"permissions":${JSON.stringify(grant.scopes)}}` };
    },

    async token_exchange(params) {
      if (params.grant_type !== 'ig_exchange_token') return graphError(400, { code: 100, message: 'Unsupported grant_type' });
      if (params.client_secret !== appSecret) return graphError(400, { code: 101, message: 'Error validating client secret.' });
      const token = checkToken(params.access_token);
      if ('status' in token) return token;
      if (token.kind !== 'short') return graphError(400, { code: 100, message: 'Only short-lived access tokens can be exchanged' });
      return { status: 200, json: { access_token: issueToken('long', token.scopes), token_type: 'bearer', expires_in: LONG_TOKEN_SECONDS } };
    },

    async refresh(params) {
      if (params.grant_type !== 'ig_refresh_token') return graphError(400, { code: 100, message: 'Unsupported grant_type' });
      const token = checkToken(params.access_token);
      if ('status' in token) return token;
      if (token.kind !== 'long') return graphError(400, { code: 100, message: 'Only long-lived access tokens can be refreshed' });
      if (now() - token.issuedAt < (options.minRefreshAgeSeconds ?? 86_400) * 1000) {
        return graphError(400, { code: 100, message: 'Long-lived access tokens can be refreshed only once they are at least 24 hours old' });
      }
      return { status: 200, json: { access_token: issueToken('long', token.scopes), token_type: 'bearer', expires_in: LONG_TOKEN_SECONDS } };
    },

    // The user node, as /me or /{ig-user-id}; small accounts get no followers_count.
    async me(params) {
      const { followers, smallAccount } = state.insights;
      const node = { id: appScopedUserId, user_id: igUserId, username, account_type: 'BUSINESS', ...(smallAccount ? {} : { followers_count: followers }) };
      return { status: 200, json: pick(params.fields, node) };
    },
  };
}
