import type { Database } from '../../db/database.js';

export function findPostingSlotsByChannelIds(db: Database, channelIds: readonly string[]) {
  return db
    .selectFrom('posting_slots')
    .selectAll()
    .where('channel_integration_id', 'in', channelIds)
    .orderBy('weekday')
    .orderBy('minute_of_day')
    .execute();
}

/** The channel's whole schedule becomes `slots` (the caller holds the channel's lock). */
export async function replacePostingSlots(trx: Database, channelId: string, slots: readonly { weekday: number; minuteOfDay: number }[]) {
  await trx.deleteFrom('posting_slots').where('channel_integration_id', '=', channelId).execute();
  if (slots.length === 0) return;
  await trx
    .insertInto('posting_slots')
    .values(slots.map((slot) => ({ channel_integration_id: channelId, weekday: slot.weekday, minute_of_day: slot.minuteOfDay })))
    .execute();
}
