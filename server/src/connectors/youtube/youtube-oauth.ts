import type { Config } from '../../config.js';
import type { AccountIdentity } from '../connector.js';
import { NetworkError } from '../http/network-error.js';
import type { OAuth2Settings } from '../oauth/oauth2-client.js';
import { YouTubeClient } from './youtube-client.js';

// Connecting YouTube (docs/networks/youtube.md): Google's OAuth 2.0 for web server apps, with
// PKCE (Google supports it) and access_type=offline for a refresh token; prompt=consent so a
// reconnect gets a fresh refresh token too. The channel is the account's YouTube channel.

export const YOUTUBE_SCOPES = ['https://www.googleapis.com/auth/youtube.upload', 'https://www.googleapis.com/auth/youtube.readonly'] as const;

export const youTubeClient = (config: Config, accessToken: string) => new YouTubeClient(config.YOUTUBE_API_URL, accessToken, config.YOUTUBE_TIMEOUT_MS);

export function youTubeOAuthSettings(config: Config, redirectUri: string): OAuth2Settings | null {
  if (!config.YOUTUBE_CLIENT_ID || !config.YOUTUBE_CLIENT_SECRET) return null;
  return {
    authorizeUrl: config.YOUTUBE_AUTHORIZE_URL,
    tokenUrl: config.YOUTUBE_TOKEN_URL,
    clientId: config.YOUTUBE_CLIENT_ID,
    clientSecret: config.YOUTUBE_CLIENT_SECRET,
    clientAuth: 'body',
    scopes: YOUTUBE_SCOPES,
    scopeSeparator: ' ',
    pkce: true,
    extraAuthorizeParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    redirectUri,
    timeoutMs: config.YOUTUBE_TIMEOUT_MS,
  };
}

export async function identifyYouTubeChannel(config: Config, accessToken: string): Promise<AccountIdentity[]> {
  const channel = await youTubeClient(config, accessToken).myChannel();
  if (!channel) throw new NetworkError('this Google account has no YouTube channel yet: create one on YouTube, then connect again', 'permanent');
  return [{ externalAccountId: channel.id, accountName: channel.snippet.customUrl ?? channel.snippet.title }];
}
