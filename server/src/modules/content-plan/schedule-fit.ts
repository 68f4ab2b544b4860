import { DateTime } from 'luxon';

// A plan's times, fitted to what its channels allow (issue 15 §6):
// - the posting schedule: when the persona's channels for the plan's platform have posting
//   times, the plan's posts go at those times (spread evenly over every occurrence in the range);
// - the publishing quota: no day gets more posts than `dailyLimit`, counting the posts already
//   planned or scheduled there; a day over it passes its extra posts to the nearest days with
//   room. A plan that still cannot fit is refused with the reason.

export interface ScheduleFitInput {
  /** The plan's evenly spread times (content-plan/posting-slots.ts), ascending. */
  slots: readonly Date[];
  startDate: string;
  endDate: string;
  timeZone: string;
  /** The channels' posting times: ISO weekday (1 = Monday) and minute of the day, local. */
  postingTimes: ReadonlyArray<{ weekday: number; minuteOfDay: number }>;
  /** Posts a day may carry on the platform; Infinity when it has no quota. */
  dailyLimit: number;
  /** Posts already on each local day (YYYY-MM-DD) besides this plan's. */
  busyByDay: ReadonlyMap<string, number>;
}

export type ScheduleFit = { slots: Date[] } | { refusal: string };

/** Every occurrence of the posting times in the range, ascending. */
function scheduleOccurrences({ startDate, endDate, timeZone, postingTimes }: ScheduleFitInput): DateTime[] {
  const occurrences: DateTime[] = [];
  const last = DateTime.fromISO(endDate, { zone: timeZone });
  const times = [...new Set(postingTimes.map((time) => `${time.weekday}:${time.minuteOfDay}`))].map((key) => key.split(':').map(Number) as [number, number]);
  for (let day = DateTime.fromISO(startDate, { zone: timeZone }); day <= last; day = day.plus({ days: 1 })) {
    const today = times.filter(([weekday]) => weekday === day.weekday).map(([, minute]) => minute);
    for (const minute of today.sort((a, b) => a - b)) {
      occurrences.push(day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 }));
    }
  }
  return occurrences;
}

export function fitToSchedule(input: ScheduleFitInput): ScheduleFit {
  const count = input.slots.length;
  if (!count) return { slots: [] };
  let candidates: DateTime[];
  if (input.postingTimes.length) {
    const occurrences = scheduleOccurrences(input);
    if (occurrences.length < count) {
      return {
        refusal: `the channel's posting schedule has ${occurrences.length} times between ${input.startDate} and ${input.endDate} and the plan needs ${count}; add posting times or lower the plan's frequency`,
      };
    }
    candidates = Array.from({ length: count }, (_, index) => occurrences[Math.floor((index * occurrences.length) / count)]!);
  } else {
    candidates = input.slots.map((slot) => DateTime.fromJSDate(slot, { zone: input.timeZone }));
  }
  if (!Number.isFinite(input.dailyLimit)) return { slots: candidates.map((time) => time.toUTC().toJSDate()) };

  // The quota: each day's room, then posts moved from full days to the nearest day with room.
  const days: string[] = [];
  for (let day = DateTime.fromISO(input.startDate, { zone: input.timeZone }); day.toISODate()! <= input.endDate; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
  const room = new Map(days.map((day) => [day, input.dailyLimit - (input.busyByDay.get(day) ?? 0)]));
  const capacity = [...room.values()].reduce((sum, value) => sum + Math.max(0, value), 0);
  if (capacity < count) {
    return {
      refusal: `the publishing quota allows ${input.dailyLimit} posts a day and the range has room for ${capacity} more (posts already planned count too); the plan needs ${count}: lengthen the range or lower the frequency`,
    };
  }
  const placed: DateTime[] = [];
  for (const time of candidates) {
    const day = time.toISODate()!;
    if (room.get(day)! > 0) {
      room.set(day, room.get(day)! - 1);
      placed.push(time);
      continue;
    }
    const index = days.indexOf(day);
    const nearest = days
      .map((other, otherIndex) => ({ other, distance: Math.abs(otherIndex - index) + (otherIndex < index ? 0.5 : 0) }))
      .filter(({ other }) => room.get(other)! > 0)
      .sort((a, b) => a.distance - b.distance)[0]!.other;
    room.set(nearest, room.get(nearest)! - 1);
    const [year, month, date] = nearest.split('-').map(Number);
    placed.push(time.set({ year: year!, month: month!, day: date! }));
  }
  return { slots: placed.map((time) => time.toUTC().toJSDate()).sort((a, b) => a.getTime() - b.getTime()) };
}
