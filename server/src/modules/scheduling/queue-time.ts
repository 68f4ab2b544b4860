import type { Database } from '../../db/database.js';
import type { PostingSlotRow } from '../../db/rows.js';
import { lockChannel } from '../channel/channel.repository.js';
import { findPostingSlotsByChannelIds } from '../channel/posting-slot.repository.js';
import { nextFreeSlot, QUEUE_HORIZON_DAYS } from './queue-slots.js';
import { findHeldRunTimes } from './scheduled-post.repository.js';

/** A slot closer than this is passed over: the post could not be checked and taken in time. */
const QUEUE_MIN_LEAD_MS = 60_000;
const DAY_MS = 86_400_000;

/** Where the queue starts looking, and where it stops. */
export function queueWindow(now: Date): { from: Date; to: Date } {
  const from = new Date(now.getTime() + QUEUE_MIN_LEAD_MS);
  return { from, to: new Date(from.getTime() + (QUEUE_HORIZON_DAYS + 2) * DAY_MS) };
}

/** The next free slot given the channel's schedule and the times its posts hold from `queueWindow(now).from` on. */
export function queueTimeOf(slots: readonly PostingSlotRow[], held: readonly Date[], zone: string, now: Date): Date | null {
  return nextFreeSlot(
    slots.map((slot) => ({ weekday: slot.weekday, minuteOfDay: slot.minuteOfDay })),
    zone,
    queueWindow(now).from,
    new Set(held.map((at) => at.getTime())),
  );
}

/** The channel's next free slot after `now`, or null (no schedule, or every slot held). */
export async function nextQueueTime(db: Database, channelId: string, zone: string, now: Date): Promise<Date | null> {
  const slots = await findPostingSlotsByChannelIds(db, [channelId]);
  if (slots.length === 0) return null;
  const { from, to } = queueWindow(now);
  const held = await findHeldRunTimes(db, [channelId], from, to);
  return queueTimeOf(slots, held.map((row) => row.runAt), zone, now);
}

/**
 * The next free slot, claimed: the channel's row stays locked until the caller commits the
 * post, so two items added to the queue at once cannot take the same slot.
 */
export async function claimQueueTime(trx: Database, channelId: string, zone: string, now: Date): Promise<Date | null> {
  await lockChannel(trx, channelId);
  return nextQueueTime(trx, channelId, zone, now);
}
