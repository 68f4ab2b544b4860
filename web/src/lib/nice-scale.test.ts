import { describe, expect, it } from 'vitest';
import { niceScale, niceStep } from './nice-scale';

const gaps = (ticks: number[]) => ticks.slice(1).map((tick, index) => Number((tick - ticks[index]!).toFixed(6)));

describe('niceScale', () => {
  it('encloses follower counts in even, round ticks', () => {
    // The follower chart of the bug report: 1,081 to 1,243.
    const { domain, ticks } = niceScale(1081, 1243, { integer: true });
    expect(ticks).toEqual([1050, 1100, 1150, 1200, 1250]);
    expect(domain).toEqual([1050, 1250]);
  });

  it('keeps every gap the same and the data inside, whatever the range', () => {
    for (const [min, max] of [[0, 7], [3, 3.4], [812, 1360], [-40, 95], [99_500, 101_200], [0.02, 0.087]] as const) {
      const { ticks } = niceScale(min, max);
      expect(new Set(gaps(ticks)).size, `${min}..${max}: ${ticks.join(', ')}`).toBe(1);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('gives counts whole steps and a flat series room above and below', () => {
    expect(niceScale(1000, 1002, { integer: true }).ticks).toEqual([1000, 1001, 1002]);
    expect(niceScale(1200, 1200, { integer: true }).ticks).toEqual([1150, 1200, 1250]);
    expect(niceScale(0, 9, { integer: true }).ticks).toEqual([0, 5, 10]);
    expect(niceScale(0, 0, { integer: true }).ticks).toEqual([-1, 0, 1]);
  });

  it('rounds steps up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.7, 2.2, 3, 7, 40.5].map(niceStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 50]);
  });
});
