import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { oauthCallbackPath } from '../oauth/callback-path.js';
import { oauthAccess, type OAuthAccess } from '../oauth/oauth-tokens.js';
import type { TikTokClient } from './tiktok-client.js';
import { tikTokClient, tikTokOAuthSettings } from './tiktok-oauth.js';

export interface TikTokAccess extends OAuthAccess {
  client: TikTokClient;
}

/** The channel's client with a token that has time left; null when it cannot publish. */
export async function tikTokAccess(
  deps: { db: Database; channels: Channels; config: Config; logger: Logger },
  channelId: string,
  refusedToken: string | null = null,
): Promise<TikTokAccess | null> {
  const settings = tikTokOAuthSettings(deps.config, `${deps.channels.publicUrl()}${oauthCallbackPath('tiktok')}`);
  const access = await oauthAccess(deps, 'tiktok', channelId, settings, refusedToken);
  return access && { ...access, client: tikTokClient(deps.config, access.accessToken) };
}
