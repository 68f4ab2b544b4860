import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { oauthCallbackPath } from '../oauth/callback-path.js';
import { oauthAccess, type OAuthAccess } from '../oauth/oauth-tokens.js';
import type { ThreadsClient } from './threads-client.js';
import { threadsClient, threadsOAuthSettings } from './threads-oauth.js';

export interface ThreadsAccess extends OAuthAccess {
  client: ThreadsClient;
  userId: string;
}

/** The channel's client with a token that has time left; null when it cannot publish. */
export async function threadsAccess(
  deps: { db: Database; channels: Channels; config: Config; logger: Logger },
  channelId: string,
  refusedToken: string | null = null,
): Promise<ThreadsAccess | null> {
  const settings = threadsOAuthSettings(deps.config, `${deps.channels.publicUrl()}${oauthCallbackPath('threads')}`);
  const access = await oauthAccess(deps, 'threads', channelId, settings, refusedToken);
  return access && { ...access, client: threadsClient(deps.config, access.accessToken), userId: access.channel.externalAccountId };
}
