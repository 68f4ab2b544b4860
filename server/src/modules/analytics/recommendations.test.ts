import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { hookOf, recommend, type MeasuredPost } from './recommendations.js';

// Synthetic histories with a known answer: the best slot, theme, format and hook are planted.

function post(local: string, zone: string, rate: number, extra: Partial<MeasuredPost> = {}): MeasuredPost {
  return {
    publishedAt: DateTime.fromISO(local, { zone }).toJSDate(),
    audience: 1000,
    interactions: Math.round(rate * 1000),
    caption: 'A day on the balcony.',
    hasImage: true,
    simulated: false,
    ...extra,
  };
}

describe('recommendations', () => {
  it('finds the planted best slot in the persona time zone, with its evidence', () => {
    const zone = 'America/New_York';
    const history = [
      // Saturdays at 19:00 local do twice as well as anything else.
      ...['2026-05-02', '2026-05-09', '2026-05-16', '2026-05-23'].map((day) => post(`${day}T19:00`, zone, 0.08)),
      ...['2026-05-04', '2026-05-05', '2026-05-11', '2026-05-12', '2026-05-18', '2026-05-19'].map((day) => post(`${day}T09:00`, zone, 0.03)),
    ];
    const result = recommend(history, zone);
    expect(result.slots[0]).toMatchObject({ weekday: 6, hour: 19, posts: 4 });
    expect(result.slots[0]!.engagementRate).toBeCloseTo(0.08);
    expect(result.slots[0]!.explanation).toMatch(/4 posts on Saturdays at 19:00 engaged 8\.0 %/);
    expect(result).toMatchObject({ basedOnPosts: 10, historyDays: 21, confidence: 'medium' });
    // The same instants seen from UTC fall on other hours: the zone matters.
    expect(recommend(history, 'UTC').slots[0]).toMatchObject({ weekday: 6, hour: 23 });
  });

  it('finds themes, formats and hooks that beat the average, and says how much they beat it by', () => {
    const zone = 'Europe/Berlin';
    const history = [
      post('2026-05-01T10:00', zone, 0.09, { caption: 'Which tomato wins? #tomatoes' }),
      post('2026-05-02T10:00', zone, 0.09, { caption: 'Ever tried purple basil? #tomatoes' }),
      post('2026-05-03T10:00', zone, 0.02, { hasImage: false }),
      post('2026-05-04T10:00', zone, 0.02, { hasImage: false }),
      post('2026-05-05T10:00', zone, 0.03),
      post('2026-05-06T10:00', zone, 0.03),
    ];
    const { insights, summary } = recommend(history, zone);
    const theme = insights.find((insight) => insight.kind === 'theme');
    expect(theme).toMatchObject({ label: '#tomatoes', posts: 2 });
    expect(theme!.lift).toBeCloseTo(0.09 / (0.28 / 6));
    expect(insights.find((insight) => insight.kind === 'hook')).toMatchObject({ label: 'a question', posts: 2 });
    expect(insights.find((insight) => insight.kind === 'format')).toMatchObject({ label: 'posts with an image' });
    expect(summary).toMatch(/#tomatoes \(1\.9x\)/);
  });

  it('says plainly when there is nothing to go on yet', () => {
    const result = recommend([], 'UTC');
    expect(result).toMatchObject({ basedOnPosts: 0, confidence: 'low', slots: [], insights: [] });
    expect(result.summary).toMatch(/No measured posts yet/);
  });

  it('classifies hooks by the caption opening', () => {
    expect(hookOf('Which one would you pick? Tell me below.')).toBe('a question');
    expect(hookOf('5 ways to grow basil indoors')).toBe('a number or list');
    expect(hookOf('How I water while away')).toBe('a how-to or why');
    expect(hookOf('Try this tomato trick.')).toBe('a call to action');
    expect(hookOf('Morning light on the balcony.')).toBe('a statement');
  });
});
