import type { Config } from '../../config.js';
import type { AccountIdentity } from '../connector.js';
import type { OAuth2Settings } from '../oauth/oauth2-client.js';
import { XClient } from './x-client.js';

// Connecting X (docs/networks/x.md): OAuth 2.0 authorization code with PKCE, which X requires.
// offline.access brings a refresh token (an access token lasts two hours); media.write lets
// DoppelCart upload images and video.

export const X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'] as const;

export function xOAuthSettings(config: Config, redirectUri: string): OAuth2Settings | null {
  if (!config.X_CLIENT_ID) return null;
  return {
    authorizeUrl: config.X_AUTHORIZE_URL,
    tokenUrl: new URL('2/oauth2/token', `${config.X_API_URL.replace(/\/$/, '')}/`).toString(),
    clientId: config.X_CLIENT_ID,
    clientSecret: config.X_CLIENT_SECRET ?? null,
    // X's confidential clients authenticate with HTTP Basic; public clients send client_id in the form.
    clientAuth: 'basic',
    scopes: X_SCOPES,
    scopeSeparator: ' ',
    pkce: true,
    redirectUri,
    timeoutMs: config.X_TIMEOUT_MS,
  };
}

export async function identifyXAccount(config: Config, accessToken: string): Promise<AccountIdentity[]> {
  const me = await new XClient(config.X_API_URL, accessToken, config.X_TIMEOUT_MS).me();
  return [{ externalAccountId: me.id, accountName: `@${me.username}` }];
}
