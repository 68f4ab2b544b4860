import type { Locator, Page } from 'playwright-core';

/** A wall-clock time in some zone (the picker takes it to the minute). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What the clock on the wall shows in `timeZone` at `instant`. */
export function wallClockIn(timeZone: string, instant: Date): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The accessible name Mantine gives a day in its calendar, e.g. "10 November 2026". */
function dayName({ year, month, day }: WallClock): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * Sets Mantine's DateTimePicker (hours and minutes) labelled `label` inside `scope` to `when`: opens
 * it, picks the day (a month ahead when `when` is in the next month), types the time, confirms.
 */
export async function pickDateTime(page: Page, scope: Locator, label: string, when: WallClock, today: WallClock) {
  await scope.getByRole('button', { name: label }).click();
  if (when.month !== today.month) await page.getByRole('button', { name: 'Next month' }).click();
  await page.getByRole('button', { name: dayName(when), exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Hours' }).fill(twoDigits(when.hour));
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill(twoDigits(when.minute));
  await page.getByRole('button', { name: 'Use this time' }).click();
}
