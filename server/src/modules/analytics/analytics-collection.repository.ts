import type { ContentFormat, Platform } from '../shared/domain.js';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { CHECKPOINTS } from './metrics.js';

// What the collector reads and writes. Snapshots are append-only; post_performance keeps each
// post's newest figures next to them, in the same transaction.

export interface DueCollection {
  postId: string;
  contentItemId: string;
  personaId: string;
  userId: string;
  timeZone: string;
  channelIntegrationId: string;
  platform: Platform;
  platformPostId: string | null;
  publishedAt: Date;
  hasImage: boolean;
  format: ContentFormat;
  checkpoint: string;
}

/** Published posts with a checkpoint that is due and not yet too late, oldest first. */
export async function findDuePostCollections(db: Database, now: Date, limit: number): Promise<DueCollection[]> {
  const checkpoints = sql.join(
    CHECKPOINTS.map((c) => sql`(${c.name}::text, ${c.afterMs}::bigint, ${c.lateMs}::bigint)`),
  );
  const oldest = new Date(now.getTime() - Math.max(...CHECKPOINTS.map((c) => c.afterMs + c.lateMs)));
  const { rows } = await sql<DueCollection>`
    WITH checkpoints (name, after_ms, late_ms) AS (VALUES ${checkpoints})
    SELECT s.id AS post_id, s.content_item_id, i.persona_id, p.user_id, p.time_zone, s.channel_integration_id,
           c.platform, s.platform_post_id, s.published_at, (i.asset_id IS NOT NULL) AS has_image, i.format, k.name AS checkpoint
      FROM scheduled_posts s
      JOIN checkpoints k
        ON s.published_at + make_interval(secs => k.after_ms / 1000.0) <= ${now}
       AND s.published_at + make_interval(secs => (k.after_ms + k.late_ms) / 1000.0) > ${now}
      JOIN content_items i ON i.id = s.content_item_id
      JOIN personas p ON p.id = i.persona_id
      JOIN channel_integrations c ON c.id = s.channel_integration_id
     WHERE s.state = 'published' AND s.published_at > ${oldest}
       AND NOT EXISTS (SELECT 1 FROM analytics_snapshots a
                        WHERE a.content_item_id = s.content_item_id AND a.channel_integration_id = s.channel_integration_id AND a.checkpoint = k.name)
     ORDER BY s.published_at
     LIMIT ${limit}`.execute(db);
  return rows;
}

/** Active channels without today's account snapshot. */
export async function findDueAccountCollections(db: Database, checkpoint: string, limit: number) {
  const { rows } = await sql<{ id: string; personaId: string; userId: string; platform: Platform; createdAt: Date; externalAccountId: string }>`
    SELECT c.id, c.persona_id, p.user_id, c.platform, c.created_at, c.external_account_id
      FROM channel_integrations c
      JOIN personas p ON p.id = c.persona_id
     WHERE c.status = 'active'
       AND NOT EXISTS (SELECT 1 FROM analytics_snapshots a
                        WHERE a.channel_integration_id = c.id AND a.content_item_id IS NULL AND a.checkpoint = ${checkpoint})
     ORDER BY c.created_at
     LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * Takes a post or channel for collection until the caller's transaction ends, or says another
 * collector has it. A transaction-scoped advisory lock rather than a row lock: collecting may
 * have to mark the channel for reconnecting from another connection, which a row lock held
 * here would block forever.
 */
export async function lockForCollection(trx: Database, table: 'scheduledPosts' | 'channelIntegrations', id: string): Promise<boolean> {
  const { rows } = await sql<{ taken: boolean }>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`collect:${table}:${id}`}, 0)) AS taken`.execute(trx);
  return rows[0]?.taken === true;
}

/**
 * Takes the channel as the collector does, waiting for a collection in progress to commit: a
 * change to the channel's posts and readings then never interleaves with a reading being taken.
 */
export async function waitForChannelCollection(trx: Database, channelId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`collect:channel_integrations:${channelId}`}, 0))`.execute(trx);
}

export interface SnapshotValues {
  personaId: string;
  contentItemId: string | null;
  channelIntegrationId: string;
  platform: Platform;
  capturedAt: Date;
  checkpoint: string;
  views?: number | null;
  reach?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saved?: number | null;
  totalInteractions?: number | null;
  replies?: number | null;
  tapsForward?: number | null;
  tapsBack?: number | null;
  exits?: number | null;
  avgWatchTimeMs?: number | null;
  watchTimeSeconds?: number | null;
  followers?: number | null;
  simulated: boolean;
  unavailable: string[];
  /** Set on the account readings a simulated history wrote. */
  simulatedHistoryId?: string | null;
}

/** Appends a snapshot unless its checkpoint was taken meanwhile; true when it was stored. */
export async function insertSnapshot(trx: Database, values: SnapshotValues): Promise<boolean> {
  const inserted = await trx
    .insertInto('analyticsSnapshots')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function upsertPostPerformance(
  trx: Database,
  row: Omit<SnapshotValues, 'followers' | 'checkpoint' | 'unavailable' | 'channelIntegrationId'> & {
    contentItemId: string;
    publishedAt: Date;
    engagementRate: number | null;
  },
): Promise<void> {
  const { personaId, contentItemId, platform, publishedAt, capturedAt, simulated, engagementRate } = row;
  const metrics = {
    views: row.views ?? null,
    reach: row.reach ?? null,
    likes: row.likes ?? null,
    comments: row.comments ?? null,
    shares: row.shares ?? null,
    saved: row.saved ?? null,
    totalInteractions: row.totalInteractions ?? null,
  };
  await trx
    .insertInto('postPerformance')
    .values({ contentItemId, personaId, platform, publishedAt, capturedAt, simulated, engagementRate, ...metrics })
    .onConflict((oc) =>
      oc.column('contentItemId').doUpdateSet({ capturedAt, simulated, engagementRate, ...metrics }).where('postPerformance.capturedAt', '<=', capturedAt),
    )
    .execute();
}

const POST_TOTALS = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] as const;
export type PostTotals = Record<(typeof POST_TOTALS)[number], number | null>;

/**
 * An item's figures over all the channels it went out on: each channel's newest post reading,
 * summed (null where no channel has the figure). A cross-posted item is judged by its total.
 */
export async function findItemTotals(db: Database, contentItemId: string): Promise<PostTotals> {
  const { rows } = await sql<PostTotals>`
    SELECT ${sql.join(POST_TOTALS.map((metric) => sql`sum(${sql.ref(metric)})::int AS ${sql.ref(metric)}`))}
      FROM (SELECT DISTINCT ON (channel_integration_id) *
              FROM analytics_snapshots
             WHERE content_item_id = ${contentItemId}
             ORDER BY channel_integration_id, captured_at DESC, id DESC) AS newest`.execute(db);
  return rows[0]!;
}
