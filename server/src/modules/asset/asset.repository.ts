import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Assets } from '../../db/types.generated.js';
import type { TimeKey } from '../shared/pagination.js';

export function findAssetsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('assets').selectAll().where('id', 'in', ids).execute();
}

export function insertAsset(db: Database, values: Insertable<Assets>) {
  return db.insertInto('assets').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findAssetByIdForUser(db: Database, id: string, userId: string) {
  return db.selectFrom('assets').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
}

/** The user's assets, newest first, optionally of one persona; keyset-paginated. */
export function listAssetsForUser(
  db: Database,
  userId: string,
  options: { personaId?: string; limit: number; after?: TimeKey },
) {
  let query = db.selectFrom('assets').selectAll().where('userId', '=', userId);
  if (options.personaId) query = query.where('personaId', '=', options.personaId);
  if (options.after?.time) {
    query = query.where(sql<boolean>`(created_at, id) < (${options.after.time}, ${options.after.id}::uuid)`);
  }
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

/**
 * Items showing each asset anywhere in their media (a carousel's later slide too) or as a
 * Reel's cover, in one statement (the asset library's "used by"); `usedAssetId` says which.
 */
export function findContentItemsByAssetIds(db: Database, assetIds: readonly string[]) {
  return db
    .selectFrom('contentItems as i')
    .innerJoin(
      (query) =>
        query
          .selectFrom('contentItemMedia')
          .select(['contentItemId as itemId', 'assetId as usedAssetId'])
          .where('assetId', 'in', assetIds)
          .union((union) => union.selectFrom('contentItems').select(['id as itemId', 'coverAssetId as usedAssetId']).where('coverAssetId', 'in', assetIds))
          .as('u'),
      (join) => join.onRef('u.itemId', '=', 'i.id'),
    )
    .selectAll('i')
    .select('u.usedAssetId')
    .orderBy('i.createdAt', 'desc')
    .execute();
}

