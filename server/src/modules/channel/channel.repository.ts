import type { Database } from '../../db/database.js';

export function findChannelIntegrationsByPersonaIds(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('channel_integrations')
    .selectAll()
    .where('persona_id', 'in', personaIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
