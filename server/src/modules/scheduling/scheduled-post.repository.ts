import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import type { ScheduledPosts } from '../../db/types.generated.js';
import type { ScheduledPostState } from '../shared/domain.js';

export type ScheduledPostInsert = Insertable<ScheduledPosts>;
export type ScheduledPostUpdate = Updateable<ScheduledPosts>;

export function findScheduledPostsByContentItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduled_posts')
    .selectAll()
    .where('content_item_id', 'in', itemIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findScheduledPostsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('scheduled_posts').selectAll().where('id', 'in', ids).execute();
}

/**
 * The persona and owner of each item, for its posts' events. Reads trashed items too: a post
 * may still be announced (cancelled, say) in the transaction that moves its item to the trash.
 */
export function findItemOwners(db: Database, contentItemIds: readonly string[]) {
  return db
    .selectFrom('content_items_with_trash as i')
    .innerJoin('personas as p', 'p.id', 'i.persona_id')
    .select(['i.id as content_item_id', 'p.id as persona_id', 'p.user_id'])
    .where('i.id', 'in', contentItemIds)
    .execute();
}

/** Locks one post for a change by its owner (reschedule, cancel). */
export function lockScheduledPostById(trx: Database, id: string) {
  return trx.selectFrom('scheduled_posts').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** The post with its item's persona and owner, for permission checks and events. */
export function findPostWithOwner(db: Database, id: string) {
  return db
    .selectFrom('scheduled_posts as s')
    .innerJoin('content_items as i', 'i.id', 's.content_item_id')
    .innerJoin('personas as p', 'p.id', 'i.persona_id')
    .selectAll('s')
    .select(['p.user_id as owner_id', 'p.id as persona_id', 'p.time_zone as persona_time_zone'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** The items' pending or in-flight jobs (at most one each: scheduled_posts_one_active_per_item), locked. */
export function lockActivePostsForItems(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduled_posts')
    .selectAll()
    .where('content_item_id', 'in', itemIds)
    .where('state', 'in', ['pending', 'publishing'])
    .orderBy('id')
    .forUpdate()
    .execute();
}

export function insertScheduledPost(db: Database, values: ScheduledPostInsert) {
  return db.insertInto('scheduled_posts').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateScheduledPost(db: Database, id: string, values: ScheduledPostUpdate) {
  return db.updateTable('scheduled_posts').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Cancels each post with its own reason, in one statement. */
export async function cancelPostRows(db: Database, posts: ReadonlyArray<{ id: string; reason: string }>) {
  if (!posts.length) return [];
  const { rows } = await sql<ScheduledPostRow>`
    UPDATE scheduled_posts AS s
       SET state = 'cancelled', last_error = v.reason, lease_owner = NULL, lease_expires_at = NULL
      FROM unnest(${posts.map((post) => post.id)}::uuid[], ${posts.map((post) => post.reason)}::text[]) AS v(id, reason)
     WHERE s.id = v.id
    RETURNING s.*`.execute(db);
  return rows;
}

/** Moves each pending post to its item's new time, in one statement. */
export async function moveDueTimes(db: Database, posts: ReadonlyArray<{ id: string; at: Date }>) {
  if (!posts.length) return [];
  const { rows } = await sql<ScheduledPostRow>`
    UPDATE scheduled_posts AS s
       SET run_at = v.at, due_at = v.at
      FROM unnest(${posts.map((post) => post.id)}::uuid[], ${posts.map((post) => post.at.toISOString())}::timestamptz[]) AS v(id, at)
     WHERE s.id = v.id
    RETURNING s.*`.execute(db);
  return rows;
}

export function lockPendingPostsOnChannel(db: Database, channelId: string) {
  return db
    .selectFrom('scheduled_posts')
    .selectAll()
    .where('channel_integration_id', '=', channelId)
    .where('state', '=', 'pending')
    .forUpdate()
    .execute();
}

/** Posts on the channel that count against its rolling quota window around `at`. */
export async function countPostsInWindow(db: Database, channelId: string, from: Date, to: Date, excludeItemId: string): Promise<number> {
  const row = await db
    .selectFrom('scheduled_posts')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('channel_integration_id', '=', channelId)
    .where('state', 'in', ['pending', 'publishing'])
    .where('run_at', '>=', from)
    .where('run_at', '<', to)
    .where('content_item_id', '<>', excludeItemId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The calendar: the user's jobs whose time falls in [from, to). */
export function listPostsInRange(
  db: Database,
  args: { userId: string; personaId?: string; from: Date; to: Date; states?: readonly ScheduledPostState[]; includeSimulated: boolean; limit: number },
) {
  let query = db
    .selectFrom('scheduled_posts as s')
    .innerJoin('content_items as i', 'i.id', 's.content_item_id')
    .innerJoin('personas as p', 'p.id', 'i.persona_id')
    .selectAll('s')
    .where('p.user_id', '=', args.userId)
    .where(sql<boolean>`coalesce(s.published_at, s.run_at) >= ${args.from}`)
    .where(sql<boolean>`coalesce(s.published_at, s.run_at) < ${args.to}`);
  if (args.personaId) query = query.where('p.id', '=', args.personaId);
  if (args.states?.length) query = query.where('s.state', 'in', args.states);
  if (!args.includeSimulated) query = query.where('i.simulated_history_id', 'is', null);
  return query.orderBy('s.run_at').orderBy('s.id').limit(args.limit).execute();
}

export function findSandboxPosts(db: Database, personaId: string, limit: number, includeSimulated: boolean) {
  let query = db
    .selectFrom('sandbox_posts as f')
    .innerJoin('channel_integrations as c', 'c.id', 'f.channel_integration_id')
    .selectAll('f')
    .where('c.persona_id', '=', personaId);
  if (!includeSimulated) query = query.where('f.simulated_history_id', 'is', null);
  return query
    .orderBy('f.published_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .execute();
}

/** When the persona's pending and in-flight posts go out, from `from` on (any channel). */
export async function pendingRunTimesForPersona(db: Database, personaId: string, from: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('scheduled_posts as s')
    .innerJoin('content_items as i', 'i.id', 's.content_item_id')
    .select('s.run_at')
    .where('i.persona_id', '=', personaId)
    .where('s.state', 'in', ['pending', 'publishing'])
    .where('s.run_at', '>=', from)
    .execute();
  return rows.map((row) => row.run_at);
}

/** A plan's READY items, by planned time (unplanned last), with what scheduling needs. */
export function findReadyPlanItems(db: Database, planId: string, limit: number) {
  return db
    .selectFrom('content_items')
    .select(['id', 'version', 'scheduled_at'])
    .where('plan_id', '=', planId)
    .where('status', '=', 'ready')
    .orderBy('scheduled_at', (order) => order.asc().nullsLast())
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The times the channels' posts hold in [from, to): pending, going out or out already. */
export function findHeldRunTimes(db: Database, channelIds: readonly string[], from: Date, to: Date) {
  return db
    .selectFrom('scheduled_posts')
    .select(['channel_integration_id', 'run_at'])
    .where('channel_integration_id', 'in', channelIds)
    .where('state', 'in', ['pending', 'publishing', 'published'])
    .where('run_at', '>=', from)
    .where('run_at', '<', to)
    .execute();
}

/**
 * Items whose times a reorder trades, locked in id order (so two reorders cannot deadlock),
 * each with the state of its active post when it has one.
 */
export function lockItemsWithActivePost(trx: Database, itemIds: readonly string[]) {
  return trx
    .selectFrom('content_items as i')
    .leftJoin('scheduled_posts as s', (join) => join.onRef('s.content_item_id', '=', 'i.id').on('s.state', 'in', ['pending', 'publishing']))
    .selectAll('i')
    .select(['s.id as post_id', 's.state as post_state'])
    .where('i.id', 'in', itemIds)
    .orderBy('i.id')
    .forUpdate('i')
    .execute();
}
