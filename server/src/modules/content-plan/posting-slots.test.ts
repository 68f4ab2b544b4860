import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { postingSlots } from './posting-slots.js';
import { targetPostCount, parseCalendarDate } from './target-post-count.js';

const local = (slots: Date[], zone: string) => slots.map((slot) => DateTime.fromJSDate(slot, { zone }).toFormat('yyyy-MM-dd HH:mm'));

describe('postingSlots', () => {
  it('spreads 3 per week over 4 weeks as 12 slots inside the range', () => {
    const count = targetPostCount(parseCalendarDate('2026-03-02')!, parseCalendarDate('2026-03-29')!, 3, 'week');
    const slots = postingSlots({ startDate: '2026-03-02', endDate: '2026-03-29', count, timeZone: 'UTC' });
    expect(slots).toHaveLength(12);
    const days = local(slots, 'UTC').map((slot) => slot.slice(0, 10));
    expect(days[0]! >= '2026-03-02' && days.at(-1)! <= '2026-03-29').toBe(true);
    expect(new Set(days).size).toBe(12);
    // Evenly spread: no gap longer than 3 days.
    const gaps = slots.slice(1).map((slot, index) => (slot.getTime() - slots[index]!.getTime()) / 86_400_000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3);
  });

  it('keeps the local posting time across a daylight-saving change', () => {
    const slots = postingSlots({ startDate: '2026-03-27', endDate: '2026-03-31', count: 5, timeZone: 'Europe/Berlin' });
    expect(local(slots, 'Europe/Berlin')).toEqual([
      '2026-03-27 17:00', '2026-03-28 17:00', '2026-03-29 17:00', '2026-03-30 17:00', '2026-03-31 17:00',
    ]);
    // 17:00 in Berlin is 16:00 UTC before the change and 15:00 UTC after it.
    expect(slots.map((slot) => slot.toISOString().slice(11, 16))).toEqual(['16:00', '16:00', '15:00', '15:00', '15:00']);
  });

  it('places several posts a day between 9:00 and 21:00 local', () => {
    const slots = postingSlots({ startDate: '2026-07-01', endDate: '2026-07-02', count: 6, timeZone: 'America/New_York' });
    expect(local(slots, 'America/New_York')).toEqual([
      '2026-07-01 09:00', '2026-07-01 15:00', '2026-07-01 21:00', '2026-07-02 09:00', '2026-07-02 15:00', '2026-07-02 21:00',
    ]);
  });

  it('handles a month in a zone far from UTC', () => {
    const slots = postingSlots({ startDate: '2026-02-01', endDate: '2026-02-28', count: 10, timeZone: 'Pacific/Auckland' });
    expect(slots).toHaveLength(10);
    const days = local(slots, 'Pacific/Auckland').map((slot) => slot.slice(0, 10));
    expect(days.every((day) => day >= '2026-02-01' && day <= '2026-02-28')).toBe(true);
  });
});
