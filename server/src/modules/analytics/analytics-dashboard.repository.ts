import type { Platform } from '../shared/domain.js';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

// Dashboard reads. Post figures come from post_performance (one row per posted item) and
// account figures from account snapshots (one per channel per day, on a partial index), so
// none of these scans the post snapshot history however long it grows.

export interface PlatformTotals {
  platform: Platform;
  posts: number;
  views: number;
  reach: number;
  likes: number;
  comments: number;
  shares: number;
  saved: number;
  totalInteractions: number;
  /** Reach where known, else views: the denominator of engagement rate. */
  audience: number;
  simulated: boolean;
}

const sums = sql`count(*)::int AS posts,
  coalesce(sum(views), 0)::int AS views, coalesce(sum(reach), 0)::int AS reach, coalesce(sum(likes), 0)::int AS likes,
  coalesce(sum(comments), 0)::int AS comments, coalesce(sum(shares), 0)::int AS shares, coalesce(sum(saved), 0)::int AS saved,
  coalesce(sum(total_interactions), 0)::int AS total_interactions,
  coalesce(sum(CASE WHEN total_interactions IS NOT NULL THEN coalesce(nullif(reach, 0), views) END), 0)::int AS audience`;

export async function totalsByPlatform(db: Database, personaId: string, from: Date, to: Date): Promise<PlatformTotals[]> {
  const { rows } = await sql<PlatformTotals>`
    SELECT platform, ${sums}, bool_or(simulated) AS simulated
      FROM post_performance
     WHERE persona_id = ${personaId} AND published_at >= ${from} AND published_at < ${to}
     GROUP BY platform ORDER BY platform`.execute(db);
  return rows;
}

export interface DailyPosts {
  day: string;
  simulated: boolean;
  posts: number;
  views: number;
  reach: number;
  totalInteractions: number;
  audience: number;
}

const platformIs = (platform: string | null) => (platform ? sql`AND platform = ${platform}` : sql``);

export async function dailyPosts(db: Database, personaId: string, timeZone: string, from: Date, to: Date, platform: string | null = null): Promise<DailyPosts[]> {
  const { rows } = await sql<DailyPosts>`
    SELECT to_char(published_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, ${sums}, bool_or(simulated) AS simulated
      FROM post_performance
     WHERE persona_id = ${personaId} AND published_at >= ${from} AND published_at < ${to} ${platformIs(platform)}
     GROUP BY 1 ORDER BY 1`.execute(db);
  return rows;
}

export interface DailyAccount {
  day: string;
  followers: number | null;
  reach: number | null;
  views: number | null;
  followersKnown: boolean;
  simulated: boolean;
}

/** Per local day: each channel's last reading that day, summed over the persona's channels. */
export async function dailyAccount(db: Database, personaId: string, timeZone: string, from: Date, to: Date, platform: string | null = null): Promise<DailyAccount[]> {
  const { rows } = await sql<DailyAccount>`
    WITH readings AS (
      SELECT channel_integration_id, to_char(captured_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, captured_at,
             followers, reach, views, simulated
        FROM analytics_snapshots
       WHERE persona_id = ${personaId} AND content_item_id IS NULL AND captured_at >= ${from} AND captured_at < ${to} ${platformIs(platform)}),
    last_of_day AS (
      SELECT DISTINCT ON (channel_integration_id, day) * FROM readings ORDER BY channel_integration_id, day, captured_at DESC)
    SELECT day, sum(followers)::int AS followers, sum(reach)::int AS reach, sum(views)::int AS views,
           bool_or(followers IS NOT NULL) AS followers_known, bool_or(simulated) AS simulated
      FROM last_of_day GROUP BY day ORDER BY day`.execute(db);
  return rows;
}

export function rankedPosts(db: Database, personaId: string, from: Date, to: Date, order: 'best' | 'worst', limit: number) {
  const direction = order === 'best' ? sql`DESC NULLS LAST` : sql`ASC NULLS LAST`;
  return sql<PerformanceRow>`
    SELECT * FROM post_performance
     WHERE persona_id = ${personaId} AND published_at >= ${from} AND published_at < ${to} AND engagement_rate IS NOT NULL
     ORDER BY engagement_rate ${direction}, published_at DESC
     LIMIT ${limit}`
    .execute(db)
    .then((result) => result.rows);
}

export interface PerformanceRow {
  contentItemId: string;
  personaId: string;
  platform: Platform;
  publishedAt: Date;
  capturedAt: Date;
  views: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saved: number | null;
  totalInteractions: number | null;
  engagementRate: number | null;
  simulated: boolean;
}

export interface HeatmapRow {
  weekday: number;
  hour: number;
  posts: number;
  totalInteractions: number;
  audience: number;
}

/** Weekday (ISO, 1 = Monday) and hour of publishing in the persona's zone, over all history. */
export async function heatmap(db: Database, personaId: string, timeZone: string): Promise<HeatmapRow[]> {
  const { rows } = await sql<HeatmapRow>`
    SELECT extract(isodow FROM published_at AT TIME ZONE ${timeZone})::int AS weekday,
           extract(hour FROM published_at AT TIME ZONE ${timeZone})::int AS hour,
           count(*)::int AS posts,
           coalesce(sum(total_interactions), 0)::int AS total_interactions,
           coalesce(sum(CASE WHEN total_interactions IS NOT NULL THEN coalesce(nullif(reach, 0), views) END), 0)::int AS audience
      FROM post_performance WHERE persona_id = ${personaId}
     GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  return rows;
}

export function postsInPeriod(db: Database, personaId: string, from: Date, to: Date, limit: number) {
  return db
    .selectFrom('postPerformance')
    .selectAll()
    .where('personaId', '=', personaId)
    .where('publishedAt', '>=', from)
    .where('publishedAt', '<', to)
    .orderBy('publishedAt')
    .orderBy('contentItemId')
    .limit(limit)
    .execute();
}

export function findPerformanceByItemIds(db: Database, itemIds: readonly string[]) {
  return db.selectFrom('postPerformance').selectAll().where('contentItemId', 'in', itemIds).execute();
}

/** Everything recommendations look at: each measured post with what it was made of. */
export async function historyForRecommendations(db: Database, personaId: string) {
  const { rows } = await sql<{
    publishedAt: Date;
    engagementRate: number;
    totalInteractions: number;
    audience: number;
    caption: string;
    hasImage: boolean;
    simulated: boolean;
  }>`
    SELECT p.published_at, p.engagement_rate, p.total_interactions, coalesce(nullif(p.reach, 0), p.views) AS audience,
           i.caption, (i.asset_id IS NOT NULL) AS has_image, p.simulated
      FROM post_performance p JOIN content_items i ON i.id = p.content_item_id
     WHERE p.persona_id = ${personaId} AND p.engagement_rate IS NOT NULL
     ORDER BY p.published_at DESC
     LIMIT 2000`.execute(db);
  return rows;
}
