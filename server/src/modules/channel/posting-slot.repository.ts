import type { Database } from '../../db/database.js';

export function findPostingSlotsByChannelIds(db: Database, channelIds: readonly string[]) {
  return db
    .selectFrom('postingSlots')
    .selectAll()
    .where('channelIntegrationId', 'in', channelIds)
    .orderBy('weekday')
    .orderBy('minuteOfDay')
    .execute();
}

/** The channel's whole schedule becomes `slots` (the caller holds the channel's lock). */
export async function replacePostingSlots(trx: Database, channelId: string, slots: readonly { weekday: number; minuteOfDay: number }[]) {
  await trx.deleteFrom('postingSlots').where('channelIntegrationId', '=', channelId).execute();
  if (slots.length === 0) return;
  await trx
    .insertInto('postingSlots')
    .values(slots.map((slot) => ({ channelIntegrationId: channelId, weekday: slot.weekday, minuteOfDay: slot.minuteOfDay })))
    .execute();
}
