import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { CHECKPOINTS, type CheckpointName } from './metrics.js';

// Weeks of past Sandbox posts for a persona that has none yet, so the analytics dashboard and
// the recommendations have something to show on a new install instead of waiting an hour for
// the first checkpoint. Only ever on the Sandbox channel, whose every figure is simulated and
// labelled so. Pure and deterministic: the same persona and clock give the same plan.

export const SIMULATED_WEEKS = 6;

/** Local posting hours tried, morning to late evening, so the heatmap has contrast. */
const HOURS = [8, 12, 17, 19, 21] as const;

export interface SimulatedPersona {
  id: string;
  timeZone: string;
  topics: readonly string[];
  examplePosts: readonly string[];
}

export interface PlannedPost {
  title: string;
  caption: string;
  hashtags: string[];
  publishedAt: Date;
  /** The checkpoints already reached by `now`, each with when it was taken. */
  checkpoints: { name: CheckpointName; capturedAt: Date }[];
}

function pick(seed: string, size: number): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) % size;
}

const hashtagOf = (topic: string) => `#${topic.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;

/** Openings of every kind the recommendations tell apart (a question, a list, a how-to, ...). */
function captionFor(topic: string, example: string | undefined, variant: number): { title: string; caption: string } {
  const texts = [
    { title: `A question about ${topic}`, caption: `What is your biggest question about ${topic} this week? Tell me below and I will answer the top three.` },
    { title: `3 things about ${topic}`, caption: `3 things I learned about ${topic} this month. One: start small. Two: write it down. Three: be patient.` },
    { title: `How I handle ${topic}`, caption: `How I keep ${topic} simple on a busy week: one routine, ten minutes, every morning.` },
    { title: `Try this: ${topic}`, caption: `Try this with ${topic} today: change one thing, then watch for a week before changing the next.` },
    { title: `Notes on ${topic}`, caption: example ?? `A small win with ${topic} today. Not perfect, but better than last week.` },
  ];
  return texts[variant % texts.length]!;
}

/** A weekly routine, as creators keep one: the same two slots every week and a third that varies. */
function weeklySlots(personaId: string, week: number): { weekday: number; hour: number }[] {
  const weekend = { weekday: 6 + pick(`${personaId}:weekend`, 2), hour: 19 };
  const weekday = { weekday: 1 + pick(`${personaId}:weekday`, 5), hour: pick(`${personaId}:weekday-hour`, 2) ? 12 : 17 };
  const taken = new Set([weekend.weekday, weekday.weekday]);
  const free = [1, 2, 3, 4, 5, 6, 7].filter((day) => !taken.has(day));
  const trial = { weekday: free[pick(`${personaId}:${week}:trial-day`, free.length)]!, hour: HOURS[pick(`${personaId}:${week}:trial-hour`, HOURS.length)]! };
  return [weekday, trial, weekend].sort((x, y) => x.weekday - y.weekday);
}

/**
 * Three posts a week for `weeks` weeks up to yesterday in the persona's zone: a weekend evening
 * and a weekday slot every week (so recommendations have slots with evidence to find) and a
 * third on a varied day and hour (so the heatmap has more than two cells), with varied topics
 * and openings.
 */
export function planSimulatedHistory(persona: SimulatedPersona, now: Date, weeks = SIMULATED_WEEKS): PlannedPost[] {
  const topics = persona.topics.length ? persona.topics : ['my week'];
  const today = DateTime.fromJSDate(now, { zone: persona.timeZone }).startOf('day');
  const posts: PlannedPost[] = [];
  for (let week = weeks; week >= 1; week -= 1) {
    // The ISO week `week` weeks back, so weekdays fall where their names say.
    const monday = today.minus({ weeks: week }).startOf('week');
    for (const slot of weeklySlots(persona.id, week)) {
      const index = posts.length;
      const local = monday.plus({ days: slot.weekday - 1 }).set({ hour: slot.hour, minute: 0 });
      const publishedAt = local.toJSDate();
      if (publishedAt >= now) continue;
      const topic = topics[index % topics.length]!;
      const { title, caption } = captionFor(topic, persona.examplePosts[index % Math.max(1, persona.examplePosts.length)], pick(`${persona.id}:${index}:hook`, 5));
      const hashtags = [hashtagOf(topic)];
      const checkpoints = CHECKPOINTS.filter((checkpoint) => publishedAt.getTime() + checkpoint.afterMs <= now.getTime()).map((checkpoint) => ({
        name: checkpoint.name,
        capturedAt: new Date(publishedAt.getTime() + checkpoint.afterMs),
      }));
      // The caption carries the hashtag, as every item's does: the caption is what went out.
      posts.push({ title, caption: `${caption}\n\n${hashtags.join(' ')}`, hashtags, publishedAt, checkpoints });
    }
  }
  return posts;
}

/** The UTC days from `from` up to but not including `now`'s day: one account reading each. */
export function simulatedAccountDays(from: Date, now: Date): Date[] {
  const days: Date[] = [];
  const first = DateTime.fromJSDate(from, { zone: 'utc' }).startOf('day').plus({ hours: 12 });
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  for (let day = first; day < today; day = day.plus({ days: 1 })) days.push(day.toJSDate());
  return days;
}
