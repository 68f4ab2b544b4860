import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import type { ScheduledPosts } from '../../db/types.generated.js';
import type { ScheduledPostState } from '../shared/domain.js';

export type ScheduledPostInsert = Insertable<ScheduledPosts>;
export type ScheduledPostUpdate = Updateable<ScheduledPosts>;

export function findScheduledPostsByContentItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduledPosts')
    .selectAll()
    .where('contentItemId', 'in', itemIds)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findScheduledPostsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('scheduledPosts').selectAll().where('id', 'in', ids).execute();
}

/**
 * The persona and owner of each item, for its posts' events. Reads trashed items too: a post
 * may still be announced (cancelled, say) in the transaction that moves its item to the trash.
 */
export function findItemOwners(db: Database, contentItemIds: readonly string[]) {
  return db
    .selectFrom('contentItemsWithTrash as i')
    .innerJoin('personas as p', 'p.id', 'i.personaId')
    .select(['i.id as contentItemId', 'p.id as personaId', 'p.userId'])
    .where('i.id', 'in', contentItemIds)
    .execute();
}

/** Locks one post for a change by its owner (reschedule, cancel). */
export function lockScheduledPostById(trx: Database, id: string) {
  return trx.selectFrom('scheduledPosts').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** The post with its item's persona and owner, for permission checks and events. */
export function findPostWithOwner(db: Database, id: string) {
  return db
    .selectFrom('scheduledPosts as s')
    .innerJoin('contentItems as i', 'i.id', 's.contentItemId')
    .innerJoin('personas as p', 'p.id', 'i.personaId')
    .selectAll('s')
    .select(['p.userId as ownerId', 'p.id as personaId', 'p.timeZone as personaTimeZone'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** The items' pending or in-flight jobs (at most one per channel: scheduled_posts_one_active_per_channel), locked. */
export function lockActivePostsForItems(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduledPosts')
    .selectAll()
    .where('contentItemId', 'in', itemIds)
    .where('state', 'in', ['pending', 'publishing'])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Inserts posts and returns them in the order given. */
export async function insertScheduledPosts(db: Database, values: readonly ScheduledPostInsert[]) {
  const rows = await db.insertInto('scheduledPosts').values([...values]).returningAll().execute();
  return values.map((value) => rows.find((row) => row.channelIntegrationId === value.channelIntegrationId && row.contentItemId === value.contentItemId)!);
}

export function updateScheduledPost(db: Database, id: string, values: ScheduledPostUpdate) {
  return db.updateTable('scheduledPosts').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
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
    .selectFrom('scheduledPosts')
    .selectAll()
    .where('channelIntegrationId', '=', channelId)
    .where('state', '=', 'pending')
    .forUpdate()
    .execute();
}

/** Posts on the channel that count against its rolling quota window around `at`. */
export async function countPostsInWindow(db: Database, channelId: string, from: Date, to: Date, excludeItemId: string): Promise<number> {
  const row = await db
    .selectFrom('scheduledPosts')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('channelIntegrationId', '=', channelId)
    .where('state', 'in', ['pending', 'publishing'])
    .where('runAt', '>=', from)
    .where('runAt', '<', to)
    .where('contentItemId', '<>', excludeItemId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The calendar: the user's jobs whose time falls in [from, to). */
export function listPostsInRange(
  db: Database,
  args: { userId: string; personaId?: string; from: Date; to: Date; states?: readonly ScheduledPostState[]; includeSimulated: boolean; limit: number },
) {
  let query = db
    .selectFrom('scheduledPosts as s')
    .innerJoin('contentItems as i', 'i.id', 's.contentItemId')
    .innerJoin('personas as p', 'p.id', 'i.personaId')
    .selectAll('s')
    .where('p.userId', '=', args.userId)
    .where(sql<boolean>`coalesce(s.published_at, s.run_at) >= ${args.from}`)
    .where(sql<boolean>`coalesce(s.published_at, s.run_at) < ${args.to}`);
  if (args.personaId) query = query.where('p.id', '=', args.personaId);
  if (args.states?.length) query = query.where('s.state', 'in', args.states);
  if (!args.includeSimulated) query = query.where('i.simulatedHistoryId', 'is', null);
  return query.orderBy('s.runAt').orderBy('s.id').limit(args.limit).execute();
}

export function findSandboxPosts(db: Database, personaId: string, limit: number, includeSimulated: boolean) {
  let query = db
    .selectFrom('sandboxPosts as f')
    .innerJoin('channelIntegrations as c', 'c.id', 'f.channelIntegrationId')
    .selectAll('f')
    .where('c.personaId', '=', personaId)
    // Stories are gone a day after they went out.
    .where((where) => where.or([where('f.expiresAt', 'is', null), where('f.expiresAt', '>', new Date())]));
  if (!includeSimulated) query = query.where('f.simulatedHistoryId', 'is', null);
  return query
    .orderBy('f.publishedAt', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .execute();
}

/** When the persona's pending and in-flight posts go out, from `from` on (any channel). */
export async function pendingRunTimesForPersona(db: Database, personaId: string, from: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('scheduledPosts as s')
    .innerJoin('contentItems as i', 'i.id', 's.contentItemId')
    .select('s.runAt')
    .where('i.personaId', '=', personaId)
    .where('s.state', 'in', ['pending', 'publishing'])
    .where('s.runAt', '>=', from)
    .execute();
  return rows.map((row) => row.runAt);
}

/** A plan's READY items, by planned time (unplanned last), with what scheduling needs. */
export function findReadyPlanItems(db: Database, planId: string, limit: number) {
  return db
    .selectFrom('contentItems')
    .select(['id', 'version', 'scheduledAt'])
    .where('planId', '=', planId)
    .where('status', '=', 'ready')
    .orderBy('scheduledAt', (order) => order.asc().nullsLast())
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The times the channels' posts hold in [from, to): pending, going out or out already. */
export function findHeldRunTimes(db: Database, channelIds: readonly string[], from: Date, to: Date) {
  return db
    .selectFrom('scheduledPosts')
    .select(['channelIntegrationId', 'runAt'])
    .where('channelIntegrationId', 'in', channelIds)
    .where('state', 'in', ['pending', 'publishing', 'published'])
    .where('runAt', '>=', from)
    .where('runAt', '<', to)
    .execute();
}

/**
 * Items whose times a reorder trades, locked in id order (so two reorders cannot deadlock),
 * each saying whether one of its posts is being published.
 */
export function lockItemsWithActivePost(trx: Database, itemIds: readonly string[]) {
  return trx
    .selectFrom('contentItems as i')
    .selectAll('i')
    .select((eb) =>
      eb
        .exists(eb.selectFrom('scheduledPosts as s').select('s.id').whereRef('s.contentItemId', '=', 'i.id').where('s.state', '=', 'publishing'))
        .as('beingPublished'),
    )
    .where('i.id', 'in', itemIds)
    .orderBy('i.id')
    .forUpdate('i')
    .execute();
}

/**
 * Each item's current posts (those no later post replaced), one per channel, with the
 * channel's name: what the item's status follows (cross-post-status.ts).
 */
export function findCurrentPostsOfItems(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduledPosts as s')
    .innerJoin('channelIntegrations as c', 'c.id', 's.channelIntegrationId')
    .select(['s.contentItemId', 's.id', 's.state', 's.publishedAt', 's.lastError', 's.runAt', 'c.platform', 'c.accountName'])
    .where('s.contentItemId', 'in', itemIds)
    .where('s.superseded', '=', false)
    .orderBy('s.createdAt')
    .orderBy('s.id')
    .execute();
}

/**
 * Marks the item's earlier posts as replaced by the ones being scheduled: on `channelIds`
 * only (a retry, or a channel added), or all of them (a fresh round from READY).
 */
export async function supersedePosts(trx: Database, itemId: string, channelIds: readonly string[] | 'all') {
  let query = trx.updateTable('scheduledPosts').set({ superseded: true }).where('contentItemId', '=', itemId).where('superseded', '=', false);
  if (channelIds !== 'all') query = query.where('channelIntegrationId', 'in', channelIds);
  await query.execute();
}
