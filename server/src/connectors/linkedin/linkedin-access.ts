import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { oauthCallbackPath } from '../oauth/callback-path.js';
import { oauthAccess, type OAuthAccess } from '../oauth/oauth-tokens.js';
import type { LinkedInClient } from './linkedin-client.js';
import { linkedInClient, linkedInOAuthSettings } from './linkedin-oauth.js';

export interface LinkedInAccess extends OAuthAccess {
  client: LinkedInClient;
  /** The post author: urn:li:person:… or urn:li:organization:…. */
  author: string;
}

/** The channel's client with a token that has time left; null when it cannot publish. */
export async function linkedInAccess(
  deps: { db: Database; channels: Channels; config: Config; logger: Logger },
  channelId: string,
  refusedToken: string | null = null,
): Promise<LinkedInAccess | null> {
  const settings = linkedInOAuthSettings(deps.config, `${deps.channels.publicUrl()}${oauthCallbackPath('linkedin')}`);
  const access = await oauthAccess(deps, 'linkedin', channelId, settings, refusedToken);
  if (!access) return null;
  return { ...access, client: linkedInClient(deps.config, access.accessToken), author: access.channel.externalAccountId };
}
