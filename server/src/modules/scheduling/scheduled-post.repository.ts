import type { Database } from '../../db/database.js';

export function findScheduledPostsByContentItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('scheduled_posts')
    .selectAll()
    .where('content_item_id', 'in', itemIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
