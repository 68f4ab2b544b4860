import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { oauthCallbackPath } from '../oauth/callback-path.js';
import { oauthAccess, type OAuthAccess } from '../oauth/oauth-tokens.js';
import type { YouTubeClient } from './youtube-client.js';
import { youTubeClient, youTubeOAuthSettings } from './youtube-oauth.js';

export interface YouTubeAccess extends OAuthAccess {
  client: YouTubeClient;
}

/** The channel's client with a token that has time left; null when it cannot publish. */
export async function youTubeAccess(
  deps: { db: Database; channels: Channels; config: Config; logger: Logger },
  channelId: string,
  refusedToken: string | null = null,
): Promise<YouTubeAccess | null> {
  const settings = youTubeOAuthSettings(deps.config, `${deps.channels.publicUrl()}${oauthCallbackPath('youtube')}`);
  const access = await oauthAccess(deps, 'youtube', channelId, settings, refusedToken);
  return access && { ...access, client: youTubeClient(deps.config, access.accessToken) };
}
