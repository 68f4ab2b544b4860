import type { Channels } from '../../channels/channels.js';
import { InstagramApiError } from '../../channels/instagram/instagram-client.js';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import type { Logger } from '../../logger.js';
import { findChannelsDueForRefresh, lockChannel, updateChannel, type ChannelUpdate } from './channel.repository.js';
import { announceChannel, markNeedsReconnect } from './channel-status.js';

// Instagram long-lived tokens last 60 days and can be refreshed once they are 24 hours old
// (instagram.md). DoppelCart refreshes a week after the last refresh, or sooner when less
// than a week is left, so a token never gets near expiry while the channel is in use; an
// expired token cannot be refreshed and the channel needs reconnecting.

const DAY_MS = 24 * 3600 * 1000;
const MIN_AGE_MS = DAY_MS;
const REFRESH_AFTER_MS = 7 * DAY_MS;
const REFRESH_WHEN_LEFT_MS = 7 * DAY_MS;

/** The sealed-token columns for a newly obtained access token. */
export function sealedTokenColumns(channels: Channels, rowId: string, accessToken: string, expiresInSeconds: number, now = new Date()): ChannelUpdate {
  // An empty token would lock the account out on the next call: never store one.
  if (!accessToken) throw new Error('refusing to store an empty access token');
  const sealed = channels.cipher.seal(accessToken, rowId, 'access');
  return {
    accessTokenEnc: sealed.ciphertext,
    tokenKeyId: sealed.keyId,
    tokenExpiresAt: new Date(now.getTime() + expiresInSeconds * 1000),
    tokenRefreshedAt: now,
  };
}

export function accessTokenOf(channels: Channels, channel: ChannelIntegrationRow): string {
  if (!channel.accessTokenEnc || !channel.tokenKeyId) throw new Error(`channel ${channel.id} has no stored token`);
  return channels.cipher.open({ ciphertext: channel.accessTokenEnc, keyId: channel.tokenKeyId }, channel.id, 'access');
}

export function tokenNeedsRefresh(channel: ChannelIntegrationRow, now: Date): boolean {
  if (!channel.tokenRefreshedAt || !channel.tokenExpiresAt) return false;
  const age = now.getTime() - channel.tokenRefreshedAt.getTime();
  const left = channel.tokenExpiresAt.getTime() - now.getTime();
  return left > 0 && age >= MIN_AGE_MS && (age >= REFRESH_AFTER_MS || left <= REFRESH_WHEN_LEFT_MS);
}

export interface TokenDeps {
  db: Database;
  channels: Channels;
  logger: Logger;
}

/**
 * Refreshes the channel's token if it is due, holding the row lock across the call: two
 * workers (or processes) that try at once call Instagram once; the second finds it done.
 * An expired or revoked token marks the channel "needs reconnect". Returns the row as stored.
 */
export async function refreshChannelTokenIfDue(deps: TokenDeps, channelId: string, now = new Date()): Promise<ChannelIntegrationRow | null> {
  const instagram = deps.channels.instagram;
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const channel = await lockChannel(trx, channelId);
    if (!channel || channel.status !== 'active' || channel.platform !== 'instagram' || !instagram) return { channel };
    if (channel.tokenExpiresAt && channel.tokenExpiresAt <= now) {
      return { channel, expired: 'The Instagram token expired; connect the account again' };
    }
    if (!tokenNeedsRefresh(channel, now)) return { channel };
    try {
      const fresh = await instagram.refreshToken(accessTokenOf(deps.channels, channel));
      const updated = await updateChannel(trx, channel.id, sealedTokenColumns(deps.channels, channel.id, fresh.accessToken, fresh.expiresInSeconds, now));
      await announceChannel(trx, updated);
      deps.logger.info({ channelId }, 'channel token refreshed');
      return { channel: updated };
    } catch (error) {
      if (error instanceof InstagramApiError && error.kind === 'auth') return { channel, expired: error.platformMessage };
      throw error;
    }
  });
  if (outcome.expired && outcome.channel) return markNeedsReconnect(deps.db, outcome.channel.id, outcome.expired);
  return outcome.channel ?? null;
}

/** The sweep's part: refresh every due channel; one failure does not stop the others. */
export async function refreshDueTokens(deps: TokenDeps, now = new Date()): Promise<number> {
  const due = await findChannelsDueForRefresh(
    deps.db,
    new Date(now.getTime() - REFRESH_AFTER_MS),
    new Date(now.getTime() + REFRESH_WHEN_LEFT_MS),
    100,
  );
  let refreshed = 0;
  for (const { id } of due) {
    try {
      const before = now.getTime();
      const channel = await refreshChannelTokenIfDue(deps, id, now);
      if (channel?.tokenRefreshedAt && channel.tokenRefreshedAt.getTime() >= before) refreshed += 1;
    } catch (error) {
      deps.logger.warn({ err: error, channelId: id }, 'channel token refresh failed; will retry on the next sweep');
    }
  }
  return refreshed;
}
