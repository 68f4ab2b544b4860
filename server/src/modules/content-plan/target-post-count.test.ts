import { describe, expect, it } from 'vitest';
import { parseCalendarDate, targetPostCount } from './target-post-count.js';

const d = (value: string) => {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`bad date ${value}`);
  return date;
};

describe('targetPostCount', () => {
  it.each([
    ['2026-03-02', '2026-03-29', 3, 'week', 12],
    ['2026-03-01', '2026-03-01', 2, 'day', 2],
    ['2026-03-01', '2026-03-07', 1, 'day', 7],
    ['2026-02-01', '2026-02-28', 10, 'month', 10],
    ['2026-01-01', '2026-12-31', 4, 'month', 48],
    ['2026-01-15', '2026-02-14', 8, 'month', 8],
    ['2026-03-01', '2026-03-10', 1, 'week', 1],
    ['2026-03-01', '2026-03-02', 1, 'month', 1],
    ['2028-02-01', '2028-02-29', 5, 'month', 5],
  ] as const)('%s..%s at %i per %s is %i posts', (start, end, count, period, expected) => {
    expect(targetPostCount(d(start), d(end), count, period)).toBe(expected);
  });

  it('rounds a partial trailing week to its share', () => {
    // 10 days at 7 per week: 10 posts.
    expect(targetPostCount(d('2026-03-01'), d('2026-03-10'), 7, 'week')).toBe(10);
  });
});

describe('parseCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(parseCalendarDate('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(parseCalendarDate('2026-2-3')).toBeNull();
    expect(parseCalendarDate('yesterday')).toBeNull();
  });
});
