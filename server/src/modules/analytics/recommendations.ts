import { DateTime } from 'luxon';
import { hashtagsIn } from '../content-item/caption-hashtags.js';

// What a persona's own history says works: the posting slots, themes (hashtags), formats and
// hooks whose posts engaged above the persona's average. Pure, so it can be tested on
// synthetic histories with a known answer. Rates are pooled (interactions over audience
// across a group's posts), so a single viral post cannot make a group look good on its own,
// and every finding carries its evidence and how many posts it rests on.

export interface MeasuredPost {
  publishedAt: Date;
  interactions: number;
  audience: number;
  /** What went out, hashtags included: the caption is where an item's hashtags are. */
  caption: string;
  hasImage: boolean;
  simulated: boolean;
}

export type Confidence = 'low' | 'medium' | 'high';
export type InsightKind = 'theme' | 'format' | 'hook';

export interface SlotFinding {
  weekday: number;
  hour: number;
  engagementRate: number;
  posts: number;
  explanation: string;
}

export interface InsightFinding {
  kind: InsightKind;
  label: string;
  engagementRate: number;
  lift: number;
  posts: number;
  explanation: string;
}

export interface RecommendationSet {
  basedOnPosts: number;
  historyDays: number;
  confidence: Confidence;
  summary: string;
  slots: SlotFinding[];
  insights: InsightFinding[];
  simulated: boolean;
}

const WEEKDAYS = ['', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];
/** A group needs this many posts before it is a finding. */
const MIN_POSTS = 2;
const MIN_LIFT = 1.1;
const pct = (rate: number) => `${(rate * 100).toFixed(1)} %`;

export const slotLabel = (weekday: number, hour: number) => `${WEEKDAYS[weekday]} at ${String(hour).padStart(2, '0')}:00`;

function pooled(posts: readonly MeasuredPost[]): number {
  const audience = posts.reduce((sum, post) => sum + post.audience, 0);
  return audience ? posts.reduce((sum, post) => sum + post.interactions, 0) / audience : 0;
}

function groupBy<Key>(posts: readonly MeasuredPost[], keysOf: (post: MeasuredPost) => Key[]): Map<Key, MeasuredPost[]> {
  const groups = new Map<Key, MeasuredPost[]>();
  for (const post of posts) {
    for (const key of keysOf(post)) {
      const group = groups.get(key);
      if (group) group.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}

export function hookOf(caption: string): string {
  const opening = caption.trim().split(/(?<=[.!?])\s|\n/)[0] ?? '';
  if (/\?\s*$/.test(opening)) return 'a question';
  if (/^\d|\b\d+\s+(ways|tips|things|reasons|steps|ideas)\b/i.test(opening)) return 'a number or list';
  if (/^(how|why|what)\b/i.test(opening)) return 'a how-to or why';
  if (/^(try|stop|start|don't|do|make|get|meet)\b/i.test(opening)) return 'a call to action';
  return 'a statement';
}

export function formatsOf(post: MeasuredPost): string[] {
  const length = post.caption.length;
  const size = length < 125 ? 'short captions (under 125 characters)' : length > 500 ? 'long captions (over 500 characters)' : 'medium captions';
  return [post.hasImage ? 'posts with an image' : 'text-only posts', size];
}

export function themesOf(post: MeasuredPost): string[] {
  return hashtagsIn(post.caption).map((tag) => tag.toLowerCase());
}

function confidenceOf(posts: number): Confidence {
  return posts < 10 ? 'low' : posts < 30 ? 'medium' : 'high';
}

export function recommend(history: readonly MeasuredPost[], timeZone: string): RecommendationSet {
  const posts = history.filter((post) => post.audience > 0);
  const overall = pooled(posts);
  const times = posts.map((post) => post.publishedAt.getTime());
  const historyDays = posts.length ? Math.round((Math.max(...times) - Math.min(...times)) / 86_400_000) : 0;

  const bySlot = groupBy(posts, (post) => {
    const local = DateTime.fromJSDate(post.publishedAt, { zone: timeZone });
    return [`${local.weekday}:${local.hour}`];
  });
  const slots: SlotFinding[] = [...bySlot]
    .filter(([, group]) => group.length >= MIN_POSTS)
    .map(([key, group]) => {
      const [weekday, hour] = key.split(':').map(Number) as [number, number];
      const rate = pooled(group);
      return {
        weekday,
        hour,
        engagementRate: rate,
        posts: group.length,
        explanation: `${group.length} posts on ${slotLabel(weekday, hour)} engaged ${pct(rate)} of the people they reached, against ${pct(overall)} for all ${posts.length} posts.`,
      };
    })
    .filter((slot) => slot.engagementRate >= overall)
    .sort((a, b) => b.engagementRate - a.engagementRate || b.posts - a.posts)
    .slice(0, 3);

  const insightsFor = (kind: InsightKind, keysOf: (post: MeasuredPost) => string[], describe: (label: string) => string): InsightFinding[] =>
    [...groupBy(posts, keysOf)]
      .filter(([, group]) => group.length >= MIN_POSTS && group.length < posts.length)
      .map(([label, group]) => {
        const rate = pooled(group);
        const lift = overall ? rate / overall : 0;
        return {
          kind,
          label,
          engagementRate: rate,
          lift,
          posts: group.length,
          explanation: `${describe(label)}: ${group.length} posts, ${pct(rate)} engagement, ${lift.toFixed(2)}x the persona's average.`,
        };
      })
      .filter((finding) => finding.lift >= MIN_LIFT)
      .sort((a, b) => b.lift - a.lift)
      .slice(0, 3);

  const insights = [
    ...insightsFor('theme', themesOf, (tag) => `Posts tagged ${tag}`),
    ...insightsFor('format', formatsOf, (format) => format[0]!.toUpperCase() + format.slice(1)),
    ...insightsFor('hook', (post) => [hookOf(post.caption)], (hook) => `Captions opening with ${hook}`),
  ];
  const confidence = confidenceOf(posts.length);
  return {
    basedOnPosts: posts.length,
    historyDays,
    confidence,
    summary: summarize(posts.length, historyDays, confidence, slots, insights),
    slots,
    insights,
    simulated: posts.some((post) => post.simulated),
  };
}

function summarize(posts: number, days: number, confidence: Confidence, slots: SlotFinding[], insights: InsightFinding[]): string {
  if (!posts) return 'No measured posts yet: publish a few and DoppelCart will learn what works for this persona.';
  const parts = [`Based on ${posts} measured posts over ${days} days (${confidence} confidence).`];
  if (slots.length) parts.push(`Best times: ${slots.map((slot) => slotLabel(slot.weekday, slot.hour)).join(', ')}.`);
  const best = (kind: InsightKind) => insights.find((insight) => insight.kind === kind);
  const what = [best('theme'), best('format'), best('hook')].filter(Boolean) as InsightFinding[];
  if (what.length) parts.push(`Above average: ${what.map((insight) => `${insight.label} (${insight.lift.toFixed(1)}x)`).join('; ')}.`);
  if (!slots.length && !what.length) parts.push('No slot, theme, format or hook stands out yet.');
  return parts.join(' ');
}
