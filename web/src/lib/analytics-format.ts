// How analytics figures read everywhere in the app. Unknown figures (null: the platform did
// not give them) show as a dash, never as zero.

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The API's weekday (1 = Monday … 7 = Sunday) as a word. */
export function weekdayName(weekday: number): string {
  return weekdayNames[weekday - 1] ?? `Day ${weekday}`;
}

/** An hour of the day (0–23) as a clock time, e.g. `19:00`. */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** A weekday and hour in the persona's zone, e.g. `Saturday 19:00`. */
export function slotName(weekday: number, hour: number): string {
  return `${weekdayName(weekday)} ${formatHour(hour)}`;
}

/** An engagement rate (a fraction) as a percentage, e.g. `8.1 %`. */
export function formatRate(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(1)} %`;
}

const counts = new Intl.NumberFormat('en-US');

export function formatCount(value: number | null | undefined): string {
  return value == null ? '—' : counts.format(value);
}

/** A change with its sign, e.g. `+42` or `−5`. */
export function formatChange(value: number | null | undefined): string {
  if (value == null) return '—';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${counts.format(Math.abs(value))}`;
}

/** Engagement relative to the persona's average, e.g. `1.4x`. */
export function formatLift(lift: number): string {
  return `${lift.toFixed(1)}x`;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A calendar date (`YYYY-MM-DD`) for chart axes, e.g. `26 Nov`. */
export function formatShortDay(date: string): string {
  return shortDay.format(new Date(`${date}T00:00:00Z`));
}
