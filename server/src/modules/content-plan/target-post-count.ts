import type { FrequencyPeriod } from '../shared/domain.js';

// How many posts "count per period between start and end (inclusive)" asks for. Months are
// counted on the calendar (Feb 1 to Feb 28 is exactly one month), weeks as 7 days; a partial
// trailing period contributes its share, rounded to the nearest post, and never less than one.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses 'YYYY-MM-DD' as a UTC calendar date; null when it is not a real date. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

export function daysInRange(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return result;
}

/** Calendar months between start and the day after end, with a fractional remainder. */
function monthsInRange(start: Date, end: Date): number {
  const stop = new Date(end.getTime() + DAY_MS);
  let whole = 0;
  while (addMonths(start, whole + 1).getTime() <= stop.getTime()) whole += 1;
  const from = addMonths(start, whole);
  const to = addMonths(start, whole + 1);
  return whole + (stop.getTime() - from.getTime()) / (to.getTime() - from.getTime());
}

export function periodsInRange(start: Date, end: Date, period: FrequencyPeriod): number {
  const days = daysInRange(start, end);
  if (period === 'day') return days;
  if (period === 'week') return days / 7;
  return monthsInRange(start, end);
}

export function targetPostCount(start: Date, end: Date, count: number, period: FrequencyPeriod): number {
  return Math.max(1, Math.round(count * periodsInRange(start, end, period)));
}
