import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { oauthAccess, type OAuthAccess } from '../oauth/oauth-tokens.js';
import { XClient } from './x-client.js';
import { xOAuthSettings } from './x-oauth.js';
import { oauthCallbackPath } from '../oauth/callback-path.js';

export interface XAccess extends OAuthAccess {
  client: XClient;
  /** The account's page, for links: https://x.com/handle. */
  profileUrl: string;
}

/** The channel's client with a token that has time left; null when it cannot publish. */
export async function xAccess(
  deps: { db: Database; channels: Channels; config: Config; logger: Logger },
  channelId: string,
  refusedToken: string | null = null,
): Promise<XAccess | null> {
  const settings = xOAuthSettings(deps.config, `${deps.channels.publicUrl()}${oauthCallbackPath('x')}`);
  const access = await oauthAccess(deps, 'x', channelId, settings, refusedToken);
  if (!access) return null;
  return {
    ...access,
    client: new XClient(deps.config.X_API_URL, access.accessToken, deps.config.X_TIMEOUT_MS),
    profileUrl: `https://x.com/${access.channel.accountName.replace(/^@/, '')}`,
  };
}
