import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import type { Logger } from '../../logger.js';
import { announceChannel, markNeedsReconnect } from '../../modules/channel/channel-status.js';
import { findChannelById, lockChannel, updateChannel, type ChannelUpdate } from '../../modules/channel/channel.repository.js';
import { BlueskyError, jwtExpiry, refreshBlueskySession, type BlueskySession } from './bluesky-client.js';

// A Bluesky channel keeps the session's two tokens sealed (never the app password). The access
// token lasts about two hours; before it runs out DoppelCart renews both with the refresh
// token, holding the channel's row lock across the call, because Bluesky rotates refresh
// tokens: two processes refreshing at once would otherwise leave one of them with a token the
// server has already retired. A refused refresh means the person must connect again.

/** Renew when less than this is left, so a publish never starts with a token about to expire. */
const RENEW_WHEN_LEFT_MS = 5 * 60_000;


/** The sealed columns for a new session on the row `rowId`. */
export function sealedSessionColumns(channels: Channels, rowId: string, session: BlueskySession, now = new Date()): ChannelUpdate {
  // An empty token would lock the account out on the next call: never store one.
  if (!session.accessJwt || !session.refreshJwt) throw new Error('refusing to store an empty Bluesky token');
  const access = channels.cipher.seal(session.accessJwt, rowId, 'access');
  const refresh = channels.cipher.seal(session.refreshJwt, rowId, 'refresh');
  return {
    accessTokenEnc: access.ciphertext,
    refreshTokenEnc: refresh.ciphertext,
    tokenKeyId: access.keyId,
    tokenExpiresAt: jwtExpiry(session.accessJwt),
    tokenRefreshedAt: now,
    accountName: `@${session.handle}`,
  };
}

function opened(channels: Channels, channel: ChannelIntegrationRow) {
  if (!channel.accessTokenEnc || !channel.refreshTokenEnc || !channel.tokenKeyId) throw new Error(`channel ${channel.id} has no stored session`);
  return {
    accessJwt: channels.cipher.open({ ciphertext: channel.accessTokenEnc, keyId: channel.tokenKeyId }, channel.id, 'access'),
    refreshJwt: channels.cipher.open({ ciphertext: channel.refreshTokenEnc, keyId: channel.tokenKeyId }, channel.id, 'refresh'),
  };
}

export interface BlueskyAccess {
  channel: ChannelIntegrationRow;
  serviceUrl: string;
  did: string;
  handle: string;
  accessJwt: string;
}

/**
 * The channel's access token, renewed first when it is about to run out (once across
 * processes). Null when the channel cannot publish: it was disconnected, or the refresh was
 * refused and the channel now says Needs reconnect.
 */
export async function blueskyAccess(
  deps: { db: Database; channels: Channels; config: Pick<Config, 'BLUESKY_SERVICE_URL' | 'BLUESKY_TIMEOUT_MS'>; logger: Logger },
  channelId: string,
  /** A token Bluesky said has expired (its clock, not ours): renew unless another process already replaced it. */
  expiredToken: string | null = null,
  now = new Date(),
): Promise<BlueskyAccess | null> {
  // Most calls find a token with hours left: read it without taking the row lock, so posts
  // of one channel going out together do not queue on it. The lock is for renewing only.
  if (!expiredToken) {
    const current = await findChannelById(deps.db, channelId);
    if (!current || current.status !== 'active' || current.platform !== 'bluesky') return null;
    if ((current.tokenExpiresAt?.getTime() ?? 0) - now.getTime() > RENEW_WHEN_LEFT_MS) {
      return accessOf(current, current.serviceUrl ?? deps.config.BLUESKY_SERVICE_URL, opened(deps.channels, current).accessJwt);
    }
  }
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const channel = await lockChannel(trx, channelId);
    if (!channel || channel.status !== 'active' || channel.platform !== 'bluesky') return { channel: null };
    const serviceUrl = channel.serviceUrl ?? deps.config.BLUESKY_SERVICE_URL;
    const tokens = opened(deps.channels, channel);
    const left = (channel.tokenExpiresAt?.getTime() ?? 0) - now.getTime();
    const valid = expiredToken ? tokens.accessJwt !== expiredToken : left > RENEW_WHEN_LEFT_MS;
    if (valid) return { channel, serviceUrl, accessJwt: tokens.accessJwt };
    try {
      const session = await refreshBlueskySession(serviceUrl, tokens.refreshJwt, deps.config.BLUESKY_TIMEOUT_MS);
      const updated = await updateChannel(trx, channel.id, sealedSessionColumns(deps.channels, channel.id, session, now));
      await announceChannel(trx, updated);
      deps.logger.info({ channelId }, 'Bluesky session renewed');
      return { channel: updated, serviceUrl, accessJwt: session.accessJwt };
    } catch (error) {
      if (error instanceof BlueskyError && error.kind === 'auth') return { channel, expired: `Bluesky ended the session (${error.message}); connect the account again` };
      throw error;
    }
  });
  if ('expired' in outcome && outcome.expired) {
    await markNeedsReconnect(deps.db, outcome.channel!.id, outcome.expired);
    return null;
  }
  if (!outcome.channel || !('accessJwt' in outcome)) return null;
  return accessOf(outcome.channel, outcome.serviceUrl!, outcome.accessJwt!);
}

function accessOf(channel: ChannelIntegrationRow, serviceUrl: string, accessJwt: string): BlueskyAccess {
  return { channel, serviceUrl, did: channel.externalAccountId, handle: channel.accountName.replace(/^@/, ''), accessJwt };
}
