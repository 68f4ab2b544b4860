import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);
dayjs.extend(relativeTime);

/** The value format of Mantine's DateTimePicker: a wall-clock time without a zone. */
const pickerFormat = 'YYYY-MM-DD HH:mm:ss';

/** An instant as wall-clock time in `timeZone`, e.g. `26 Nov 2026, 09:30`. */
export function formatInstant(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('D MMM YYYY, HH:mm');
}

/** An instant to the second, for publishing times set to the second, e.g. `26 Nov 2026, 09:30:05`. */
export function formatInstantPrecise(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('D MMM YYYY, HH:mm:ss');
}

/** A posting slot, short: weekday, day and time in `timeZone`, e.g. `Sat 28 Nov, 19:00`. */
export function formatSlot(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('ddd D MMM, HH:mm');
}

/** How far an instant is from now, e.g. `in 59 days` or `3 hours ago`. */
export function formatRelative(iso: string): string {
  return dayjs(iso).fromNow();
}

/** A calendar date (`YYYY-MM-DD`) for reading, e.g. `26 Nov 2026`. */
export function formatCalendarDate(date: string): string {
  return dayjs(date, 'YYYY-MM-DD').format('D MMM YYYY');
}

// Mantine's pickers work in wall-clock strings; items are scheduled in the persona's time
// zone, so the picker shows and edits that zone's clock regardless of the browser's zone.
export function instantToPickerValue(iso: string | null, timeZone: string): string | null {
  return iso ? dayjs(iso).tz(timeZone).format(pickerFormat) : null;
}

export function pickerValueToInstant(value: string | null, timeZone: string): string | null {
  return value ? dayjs.tz(value, pickerFormat, timeZone).toISOString() : null;
}

/** The first instant of a calendar day in `timeZone`. */
export function startOfDayInstant(date: string, timeZone: string): string {
  return dayjs.tz(date, 'YYYY-MM-DD', timeZone).toISOString();
}

/**
 * The first instant after a calendar day in `timeZone` (an exclusive upper bound): the next
 * day's start, so a day the clocks change is 23 or 25 hours long (adding a day to the start
 * would add 24 hours of UTC time).
 */
export function endOfDayInstant(date: string, timeZone: string): string {
  return startOfDayInstant(addDays(date, 1), timeZone);
}

/**
 * A picker value as the API's wall-clock `localTime` (`2026-12-24T09:30:00`): the server turns
 * it into an instant in the persona's zone, daylight-saving safe.
 */
export function pickerValueToLocalTime(value: string): string {
  return dayjs(value, pickerFormat).format('YYYY-MM-DDTHH:mm:ss');
}

/** A wall-clock time (`2026-12-24T09:30:00`) in `timeZone` as an instant. */
export function wallClockToInstant(local: string, timeZone: string): string {
  return dayjs.tz(local, 'YYYY-MM-DDTHH:mm:ss', timeZone).toISOString();
}

/** An instant as wall-clock time in `timeZone` without an offset (`2026-12-24T09:30:00`). */
export function instantToWallClock(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('YYYY-MM-DDTHH:mm:ss');
}

/** Today's calendar date (`YYYY-MM-DD`) on the wall clock of `timeZone`. */
export function todayIn(timeZone: string): string {
  return dayjs().tz(timeZone).format('YYYY-MM-DD');
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return dayjs(date, 'YYYY-MM-DD').add(days, 'day').format('YYYY-MM-DD');
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function calendarDateIn(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('YYYY-MM-DD');
}
