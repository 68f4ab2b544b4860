// A posting schedule as the editor holds it: a set of weekday + time pairs, and the short
// summary the channel card shows ("Mon, Wed, Fri · 09:00, 18:00").

export interface Slot {
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** "09:00". */
  time: string;
}

export const WEEKDAYS = [
  { weekday: 1, short: 'Mon', long: 'Monday' },
  { weekday: 2, short: 'Tue', long: 'Tuesday' },
  { weekday: 3, short: 'Wed', long: 'Wednesday' },
  { weekday: 4, short: 'Thu', long: 'Thursday' },
  { weekday: 5, short: 'Fri', long: 'Friday' },
  { weekday: 6, short: 'Sat', long: 'Saturday' },
  { weekday: 7, short: 'Sun', long: 'Sunday' },
] as const;

export const slotKey = (slot: Slot) => `${slot.weekday}-${slot.time}`;

export function sortedSlots(slots: Iterable<Slot>): Slot[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/** The slots with `time` on each of `weekdays` added; ones already there stay once. */
export function withTimeOnDays(slots: readonly Slot[], time: string, weekdays: readonly number[]): Slot[] {
  const byKey = new Map(slots.map((slot) => [slotKey(slot), slot]));
  for (const weekday of weekdays) byKey.set(slotKey({ weekday, time }), { weekday, time });
  return sortedSlots(byKey.values());
}

/** Days that share the same times are written together: "Mon, Wed, Fri · 09:00, 18:00; Sat · 11:00". */
export function summarizeSlots(slots: readonly Slot[]): string {
  if (slots.length === 0) return 'No posting schedule';
  const groups = new Map<string, number[]>();
  for (const { weekday } of WEEKDAYS) {
    const times = sortedSlots(slots.filter((slot) => slot.weekday === weekday)).map((slot) => slot.time);
    if (times.length) groups.set(times.join(', '), [...(groups.get(times.join(', ')) ?? []), weekday]);
  }
  return [...groups]
    .map(([times, days]) => `${days.map((day) => WEEKDAYS[day - 1]!.short).join(', ')} · ${times}`)
    .join('; ');
}
