import type { Config } from '../../config.js';
import type { AccountIdentity } from '../connector.js';
import type { OAuth2Settings } from '../oauth/oauth2-client.js';
import { TikTokClient } from './tiktok-client.js';

// Connecting TikTok (docs/networks/tiktok.md): Login Kit's OAuth 2.0 code flow, where the
// client id is called client_key and scopes are comma-separated. Access tokens last a day and
// are renewed with the refresh token (a year), which TikTok may replace when it answers.

export const TIKTOK_SCOPES = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.publish', 'video.upload', 'video.list'] as const;

export const tikTokClient = (config: Config, accessToken: string) => new TikTokClient(config.TIKTOK_API_URL, accessToken, config.TIKTOK_TIMEOUT_MS);

export function tikTokOAuthSettings(config: Config, redirectUri: string): OAuth2Settings | null {
  if (!config.TIKTOK_CLIENT_KEY || !config.TIKTOK_CLIENT_SECRET) return null;
  return {
    authorizeUrl: config.TIKTOK_AUTHORIZE_URL,
    tokenUrl: new URL('v2/oauth/token/', `${config.TIKTOK_API_URL.replace(/\/$/, '')}/`).toString(),
    clientId: config.TIKTOK_CLIENT_KEY,
    clientIdName: 'client_key',
    clientSecret: config.TIKTOK_CLIENT_SECRET,
    clientAuth: 'body',
    scopes: TIKTOK_SCOPES,
    scopeSeparator: ',',
    pkce: false,
    redirectUri,
    timeoutMs: config.TIKTOK_TIMEOUT_MS,
  };
}

export async function identifyTikTokAccount(config: Config, accessToken: string): Promise<AccountIdentity[]> {
  const user = await tikTokClient(config, accessToken).me();
  return [{ externalAccountId: user.open_id, accountName: user.username ? `@${user.username}` : (user.display_name ?? 'TikTok account') }];
}
