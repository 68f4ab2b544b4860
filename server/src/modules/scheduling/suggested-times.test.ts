import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { suggestPostTimes } from './suggested-times.js';

const zone = 'Europe/Amsterdam';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const inZone = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

// Thursday 26 November 2026, 18:30 in Amsterdam.
const now = local('2026-11-26T18:30');
const bestSlots = [
  { weekday: 6, hour: 19, explanation: 'Saturdays at 19:00: 6.1 % over 4 posts' },
  { weekday: 2, hour: 21, explanation: 'Tuesdays at 21:00: 3.9 % over 2 posts' },
];

describe('suggestPostTimes', () => {
  it("offers the next occurrences of the persona's best slots, soonest first, with their reason", () => {
    const suggestions = suggestPostTimes({ now, timeZone: zone, bestSlots, taken: [], count: 3 });
    expect(suggestions.map((suggestion) => inZone(suggestion.at))).toEqual(['Sat 2026-11-28 19:00', 'Tue 2026-12-01 21:00', 'Sat 2026-12-05 19:00']);
    expect(suggestions[0]!.reason).toBe('Saturdays at 19:00: 6.1 % over 4 posts');
  });

  it('skips slots within two hours of another pending post of the persona', () => {
    const taken = [local('2026-11-28T20:30'), local('2026-12-01T19:01')];
    const suggestions = suggestPostTimes({ now, timeZone: zone, bestSlots, taken, count: 2 });
    expect(suggestions.map((suggestion) => inZone(suggestion.at))).toEqual(['Sat 2026-12-05 19:00', 'Tue 2026-12-08 21:00']);
  });

  it('uses 17:00 every day without a history, starting tomorrow when today’s has passed or is too close', () => {
    const suggestions = suggestPostTimes({ now: local('2026-11-26T16:50'), timeZone: zone, bestSlots: [], taken: [], count: 2 });
    expect(suggestions.map((suggestion) => inZone(suggestion.at))).toEqual(['Fri 2026-11-27 17:00', 'Sat 2026-11-28 17:00']);
    expect(suggestions[0]!.reason).toMatch(/no measured posts/);
  });

  it('never offers a time the clocks skip', () => {
    // Europe/Amsterdam skips 02:00-03:00 on Sunday 28 March 2027.
    const suggestions = suggestPostTimes({
      now: local('2027-03-27T12:00'), timeZone: zone, bestSlots: [{ weekday: 7, hour: 2, explanation: 'Sundays at 02:00' }], taken: [], count: 1,
    });
    expect(suggestions.map((suggestion) => inZone(suggestion.at))).toEqual(['Sun 2027-04-04 02:00']);
  });
});
