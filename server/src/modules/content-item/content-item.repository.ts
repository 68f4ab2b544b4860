import { sql, type Insertable, type SelectQueryBuilder, type Updateable } from 'kysely';
import { snakeCase } from '../../db/column-name.js';
import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import type { ContentItems, DB } from '../../db/types.generated.js';
import type { ContentItemStatus, Platform } from '../shared/domain.js';
import { escapeLike } from '../shared/escape-like.js';
import type { TimeKey, TimeThenCreatedKey } from '../shared/pagination.js';

export type ContentItemInsert = Insertable<ContentItems>;
export type ContentItemUpdate = Updateable<ContentItems>;

export interface ContentItemFilter {
  userId: string;
  personaId?: string;
  planId?: string;
  statuses?: ContentItemStatus[];
  platforms?: Platform[];
  scheduledFrom?: Date;
  scheduledTo?: Date;
  search?: string;
  /** Simulated history items are left out unless this is set. */
  includeSimulated?: boolean;
}

type ItemQuery = SelectQueryBuilder<DB, 'contentItems' | 'personas', object>;

function filtered(db: Database, filter: ContentItemFilter): ItemQuery {
  let query = db
    .selectFrom('contentItems')
    .innerJoin('personas', 'personas.id', 'contentItems.personaId')
    .where('personas.userId', '=', filter.userId);
  if (filter.personaId) query = query.where('contentItems.personaId', '=', filter.personaId);
  if (filter.planId) query = query.where('contentItems.planId', '=', filter.planId);
  if (!filter.includeSimulated) query = query.where('contentItems.simulatedHistoryId', 'is', null);
  if (filter.statuses?.length) query = query.where('contentItems.status', 'in', filter.statuses);
  if (filter.platforms?.length) query = query.where('contentItems.platform', 'in', filter.platforms);
  if (filter.scheduledFrom) query = query.where('contentItems.scheduledAt', '>=', filter.scheduledFrom);
  if (filter.scheduledTo) query = query.where('contentItems.scheduledAt', '<', filter.scheduledTo);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    query = query.where((eb) =>
      eb.or([eb('contentItems.title', 'ilike', pattern), eb('contentItems.caption', 'ilike', pattern)]),
    );
  }
  return query;
}

export function listContentItemsByCreation(db: Database, filter: ContentItemFilter, limit: number, after?: TimeKey) {
  let query = filtered(db, filter).selectAll('contentItems');
  if (after) {
    query = query.where(sql<boolean>`(content_items.created_at, content_items.id) < (${after.time}, ${after.id}::uuid)`);
  }
  return query.orderBy('contentItems.createdAt', 'desc').orderBy('contentItems.id', 'desc').limit(limit).execute();
}

/**
 * Soonest first by scheduled time (the planned time, until an item is scheduled), items without
 * one last; creation order, then ids, break ties, so a page boundary never splits them unstably.
 */
export function listContentItemsBySchedule(db: Database, filter: ContentItemFilter, limit: number, after?: TimeThenCreatedKey) {
  let query = filtered(db, filter).selectAll('contentItems');
  if (after) {
    query = after.time
      ? query.where(
          sql<boolean>`(content_items.scheduled_at IS NULL OR (content_items.scheduled_at, content_items.created_at, content_items.id) > (${after.time}, ${after.created}, ${after.id}::uuid))`,
        )
      : query.where(
          sql<boolean>`(content_items.scheduled_at IS NULL AND (content_items.created_at, content_items.id) > (${after.created}, ${after.id}::uuid))`,
        );
  }
  return query
    .orderBy(sql`content_items.scheduled_at ASC NULLS LAST`)
    .orderBy('contentItems.createdAt', 'asc')
    .orderBy('contentItems.id', 'asc')
    .limit(limit)
    .execute();
}

export async function countContentItems(db: Database, filter: ContentItemFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export function findContentItemByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('contentItems')
    .innerJoin('personas', 'personas.id', 'contentItems.personaId')
    .selectAll('contentItems')
    .where('contentItems.id', '=', id)
    .where('personas.userId', '=', userId)
    .executeTakeFirst();
}

export function findContentItemsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('contentItems').selectAll().where('id', 'in', ids).execute();
}

/**
 * Locks items for a read-check-write (status rules, version checks), in id order so two
 * writers of overlapping sets cannot deadlock, each with its owner's id. `userId` limits them
 * to that owner's items; processes pass none.
 */
