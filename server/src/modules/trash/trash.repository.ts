import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { TimeKey } from '../shared/pagination.js';

// The trash is the rows of content_items/content_plans/assets_with_trash with deleted_at set
// (migrations/0011_trash.sql); the views the rest of the app reads never show them.

export type TrashedKind = 'content_item' | 'content_plan' | 'asset';

export interface TrashedRow {
  kind: TrashedKind;
  id: string;
  title: string;
  personaId: string | null;
  deletedAt: Date;
}

const TRASH_TABLES = {
  content_item: 'contentItemsWithTrash',
  content_plan: 'contentPlansWithTrash',
  asset: 'assetsWithTrash',
} as const;

/** The owner's trashed rows of all three kinds, newest first, after the keyset position. */
export async function findTrashedRowsOfUser(db: Database, userId: string, limit: number, after?: TimeKey): Promise<TrashedRow[]> {
  const position = after ? sql`WHERE (deleted_at, id) < (${after.time}, ${after.id})` : sql``;
  const { rows } = await sql<TrashedRow>`
    SELECT * FROM (
      SELECT 'content_item' AS kind, i.id, coalesce(nullif(i.title, ''), left(i.caption, 80), '') AS title, i.persona_id, i.deleted_at
        FROM content_items_with_trash i JOIN personas p ON p.id = i.persona_id
       WHERE i.deleted_at IS NOT NULL AND p.user_id = ${userId}
      UNION ALL
      SELECT 'content_plan', c.id, c.title, c.persona_id, c.deleted_at
        FROM content_plans_with_trash c JOIN personas p ON p.id = c.persona_id
       WHERE c.deleted_at IS NOT NULL AND p.user_id = ${userId}
      UNION ALL
      SELECT 'asset', a.id, coalesce(nullif(left(a.prompt, 80), ''), ''), a.persona_id, a.deleted_at
        FROM assets_with_trash a
       WHERE a.deleted_at IS NOT NULL AND a.user_id = ${userId}
    ) trashed
    ${position}
    ORDER BY deleted_at DESC, id DESC
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function countTrashedRowsOfUser(db: Database, userId: string): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    SELECT (SELECT count(*) FROM content_items_with_trash i JOIN personas p ON p.id = i.persona_id
             WHERE i.deleted_at IS NOT NULL AND p.user_id = ${userId})
         + (SELECT count(*) FROM content_plans_with_trash c JOIN personas p ON p.id = c.persona_id
             WHERE c.deleted_at IS NOT NULL AND p.user_id = ${userId})
         + (SELECT count(*) FROM assets_with_trash WHERE deleted_at IS NOT NULL AND user_id = ${userId}) AS count`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** Puts a visible row in the trash; false when there is none (already trashed, or gone). */
export async function trashRowById(db: Database, kind: TrashedKind, id: string): Promise<boolean> {
  const result = await db
    .updateTable(TRASH_TABLES[kind])
    .set({ deletedAt: sql`now()` })
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Takes the owner's rows with these ids out of the trash; returns what came back. */
export async function restoreTrashedRowsOfUser(db: Database, userId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  const { rows } = await sql<Pick<TrashedRow, 'kind' | 'id' | 'personaId'>>`
    WITH items AS (
      UPDATE content_items_with_trash i SET deleted_at = NULL
        FROM personas p
       WHERE p.id = i.persona_id AND p.user_id = ${userId} AND i.id = ANY(${ids}::uuid[]) AND i.deleted_at IS NOT NULL
      RETURNING 'content_item'::text AS kind, i.id, i.persona_id
    ), plans AS (
      UPDATE content_plans_with_trash c SET deleted_at = NULL
        FROM personas p
       WHERE p.id = c.persona_id AND p.user_id = ${userId} AND c.id = ANY(${ids}::uuid[]) AND c.deleted_at IS NOT NULL
      RETURNING 'content_plan'::text AS kind, c.id, c.persona_id
    ), restored_assets AS (
      UPDATE assets_with_trash a SET deleted_at = NULL
       WHERE a.user_id = ${userId} AND a.id = ANY(${ids}::uuid[]) AND a.deleted_at IS NOT NULL
      RETURNING 'asset'::text AS kind, a.id, a.persona_id
    )
    SELECT * FROM items UNION ALL SELECT * FROM plans UNION ALL SELECT * FROM restored_assets`.execute(db);
  return rows;
}

export interface PurgedAsset {
  storageKey: string;
  mimeType: string;
}

/**
 * Removes trashed rows for good: those of `userId` with these ids, or (no user) every row
 * trashed before `trashedBefore`. Items go with their history, jobs and figures (cascades);
 * returns the purged assets' files for the caller to delete from storage.
 */
export async function purgeTrashedRows(
  db: Database,
  scope: { userId: string; ids: readonly string[] } | { trashedBefore: Date },
): Promise<{ count: number; assets: PurgedAsset[] }> {
  const chosen = (alias: string, owner: ReturnType<typeof sql>) =>
    'trashedBefore' in scope
      ? sql`${sql.ref(`${alias}.deleted_at`)} < ${scope.trashedBefore}`
      : sql`${sql.ref(`${alias}.id`)} = ANY(${scope.ids}::uuid[]) AND ${owner}`;
  const userId = 'userId' in scope ? scope.userId : null;
  const ownedByPersona = (alias: string) =>
    sql`${sql.ref(`${alias}.persona_id`)} IN (SELECT id FROM personas WHERE user_id = ${userId})`;
  const { rows } = await sql<{ kind: TrashedKind; storageKey: string | null; mimeType: string | null }>`
    WITH items AS (
      DELETE FROM content_items_with_trash i
       WHERE i.deleted_at IS NOT NULL AND ${chosen('i', ownedByPersona('i'))}
      RETURNING 'content_item'::text AS kind, NULL::text AS storage_key, NULL::text AS mime_type
    ), plans AS (
      DELETE FROM content_plans_with_trash c
       WHERE c.deleted_at IS NOT NULL AND ${chosen('c', ownedByPersona('c'))}
      RETURNING 'content_plan'::text AS kind, NULL::text, NULL::text
    ), purged_assets AS (
      DELETE FROM assets_with_trash a
       WHERE a.deleted_at IS NOT NULL AND ${chosen('a', sql`a.user_id = ${userId}`)}
      RETURNING 'asset'::text AS kind, a.storage_key, a.mime_type
    )
    SELECT * FROM items UNION ALL SELECT * FROM plans UNION ALL SELECT * FROM purged_assets`.execute(db);
  const assets = rows.filter((row) => row.kind === 'asset').map((row) => ({ storageKey: row.storageKey!, mimeType: row.mimeType! }));
  return { count: rows.length, assets };
}
