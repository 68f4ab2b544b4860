import type { Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentItemStatusChanges } from '../../db/types.generated.js';

export function insertStatusChanges(db: Database, values: Insertable<ContentItemStatusChanges>[]) {
  return db.insertInto('contentItemStatusChanges').values(values).returningAll().execute();
}

export function findStatusChangesByItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('contentItemStatusChanges')
    .selectAll()
    .where('contentItemId', 'in', itemIds)
    .orderBy('changedAt')
    .orderBy('id')
    .execute();
}

export function findStatusChangesByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('contentItemStatusChanges').selectAll().where('id', 'in', ids).execute();
}
