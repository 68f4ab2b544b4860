import { describe, expect, it } from 'vitest';
import { summarizeSlots, withTimeOnDays } from './posting-slots';

describe('posting slots', () => {
  it('adds a time to several days once, in week order', () => {
    const slots = withTimeOnDays([{ weekday: 3, time: '09:00' }], '09:00', [5, 1, 3]);
    expect(slots).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '09:00' },
      { weekday: 5, time: '09:00' },
    ]);
    expect(withTimeOnDays(slots, '08:30', [1])[0]).toEqual({ weekday: 1, time: '08:30' });
  });

  it('writes days with the same times together', () => {
    const week = withTimeOnDays(withTimeOnDays([], '18:00', [1, 3, 5]), '09:00', [1, 3, 5]);
    expect(summarizeSlots(withTimeOnDays(week, '11:00', [6]))).toBe('Mon, Wed, Fri · 09:00, 18:00; Sat · 11:00');
    expect(summarizeSlots([])).toBe('No posting schedule');
  });
});
