import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { hookOf, recommend } from './recommendations.js';
import { planSimulatedHistory, simulatedAccountDays } from './simulated-history.js';
import { simulatedPostMetrics } from './simulated-metrics.js';

const persona = { id: '7d1c1b1e-0000-4000-8000-000000000001', timeZone: 'America/New_York', topics: ['compost', 'seed starting'], examplePosts: ['Soil first. Always.'] };
const now = new Date('2026-11-26T15:00:00Z');

describe('planSimulatedHistory', () => {
  const plan = planSimulatedHistory(persona, now);

  it('plans three posts a week on distinct days for the six weeks before this one, the same every time', () => {
    expect(plan).toHaveLength(18);
    expect(planSimulatedHistory(persona, now)).toEqual(plan);
    const thisWeek = DateTime.fromJSDate(now, { zone: persona.timeZone }).startOf('week');
    for (const post of plan) {
      const local = DateTime.fromJSDate(post.publishedAt, { zone: persona.timeZone });
      expect(local < thisWeek && local >= thisWeek.minus({ weeks: 6 })).toBe(true);
      expect([8, 12, 17, 19, 21]).toContain(local.hour);
    }
    const days = plan.map((post) => DateTime.fromJSDate(post.publishedAt, { zone: persona.timeZone }).toISODate());
    expect(new Set(days).size).toBe(18);
  });

  it('keeps only the checkpoints already reached, each at its time after publishing', () => {
    for (const post of plan) {
      for (const checkpoint of post.checkpoints) expect(checkpoint.capturedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(post.checkpoints.map((checkpoint) => checkpoint.name)[0]).toBe('1h');
    }
    const oldest = plan[0]!;
    expect(oldest.checkpoints.map((checkpoint) => checkpoint.name)).toEqual(['1h', '1d', '7d', '30d']);
    expect(oldest.checkpoints[1]!.capturedAt.getTime() - oldest.publishedAt.getTime()).toBe(24 * 3600_000);
  });

  it("uses the persona's topics as hashtags and opens captions in more than one way", () => {
    expect(new Set(plan.flatMap((post) => post.hashtags))).toEqual(new Set(['#compost', '#seedstarting']));
    expect(new Set(plan.map((post) => hookOf(post.caption))).size).toBeGreaterThanOrEqual(3);
  });
});

describe('the simulated history and recommendations', () => {
  it.each(['7d1c1b1e-0000-4000-8000-000000000001', '0f6c2a43-5b1d-4c8e-9a7f-2d3e4f5a6b7c', 'c0ffee00-1234-4567-89ab-cdef01234567'])(
    'gives recommendations a weekend evening slot to find (persona %s)',
    (id) => {
      const posts = planSimulatedHistory({ ...persona, id }, now).map((post, index) => {
        const itemId = `${id}:${index}`;
        const figures = simulatedPostMetrics({ itemId, publishedAt: post.publishedAt, capturedAt: now, timeZone: persona.timeZone, hasImage: false });
        return { publishedAt: post.publishedAt, interactions: figures.totalInteractions!, audience: figures.reach!, caption: post.caption, hashtags: post.hashtags, hasImage: false, simulated: true };
      });
      const { slots } = recommend(posts, persona.timeZone);
      expect(slots[0]).toMatchObject({ hour: 19, posts: 6 });
      expect([6, 7]).toContain(slots[0]!.weekday);
    },
  );
});

describe('simulatedAccountDays', () => {
  it('gives one midday reading per UTC day up to yesterday', () => {
    const days = simulatedAccountDays(new Date('2026-11-20T22:00:00Z'), now);
    expect(days.map((day) => day.toISOString())).toEqual([
      '2026-11-20T12:00:00.000Z', '2026-11-21T12:00:00.000Z', '2026-11-22T12:00:00.000Z',
      '2026-11-23T12:00:00.000Z', '2026-11-24T12:00:00.000Z', '2026-11-25T12:00:00.000Z',
    ]);
  });
});
