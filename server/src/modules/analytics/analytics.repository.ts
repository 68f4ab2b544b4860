import { sql, type Selectable } from 'kysely';
import type { AnalyticsSnapshots } from '../../db/types.generated.js';
import type { Database } from '../../db/database.js';

export function findAnalyticsByContentItemIds(db: Database, itemIds: readonly string[]) {
  return db
    .selectFrom('analyticsSnapshots')
    .selectAll()
    .where('contentItemId', 'in', itemIds)
    .orderBy('capturedAt')
    .orderBy('id')
    .execute();
}

/**
 * The newest `limit` snapshots of each persona, in one statement: one index-ordered LIMIT per
 * persona (a window over all of a persona's snapshots would read its whole history).
 */
export async function findAnalyticsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  const { rows } = await sql<Selectable<AnalyticsSnapshots>>`
    SELECT s.* FROM unnest(${[...personaIds]}::uuid[]) AS p(id)
     CROSS JOIN LATERAL (
       SELECT * FROM analytics_snapshots WHERE persona_id = p.id ORDER BY captured_at DESC, id DESC LIMIT ${limit}) AS s
     ORDER BY s.persona_id, s.captured_at DESC, s.id DESC`.execute(db);
  return rows;
}
