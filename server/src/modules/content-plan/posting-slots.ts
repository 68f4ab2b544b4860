import { DateTime } from 'luxon';
import { daysInRange, parseCalendarDate } from './target-post-count.js';

// Where a plan's posts fall: spread evenly over the plan's days, at local times in the
// persona's time zone, then stored as UTC instants. Computed in the zone day by day, so a
// daylight-saving change moves the UTC instant, not the local posting time.

export interface SlotOptions {
  startDate: string;
  endDate: string;
  count: number;
  timeZone: string;
  /** Local hour for a day's single post; several posts a day spread between 9:00 and 21:00. */
  preferredHour?: number;
  /** Local hour by ISO weekday (1 = Monday) from the persona's best slots; wins over preferredHour. */
  hourByWeekday?: ReadonlyMap<number, number>;
}

const FIRST_HOUR = 9;
const LAST_HOUR = 21;

function hoursFor(postsThatDay: number, preferredHour: number): number[] {
  if (postsThatDay === 1) return [preferredHour];
  const step = (LAST_HOUR - FIRST_HOUR) / (postsThatDay - 1);
  return Array.from({ length: postsThatDay }, (_, index) => FIRST_HOUR + index * step);
}

export function postingSlots({ startDate, endDate, count, timeZone, preferredHour = 17, hourByWeekday }: SlotOptions): Date[] {
  const start = parseCalendarDate(startDate);
  const end = parseCalendarDate(endDate);
  if (!start || !end || end < start || count < 1) return [];
  const days = daysInRange(start, end);
  const first = DateTime.fromISO(startDate, { zone: timeZone });
  const slots: Date[] = [];
  for (let day = 0; day < days; day += 1) {
    // Day `day` gets the posts whose even share of the range falls on it.
    const postsThatDay = Math.floor(((day + 1) * count) / days) - Math.floor((day * count) / days);
    if (postsThatDay === 0) continue;
    const date = first.plus({ days: day });
    for (const hour of hoursFor(postsThatDay, hourByWeekday?.get(date.weekday) ?? preferredHour)) {
      const local = date.set({ hour: Math.floor(hour), minute: Math.round((hour % 1) * 60), second: 0, millisecond: 0 });
      slots.push(local.toUTC().toJSDate());
    }
  }
  return slots;
}
