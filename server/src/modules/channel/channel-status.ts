import type { Database } from '../../db/database.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import { publishEvent } from '../../realtime/events.js';
import { findPersonaOwnerId } from '../persona/persona.repository.js';
import { updateChannel } from './channel.repository.js';

/** Queues a channel_updated event for the channel's owner (delivered on commit). */
export async function announceChannel(db: Database, channel: ChannelIntegrationRow): Promise<void> {
  const userId = await findPersonaOwnerId(db, channel.personaId);
  await publishEvent(db, { type: 'channel_updated', channelId: channel.id, personaId: channel.personaId, userId });
}

/**
 * The platform refused the token (expired, revoked, password changed): the channel cannot
 * publish until the user connects again, and says so in the app instead of failing silently.
 */
export async function markNeedsReconnect(db: Database, channelId: string, reason: string): Promise<ChannelIntegrationRow> {
  return db.transaction().execute(async (trx) => {
    const updated = await updateChannel(trx, channelId, { status: 'needs_reconnect', statusReason: reason.slice(0, 2000) });
    await announceChannel(trx, updated);
    return updated;
  });
}
