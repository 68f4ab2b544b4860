import { DateTime } from 'luxon';

// The queue: a channel's posting schedule is a set of weekly wall-clock times in the persona's
// zone; the next free slot is the first of them, from `after` on, that no post on the channel
// holds yet. Times are built in the zone day by day, so a slot stays at 09:00 local across a
// daylight-saving change; a slot that falls in the skipped hour of a spring-forward day does
// not exist that day and is passed over rather than moved.

export interface PostingSlot {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minuteOfDay: number;
}

/** How far ahead the queue looks for a free slot. */
export const QUEUE_HORIZON_DAYS = 7 * 12;

export function nextFreeSlot(slots: readonly PostingSlot[], zone: string, after: Date, taken: ReadonlySet<number>): Date | null {
  if (slots.length === 0) return null;
  const byWeekday = new Map<number, number[]>();
  for (const slot of slots) byWeekday.set(slot.weekday, [...(byWeekday.get(slot.weekday) ?? []), slot.minuteOfDay]);
  for (const minutes of byWeekday.values()) minutes.sort((a, b) => a - b);

  const firstDay = DateTime.fromJSDate(after, { zone }).startOf('day');
  for (let offset = 0; offset <= QUEUE_HORIZON_DAYS; offset += 1) {
    const day = firstDay.plus({ days: offset });
    for (const minute of byWeekday.get(day.weekday) ?? []) {
      const hour = Math.floor(minute / 60);
      const at = day.set({ hour, minute: minute % 60 });
      if (at.hour !== hour) continue;
      const instant = at.toJSDate();
      if (instant.getTime() >= after.getTime() && !taken.has(instant.getTime())) return instant;
    }
  }
  return null;
}
