import { requirePersona } from '../persona/persona.service.js';
import type { Database } from '../../db/database.js';
import { invalid } from '../../errors.js';
import type { Platform } from '../shared/domain.js';
import type { ServiceContext } from '../shared/service-context.js';
import {
  dailyAccount,
  dailyPosts,
  heatmap,
  historyForRecommendations,
  postsInPeriod,
  rankedPosts,
  totalsByPlatform,
  type DailyAccount,
  type PlatformTotals,
} from './analytics-dashboard.repository.js';
import { recommend, type RecommendationSet } from './recommendations.js';

// The persona dashboard. A summary is a small model whose parts are read only when asked
// for (each part is one statement), so a client that wants the heatmap pays for the heatmap.

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

export interface PersonaAnalyticsModel {
  personaId: string;
  timeZone: string;
  from: Date;
  to: Date;
  platforms(): Promise<PlatformTotals[]>;
  account(): Promise<DailyAccount[]>;
}

function once<Value>(load: () => Promise<Value>): () => Promise<Value> {
  let promise: Promise<Value> | undefined;
  return () => (promise ??= load());
}

export async function personaAnalytics(ctx: ServiceContext, personaId: string, range: { from?: Date | null; to?: Date | null }): Promise<PersonaAnalyticsModel> {
  const persona = await requirePersona(ctx, personaId);
  const to = range.to ?? new Date();
  const from = range.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (to <= from) throw invalid('to', 'must be after from');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw invalid('from', `the period can span at most ${MAX_DAYS} days`);
  return {
    personaId: persona.id,
    timeZone: persona.timeZone,
    from,
    to,
    platforms: once(() => totalsByPlatform(ctx.db, persona.id, from, to)),
    account: once(() => dailyAccount(ctx.db, persona.id, persona.timeZone, from, to)),
  };
}

export const rate = (interactions: number, audience: number) => (audience ? interactions / audience : null);

export function sumTotals(rows: readonly PlatformTotals[]) {
  const keys = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions', 'audience', 'posts'] as const;
  return Object.fromEntries(keys.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as Record<(typeof keys)[number], number>;
}

export interface DailyRow {
  day: string;
  posts: number;
  views: number;
  reach: number;
  totalInteractions: number;
  engagementRate: number | null;
  followers: number | null;
  accountReach: number | null;
  accountViews: number | null;
  simulated: boolean;
}

/** Posts by local publishing day, merged with the account's readings for the same days. */
export async function dailyMetrics(ctx: ServiceContext, model: PersonaAnalyticsModel, platform: Platform | null = null): Promise<DailyRow[]> {
  const [posts, account] = await Promise.all([
    dailyPosts(ctx.db, model.personaId, model.timeZone, model.from, model.to, platform),
    platform ? dailyAccount(ctx.db, model.personaId, model.timeZone, model.from, model.to, platform) : model.account(),
  ]);
  const empty = (day: string): DailyRow => ({
    day, posts: 0, views: 0, reach: 0, totalInteractions: 0, engagementRate: null, followers: null, accountReach: null, accountViews: null, simulated: false,
  });
  const days = new Map<string, DailyRow>();
  for (const row of posts) {
    days.set(row.day, {
      ...empty(row.day),
      posts: row.posts,
      views: row.views,
      reach: row.reach,
      totalInteractions: row.totalInteractions,
      engagementRate: rate(row.totalInteractions, row.audience),
      simulated: row.simulated,
    });
  }
  for (const row of account) {
    const day = days.get(row.day) ?? empty(row.day);
    days.set(row.day, { ...day, followers: row.followers, accountReach: row.reach, accountViews: row.views, simulated: day.simulated || row.simulated });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

export async function followerGrowth(model: PersonaAnalyticsModel) {
  const account = await model.account();
  const series = account.filter((row) => row.followers !== null).map((row) => ({ day: row.day, followers: row.followers! }));
  return {
    series,
    change: series.length >= 2 ? series.at(-1)!.followers - series[0]!.followers : null,
    unavailable: account.length > 0 && !account.some((row) => row.followersKnown),
  };
}

export function rankedPerformance(ctx: ServiceContext, model: PersonaAnalyticsModel, order: 'best' | 'worst', first: number | null | undefined) {
  const size = first ?? 5;
  if (size < 1 || size > 50) throw invalid('first', 'must be between 1 and 50');
  return rankedPosts(ctx.db, model.personaId, model.from, model.to, order, size);
}

export function measuredPosts(ctx: ServiceContext, model: PersonaAnalyticsModel, first: number | null | undefined) {
  const size = first ?? 1000;
  if (size < 1 || size > 1000) throw invalid('first', 'must be between 1 and 1000');
  return postsInPeriod(ctx.db, model.personaId, model.from, model.to, size);
}

export async function heatmapCells(ctx: ServiceContext, model: PersonaAnalyticsModel) {
  const rows = await heatmap(ctx.db, model.personaId, model.timeZone);
  return rows.map((row) => ({ weekday: row.weekday, hour: row.hour, posts: row.posts, engagementRate: rate(row.totalInteractions, row.audience) }));
}

export async function personaRecommendations(db: Database, personaId: string, timeZone: string): Promise<RecommendationSet> {
  const history = await historyForRecommendations(db, personaId);
  return recommend(
    history.map((row) => ({
      publishedAt: row.publishedAt,
      interactions: row.totalInteractions ?? 0,
      audience: row.audience ?? 0,
      caption: row.caption,
      hasImage: row.hasImage,
      simulated: row.simulated,
    })),
    timeZone,
  );
}

/**
 * What plan generation takes from recommendations: the best hour for each weekday that has a
 * finding (and the best overall hour for the rest), the findings as text, the best hashtags.
 * Nothing when the history is too thin to say anything.
 */
export function planGuidance(recommendations: RecommendationSet) {
  const [best] = recommendations.slots;
  if (!best && !recommendations.insights.length) return null;
  const hourByWeekday = new Map<number, number>();
  for (const slot of [...recommendations.slots].reverse()) hourByWeekday.set(slot.weekday, slot.hour);
  return {
    preferredHour: best?.hour,
    hourByWeekday,
    whatWorks: {
      findings: [...recommendations.slots, ...recommendations.insights].map((finding) => finding.explanation),
      hashtags: recommendations.insights.filter((insight) => insight.kind === 'theme').map((insight) => insight.label),
    },
  };
}
