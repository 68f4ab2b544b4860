import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentItemCaptionRevisions } from '../../db/types.generated.js';

export async function insertCaptionRevisions(db: Database, values: Insertable<ContentItemCaptionRevisions>[]) {
  if (values.length) await db.insertInto('contentItemCaptionRevisions').values(values).execute();
}

/** The newest `limit` earlier captions of each item, newest first, in one statement. */
export function findCaptionRevisionsByItemIds(db: Database, itemIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('contentItemCaptionRevisions')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY content_item_id ORDER BY replaced_at DESC, id DESC)`.as('position'))
        .where('contentItemId', 'in', itemIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}
