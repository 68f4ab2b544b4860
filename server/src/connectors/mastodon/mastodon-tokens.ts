import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import type { ChannelUpdate } from '../../modules/channel/channel.repository.js';
import { findChannelById } from '../../modules/channel/channel.repository.js';
import { MastodonClient } from './mastodon-client.js';

// A Mastodon channel keeps the access token the person made on their instance, sealed with the
// channel's row id. Mastodon tokens do not expire and have no refresh: a token the instance
// stops accepting (revoked, or the application deleted) means the person connects again.

export function sealedTokenColumns(channels: Channels, rowId: string, token: string, now = new Date()): ChannelUpdate {
  if (!token) throw new Error('refusing to store an empty Mastodon token');
  const access = channels.cipher.seal(token, rowId, 'access');
  return { accessTokenEnc: access.ciphertext, refreshTokenEnc: null, tokenKeyId: access.keyId, tokenExpiresAt: null, tokenRefreshedAt: now };
}

export interface MastodonAccess {
  channel: ChannelIntegrationRow;
  client: MastodonClient;
  /** The account's page, for links: https://instance/@name. */
  profileUrl: string;
}

/** The channel's client; null when it cannot publish (disconnected, or it needs reconnecting). */
export async function mastodonAccess(
  deps: { db: Database; channels: Channels; config: Pick<Config, 'MASTODON_INSTANCE_URL' | 'MASTODON_TIMEOUT_MS'> },
  channelId: string,
): Promise<MastodonAccess | null> {
  const channel = await findChannelById(deps.db, channelId);
  if (!channel || channel.status !== 'active' || channel.platform !== 'mastodon' || !channel.accessTokenEnc || !channel.tokenKeyId) return null;
  const token = deps.channels.cipher.open({ ciphertext: channel.accessTokenEnc, keyId: channel.tokenKeyId }, channel.id, 'access');
  const instanceUrl = channel.serviceUrl ?? deps.config.MASTODON_INSTANCE_URL;
  const username = channel.accountName.replace(/^@/, '').split('@')[0];
  return { channel, client: new MastodonClient(instanceUrl, token, deps.config.MASTODON_TIMEOUT_MS), profileUrl: `${instanceUrl}/@${username}` };
}
