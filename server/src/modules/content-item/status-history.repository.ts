import type { Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentItemStatusChanges } from '../../db/types.generated.js';

export function insertStatusChanges(db: Database, values: Insertable<ContentItemStatusChanges>[]) {
  return db.insertInto('content_item_status_changes').values(values).returningAll().execute();
}

export function findStatusChangesByItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('content_item_status_changes')
    .selectAll()
    .where('content_item_id', 'in', itemIds)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

export function findStatusChangesByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('content_item_status_changes').selectAll().where('id', 'in', ids).execute();
}
