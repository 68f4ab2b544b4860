import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export function findAnalyticsByContentItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('analytics_snapshots')
    .selectAll()
    .where('content_item_id', 'in', itemIds)
    .orderBy('captured_at')
    .orderBy('id')
    .execute();
}

/** The newest `limit` snapshots of each persona, in one statement. */
export function findAnalyticsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('analytics_snapshots')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY captured_at DESC, id DESC)`.as('position'))
        .where('persona_id', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}
