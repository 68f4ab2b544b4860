import { describe, expect, it } from 'vitest';
import { postingSlots } from './posting-slots.js';
import { fitToSchedule, type ScheduleFitInput } from './schedule-fit.js';

const range = { startDate: '2027-03-01', endDate: '2027-03-14', timeZone: 'Europe/Berlin' };
const input = (count: number, overrides: Partial<ScheduleFitInput> = {}): ScheduleFitInput => ({
  ...range,
  slots: postingSlots({ ...range, count }),
  postingTimes: [],
  dailyLimit: Number.POSITIVE_INFINITY,
  busyByDay: new Map(),
  ...overrides,
});
const local = (slots: Date[]) => slots.map((slot) => slot.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16));

describe('fitting a plan to its channels', () => {
  it('keeps the plan’s times when nothing limits them', () => {
    const fitted = fitToSchedule(input(4));
    expect('slots' in fitted && fitted.slots).toEqual(input(4).slots);
  });

  it('puts the posts at the posting schedule’s times, spread over the range', () => {
    // Mondays 08:30 and Thursdays 18:00: four occurrences in two weeks.
    const fitted = fitToSchedule(input(2, { postingTimes: [{ weekday: 1, minuteOfDay: 510 }, { weekday: 4, minuteOfDay: 1080 }] }));
    expect('slots' in fitted && local(fitted.slots)).toEqual(['2027-03-01 08:30', '2027-03-08 08:30']);
    const all = fitToSchedule(input(4, { postingTimes: [{ weekday: 1, minuteOfDay: 510 }, { weekday: 4, minuteOfDay: 1080 }] }));
    expect('slots' in all && local(all.slots)).toEqual(['2027-03-01 08:30', '2027-03-04 18:00', '2027-03-08 08:30', '2027-03-11 18:00']);
  });

  it('refuses a plan the schedule cannot hold, with the reason', () => {
    const fitted = fitToSchedule(input(5, { postingTimes: [{ weekday: 1, minuteOfDay: 510 }, { weekday: 4, minuteOfDay: 1080 }] }));
    expect(fitted).toEqual({
      refusal: "the channel's posting schedule has 4 times between 2027-03-01 and 2027-03-14 and the plan needs 5; add posting times or lower the plan's frequency",
    });
  });

  it('moves posts off days the quota has filled, and refuses when the range has no room', () => {
    const busy = new Map([['2027-03-01', 2]]);
    const fitted = fitToSchedule(input(14, { dailyLimit: 2, busyByDay: busy }));
    expect('slots' in fitted && fitted.slots.map((slot) => slot.toISOString().slice(0, 10))).not.toContain('2027-03-01');
    expect('slots' in fitted && fitted.slots).toHaveLength(14);
    expect(fitToSchedule(input(28, { dailyLimit: 2, busyByDay: busy }))).toEqual({
      refusal: 'the publishing quota allows 2 posts a day and the range has room for 26 more (posts already planned count too); the plan needs 28: lengthen the range or lower the frequency',
    });
  });
});
