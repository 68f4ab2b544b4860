import type { Channels } from '../../channels/channels.js';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import type { Logger } from '../../logger.js';
import { announceChannel, markNeedsReconnect } from '../../modules/channel/channel-status.js';
import { findChannelById, lockChannel, updateChannel, type ChannelUpdate } from '../../modules/channel/channel.repository.js';
import type { Platform } from '../../modules/shared/domain.js';
import { OAuth2Error, refreshTokens, type OAuth2Settings, type OAuth2Tokens } from './oauth2-client.js';

// An OAuth channel keeps its access and refresh tokens sealed with the row's id. Before the
// access token runs out it is renewed with the refresh token while the channel's row lock is
// held: networks such as X rotate refresh tokens (each works once), so two processes renewing
// at once would leave one holding a token the network has already retired. A refused renewal
// (revoked, expired) marks the channel Needs reconnect.

/** Renew when less than this is left, so a publish never starts with a token about to expire. */
const RENEW_WHEN_LEFT_MS = 5 * 60_000;

export function sealedOAuthColumns(channels: Channels, rowId: string, tokens: OAuth2Tokens, now = new Date()): ChannelUpdate {
  // An empty token would lock the account out on the next call: never store one.
  if (!tokens.accessToken) throw new Error('refusing to store an empty access token');
  const access = channels.cipher.seal(tokens.accessToken, rowId, 'access');
  return {
    accessTokenEnc: access.ciphertext,
    refreshTokenEnc: tokens.refreshToken ? channels.cipher.seal(tokens.refreshToken, rowId, 'refresh').ciphertext : null,
    tokenKeyId: access.keyId,
    tokenExpiresAt: tokens.expiresInSeconds === null ? null : new Date(now.getTime() + tokens.expiresInSeconds * 1000),
    tokenRefreshedAt: now,
  };
}

function opened(channels: Channels, channel: ChannelIntegrationRow) {
  if (!channel.accessTokenEnc || !channel.tokenKeyId) throw new Error(`channel ${channel.id} has no stored token`);
  const keyId = channel.tokenKeyId;
  return {
    accessToken: channels.cipher.open({ ciphertext: channel.accessTokenEnc, keyId }, channel.id, 'access'),
    refreshToken: channel.refreshTokenEnc ? channels.cipher.open({ ciphertext: channel.refreshTokenEnc, keyId }, channel.id, 'refresh') : null,
  };
}

const fresh = (channel: ChannelIntegrationRow, now: Date, settings: OAuth2Settings | null) =>
  channel.tokenExpiresAt === null || channel.tokenExpiresAt.getTime() - now.getTime() > (settings?.renewWhenLeftMs ?? RENEW_WHEN_LEFT_MS);

export interface OAuthAccess {
  channel: ChannelIntegrationRow;
  accessToken: string;
}

export interface OAuthAccessDeps {
  db: Database;
  channels: Channels;
  logger: Logger;
}

/**
 * The channel's access token, renewed first when it is about to run out (once across
 * processes). Null when the channel cannot publish: disconnected, or renewing was refused and
 * the channel now says Needs reconnect.
 */
export async function oauthAccess(
  deps: OAuthAccessDeps,
  platform: Platform,
  channelId: string,
  /** The app's settings on this server; null when it is no longer registered (no renewal possible). */
  settings: OAuth2Settings | null,
  /** A token the network refused as expired (its clock, not ours): renew unless another process already replaced it. */
  refusedToken: string | null = null,
  now = new Date(),
): Promise<OAuthAccess | null> {
  // Most calls find a token with time left: read without the row lock, which is for renewing only.
  if (!refusedToken) {
    const current = await findChannelById(deps.db, channelId);
    if (!current || current.status !== 'active' || current.platform !== platform) return null;
    if (fresh(current, now, settings)) return { channel: current, accessToken: opened(deps.channels, current).accessToken };
  }
  const outcome = await deps.db.transaction().execute(async (trx): Promise<{ access: OAuthAccess | null; reconnect?: string }> => {
    const channel = await lockChannel(trx, channelId);
    if (!channel || channel.status !== 'active' || channel.platform !== platform) return { access: null };
    const tokens = opened(deps.channels, channel);
    const valid = refusedToken ? tokens.accessToken !== refusedToken : fresh(channel, now, settings);
    if (valid) return { access: { channel, accessToken: tokens.accessToken } };
    if (!settings) return { access: null, reconnect: 'the app is no longer configured on this server, so the token cannot be renewed' };
    if (!tokens.refreshToken && !settings.renew) return { access: null, reconnect: 'the access token expired and cannot be renewed; connect the account again' };
    try {
      const renewed = settings.renew ? await settings.renew(tokens) : await refreshTokens(settings, tokens.refreshToken!);
      // A network that does not rotate refresh tokens sends none back: keep the one we have.
      const kept = { ...renewed, refreshToken: renewed.refreshToken ?? tokens.refreshToken };
      const updated = await updateChannel(trx, channel.id, sealedOAuthColumns(deps.channels, channel.id, kept, now));
      await announceChannel(trx, updated);
      deps.logger.info({ channelId, platform }, 'channel token renewed');
      return { access: { channel: updated, accessToken: kept.accessToken } };
    } catch (error) {
      if (error instanceof OAuth2Error && error.kind === 'auth') return { access: null, reconnect: `the network refused to renew the token (${error.message}); connect the account again` };
      throw error;
    }
  });
  if (outcome.reconnect) await markNeedsReconnect(deps.db, channelId, outcome.reconnect);
  return outcome.access;
}