export function lockContentItemsByIds(db: Database, ids: readonly string[], userId?: string) {
  let query = db
    .selectFrom('contentItems')
    .innerJoin('personas', 'personas.id', 'contentItems.personaId')
    .selectAll('contentItems')
    .select('personas.userId as ownerId')
    .where('contentItems.id', 'in', ids);
  if (userId) query = query.where('personas.userId', '=', userId);
  return query.orderBy('contentItems.id').forUpdate('contentItems').execute();
}

function rankedItems(db: Database, column: 'personaId' | 'planId', ids: readonly string[], orderSql: string, includeSimulated = true) {
  let query = db
    .selectFrom('contentItems')
    .selectAll()
    .select(sql<number>`row_number() OVER (PARTITION BY ${sql.ref(column)} ORDER BY ${sql.raw(orderSql)})`.as('position'))
    .where(column, 'in', ids);
  if (!includeSimulated) query = query.where('simulatedHistoryId', 'is', null);
  return query.as('ranked');
}

/** The `limit` newest items of each persona, in one statement. */
export function findRecentContentItemsByPersonaIds(db: Database, personaIds: readonly string[], limit: number, includeSimulated: boolean) {
  return db
    .selectFrom(rankedItems(db, 'personaId', personaIds, 'created_at DESC, id DESC', includeSimulated))
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

/**
 * The first `limit` items of each persona still to be published (Idea to Scheduled) that were
 * written for an older brief version than the persona's current one, soonest first, in one
 * statement. Items not written from a brief (no version) are not outdated.
 */
export function findOutdatedItemsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('contentItems')
        .innerJoin('personas', 'personas.id', 'contentItems.personaId')
        .selectAll('contentItems')
        .select(sql<number>`row_number() OVER (PARTITION BY content_items.persona_id ORDER BY content_items.scheduled_at ASC NULLS LAST, content_items.id)`.as('position'))
        .where('contentItems.personaId', 'in', personaIds)
        .where('contentItems.status', 'in', ['idea', 'draft', 'ready', 'scheduled'])
        .where('contentItems.simulatedHistoryId', 'is', null)
        .whereRef('contentItems.briefVersion', '<', 'personas.briefVersion')
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

/** The first `limit` items of each plan, earliest scheduled first, in one statement. */
export function findContentItemsByPlanIds(db: Database, planIds: readonly string[], limit: number) {
  return db
    .selectFrom(rankedItems(db, 'planId', planIds, 'scheduled_at ASC NULLS LAST, id ASC'))
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

export function countContentItemsByStatus(db: Database, column: 'personaId' | 'planId', ids: readonly string[], includeSimulated: boolean) {
  let query = db
    .selectFrom('contentItems')
    .select([sql<string>`${sql.ref(column)}`.as('ownerId'), 'status', sql<number>`count(*)::int`.as('count')])
    .where(column, 'in', ids);
  if (!includeSimulated) query = query.where('simulatedHistoryId', 'is', null);
  return query.groupBy([column, 'status']).execute();
}

export function insertContentItem(db: Database, values: ContentItemInsert) {
  return db.insertInto('contentItems').values(values).returningAll().executeTakeFirstOrThrow();
}

export function insertContentItems(db: Database, values: ContentItemInsert[]) {
  return db.insertInto('contentItems').values(values).returningAll().execute();
}

/**
 * Writes each item's own changes and bumps its version (optimistic concurrency), in one
 * statement however many items and whichever columns: each row's patch travels as JSON, and a
 * column takes the patch's value only where the patch names it.
 */
export async function updateContentItemsByIds(db: Database, patches: ReadonlyArray<{ id: string; values: ContentItemUpdate }>) {
  if (!patches.length) return [];
  // The patches travel as JSON that jsonb_populate_record reads by SQL column name, so their
  // keys are the snake_case names the CamelCasePlugin would have written.
  const snakePatches = patches.map((patch) => JSON.stringify(Object.fromEntries(Object.entries(patch.values).map(([key, value]) => [snakeCase(key), value]))));
  const columns = [...new Set(patches.flatMap((patch) => Object.keys(patch.values)))];
  const assignments = columns.map(
    (column) => sql`${sql.id(column)} = CASE WHEN v.patch ? ${snakeCase(column)} THEN ${sql.ref(`r.${column}`)} ELSE ${sql.ref(`c.${column}`)} END`,
  );
  const { rows } = await sql<ContentItemRow>`
    UPDATE content_items AS c
       SET ${sql.join([...assignments, sql`version = c.version + 1`])}
      FROM unnest(${patches.map((patch) => patch.id)}::uuid[], ${snakePatches}::jsonb[]) AS v(id, patch)
           CROSS JOIN LATERAL jsonb_populate_record(NULL::content_items, v.patch) AS r
     WHERE c.id = v.id
    RETURNING c.*`.execute(db);
  return rows;
}

export async function deleteContentItemById(db: Database, id: string) {
  await db.deleteFrom('contentItems').where('id', '=', id).execute();
}

/** Generated items of a plan that nobody has touched since, locked for replacement. */
export function lockUntouchedItemsOfPlan(db: Database, planId: string) {
  return db.selectFrom('contentItems').selectAll().where('planId', '=', planId).where('untouched', '=', true).forUpdate().execute();
}

/** How many of each plan's items regeneration would replace. */
export async function countUntouchedItemsByPlanIds(db: Database, planIds: readonly string[]) {
  if (!planIds.length) return [];
  return db
    .selectFrom('contentItems')
    .select(['planId', sql<number>`count(*)::int`.as('count')])
    .where('planId', 'in', planIds)
    .where('untouched', '=', true)
    .groupBy('planId')
    .execute();
}

/** Scheduled times already taken by the plan's items that regeneration keeps. */
export async function findKeptItemTimesOfPlan(db: Database, planId: string): Promise<Array<Date | null>> {
  const rows = await db
    .selectFrom('contentItems')
    .select('scheduledAt')
    .where('planId', '=', planId)
    .where('untouched', '=', false)
    .execute();
  return rows.map((row) => row.scheduledAt);
}

export async function deleteContentItemsByIds(db: Database, ids: readonly string[]) {
  if (ids.length) await db.deleteFrom('contentItems').where('id', 'in', ids).execute();
}

/**
 * The times of the persona's posts on `platform` in [from, to) that a regeneration of `planId`
 * keeps: every item outside the plan, and the plan's own edited ones (its untouched ones are replaced).
 */
export async function findTimesHeldOnPlatform(db: Database, personaId: string, platform: Platform, from: Date, to: Date, planId: string) {
  const rows = await db
    .selectFrom('contentItems')
    .select('scheduledAt')
    .where('personaId', '=', personaId)
    .where('platform', '=', platform)
    .where('simulatedHistoryId', 'is', null)
    .where('scheduledAt', '>=', from)
    .where('scheduledAt', '<', to)
    .where((eb) => eb.or([eb('planId', 'is', null), eb('planId', '<>', planId), eb('untouched', '=', false)]))
    .execute();
  return rows.map((row) => row.scheduledAt!);
}

/** The items' media in order, in one statement. */
export function findMediaOfItems(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('contentItemMedia')
    .select(['contentItemId', 'assetId', 'altText'])
    .where('contentItemId', 'in', itemIds)
    .orderBy('contentItemId')
    .orderBy('position')
    .execute();
}

/** What the media rules read of assets (not in the trash), with whose they are. */
export function findMediaAssetsByIds(db: Database, ids: readonly string[]) {
  return db
    .selectFrom('assets')
    .select(['id', 'personaId', 'kind', 'width', 'height', 'durationMs', 'processing'])
    .where('id', 'in', ids)
    .execute();
}

/** Replaces each item's media with the list given (positions from 0). */
export async function replaceMediaOfItems(db: Database, entries: ReadonlyArray<{ itemId: string; media: ReadonlyArray<{ assetId: string; altText: string }> }>) {
  if (!entries.length) return;
  await db.deleteFrom('contentItemMedia').where('contentItemId', 'in', entries.map((entry) => entry.itemId)).execute();
  const rows = entries.flatMap(({ itemId, media }) => media.map((entry, position) => ({ contentItemId: itemId, position, assetId: entry.assetId, altText: entry.altText })));
  if (rows.length) await db.insertInto('contentItemMedia').values(rows).execute();
}

/** The items' media with their assets (those in the trash left out), in order. */
export function findMediaWithAssetsOfItems(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('contentItemMedia')
    .innerJoin('assets', 'assets.id', 'contentItemMedia.assetId')
    .selectAll('assets')
    .select(['contentItemMedia.contentItemId', 'contentItemMedia.position', 'contentItemMedia.altText'])
    .where('contentItemMedia.contentItemId', 'in', itemIds)
    .orderBy('contentItemMedia.contentItemId')
    .orderBy('contentItemMedia.position')
    .execute();
}
