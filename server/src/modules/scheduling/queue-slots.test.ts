import { describe, expect, it } from 'vitest';
import { minuteOfDay, timeOfDay } from '../shared/time-of-day.js';
import { nextFreeSlot } from './queue-slots.js';

const MON_WED_FRI_9_AND_18 = [1, 3, 5].flatMap((weekday) => [9 * 60, 18 * 60].map((minuteOfDay) => ({ weekday, minuteOfDay })));
const at = (iso: string) => new Date(iso);

describe('nextFreeSlot', () => {
  it('takes the next slot of the week in the persona’s zone', () => {
    // Tuesday 2026-12-08 10:00 in Berlin (09:00 UTC): the next slot is Wednesday 09:00 Berlin.
    expect(nextFreeSlot(MON_WED_FRI_9_AND_18, 'Europe/Berlin', at('2026-12-08T09:00:00Z'), new Set())).toEqual(at('2026-12-09T08:00:00Z'));
    // Wednesday 08:59 Berlin: the same day's 09:00.
    expect(nextFreeSlot(MON_WED_FRI_9_AND_18, 'Europe/Berlin', at('2026-12-09T07:59:00Z'), new Set())).toEqual(at('2026-12-09T08:00:00Z'));
  });

  it('passes over slots that a post already holds', () => {
    const taken = new Set([at('2026-12-09T08:00:00Z').getTime(), at('2026-12-09T17:00:00Z').getTime()]);
    expect(nextFreeSlot(MON_WED_FRI_9_AND_18, 'Europe/Berlin', at('2026-12-08T09:00:00Z'), taken)).toEqual(at('2026-12-11T08:00:00Z'));
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // Sunday 2027-03-28 is the spring change in Berlin: Monday 09:00 is then 07:00 UTC, not 08:00.
    expect(nextFreeSlot([{ weekday: 1, minuteOfDay: 540 }], 'Europe/Berlin', at('2027-03-27T12:00:00Z'), new Set())).toEqual(at('2027-03-29T07:00:00Z'));
  });

  it('skips a slot in the hour the clocks skip, rather than moving it', () => {
    // 02:30 does not exist on 2027-03-28 in Berlin; the next Sunday's 02:30 does.
    expect(nextFreeSlot([{ weekday: 7, minuteOfDay: 150 }], 'Europe/Berlin', at('2027-03-27T12:00:00Z'), new Set())).toEqual(at('2027-04-04T00:30:00Z'));
  });

  it('answers null without slots, or when every slot in the horizon is taken', () => {
    expect(nextFreeSlot([], 'UTC', at('2026-12-08T09:00:00Z'), new Set())).toBeNull();
    const weekly = [{ weekday: 2, minuteOfDay: 600 }];
    const taken = new Set(Array.from({ length: 14 }, (_, week) => at('2026-12-08T10:00:00Z').getTime() + week * 7 * 86_400_000));
    expect(nextFreeSlot(weekly, 'UTC', at('2026-12-08T09:00:00Z'), taken)).toBeNull();
  });
});

describe('time of day', () => {
  it('writes minutes after midnight as HH:MM and reads them back', () => {
    expect(timeOfDay(0)).toBe('00:00');
    expect(timeOfDay(9 * 60 + 5)).toBe('09:05');
    expect(timeOfDay(1439)).toBe('23:59');
    expect(minuteOfDay('18:30')).toBe(18 * 60 + 30);
  });
});
