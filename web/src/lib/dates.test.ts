import { describe, expect, it } from 'vitest';
import { endOfDayInstant, formatInstant, instantToWallClock, pickerValueToInstant, startOfDayInstant, wallClockToInstant } from './dates';

// Times are shown and entered on the persona's wall clock, whatever the browser's zone.

describe('dates', () => {
  it('shows an instant on the wall clock of the zone asked for', () => {
    expect(formatInstant('2026-11-26T08:30:00.000Z', 'Europe/Berlin')).toBe('26 Nov 2026, 09:30');
    expect(formatInstant('2026-11-26T08:30:00.000Z', 'America/New_York')).toBe('26 Nov 2026, 03:30');
  });

  it('turns wall-clock times into instants across daylight saving', () => {
    expect(wallClockToInstant('2026-03-28T09:00:00', 'Europe/Berlin')).toBe('2026-03-28T08:00:00.000Z');
    expect(wallClockToInstant('2026-03-30T09:00:00', 'Europe/Berlin')).toBe('2026-03-30T07:00:00.000Z');
    expect(instantToWallClock('2026-03-30T07:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-30T09:00:00');
    expect(pickerValueToInstant('2026-07-01 18:15:00', 'Asia/Tokyo')).toBe('2026-07-01T09:15:00.000Z');
    expect(pickerValueToInstant(null, 'Asia/Tokyo')).toBeNull();
  });

  it('bounds a calendar day in the zone, 23 hours long on the day the clocks go forward', () => {
    const start = startOfDayInstant('2026-03-29', 'Europe/Berlin');
    const end = endOfDayInstant('2026-03-29', 'Europe/Berlin');
    expect(start).toBe('2026-03-28T23:00:00.000Z');
    expect(Date.parse(end) - Date.parse(start)).toBe(23 * 3600 * 1000);
    const autumn = [startOfDayInstant('2026-10-25', 'Europe/Berlin'), endOfDayInstant('2026-10-25', 'Europe/Berlin')];
    expect(Date.parse(autumn[1]!) - Date.parse(autumn[0]!)).toBe(25 * 3600 * 1000);
  });
});
