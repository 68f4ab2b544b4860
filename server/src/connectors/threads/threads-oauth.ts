import type { Config } from '../../config.js';
import type { AccountIdentity } from '../connector.js';
import { tokenAnswer, tokenFetch, type OAuth2Settings, type OAuth2Tokens } from '../oauth/oauth2-client.js';
import { ThreadsClient } from './threads-client.js';

// Connecting Threads (docs/networks/threads.md): Meta's OAuth 2.0 code flow (comma-separated
// scopes, the secret in the form, no PKCE). The code gives a one-hour token, traded at once for
// a 60-day one (th_exchange_token); a 60-day token is renewed by itself (th_refresh_token) once
// it is a day old, so DoppelCart renews it when less than a week is left.

export const THREADS_SCOPES = ['threads_basic', 'threads_content_publish', 'threads_manage_insights'] as const;
const WEEK_MS = 7 * 24 * 3600_000;

export const threadsClient = (config: Config, accessToken: string) => new ThreadsClient(config.THREADS_API_URL, accessToken, config.THREADS_TIMEOUT_MS);

export function threadsOAuthSettings(config: Config, redirectUri: string): OAuth2Settings | null {
  if (!config.THREADS_APP_ID || !config.THREADS_APP_SECRET) return null;
  const api = config.THREADS_API_URL.replace(/\/$/, '');
  const secret = config.THREADS_APP_SECRET;
  const timeoutMs = config.THREADS_TIMEOUT_MS;
  const longLived = async (url: string): Promise<OAuth2Tokens> => tokenAnswer(await tokenFetch(url, { method: 'GET' }, timeoutMs), THREADS_SCOPES);
  return {
    authorizeUrl: config.THREADS_AUTHORIZE_URL,
    tokenUrl: `${api}/oauth/access_token`,
    clientId: config.THREADS_APP_ID,
    clientSecret: secret,
    clientAuth: 'body',
    scopes: THREADS_SCOPES,
    scopeSeparator: ',',
    pkce: false,
    redirectUri,
    timeoutMs,
    upgrade: (short) => longLived(`${api}/access_token?${new URLSearchParams({ grant_type: 'th_exchange_token', client_secret: secret, access_token: short.accessToken })}`),
    renew: ({ accessToken }) => longLived(`${api}/refresh_access_token?${new URLSearchParams({ grant_type: 'th_refresh_token', access_token: accessToken })}`),
    renewWhenLeftMs: WEEK_MS,
  };
}

export async function identifyThreadsAccount(config: Config, accessToken: string): Promise<AccountIdentity[]> {
  const me = await threadsClient(config, accessToken).me();
  return [{ externalAccountId: me.id, accountName: `@${me.username}` }];
}
