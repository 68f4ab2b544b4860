import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

// The simulated history itself: one row per persona while it has one, which its items, feed
// posts and account readings reference (deleting it deletes them).

export interface SimulatedHistorySummary {
  id: string;
  personaId: string;
  channelIntegrationId: string;
  createdAt: Date;
  /** The history's items still there (one can be deleted on its own). */
  posts: number;
}

export function insertSimulatedHistory(trx: Database, values: { personaId: string; channelId: string }) {
  return trx
    .insertInto('simulatedHistories')
    .values({ personaId: values.personaId, channelIntegrationId: values.channelId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Each persona's history with its post count, in one statement. */
export async function findSimulatedHistoriesByPersonaIds(db: Database, personaIds: readonly string[]): Promise<SimulatedHistorySummary[]> {
  if (!personaIds.length) return [];
  const { rows } = await sql<SimulatedHistorySummary>`
    SELECT h.id, h.persona_id, h.channel_integration_id, h.created_at,
           (SELECT count(*)::int FROM content_items i WHERE i.simulated_history_id = h.id) AS posts
      FROM simulated_histories h
     WHERE h.persona_id = ANY(${personaIds}::uuid[])`.execute(db);
  return rows;
}

export function findSimulatedHistoryOfPersona(db: Database, personaId: string) {
  return db.selectFrom('simulatedHistories').selectAll().where('personaId', '=', personaId).executeTakeFirst();
}

/** The persona's history, locked until the transaction ends (two removals: one waits). */
export function lockSimulatedHistoryOfPersona(trx: Database, personaId: string) {
  return trx.selectFrom('simulatedHistories').selectAll().where('personaId', '=', personaId).forUpdate().executeTakeFirst();
}

/**
 * Deletes the history's items (their jobs, status history, snapshots and latest figures go with
 * them), then the history (its feed posts and account readings go with it). Returns the items'
 * ids, for the events that tell open views.
 */
export async function deleteSimulatedHistory(trx: Database, historyId: string): Promise<string[]> {
  const items = await trx.deleteFrom('contentItems').where('simulatedHistoryId', '=', historyId).returning('id').execute();
  await trx.deleteFrom('simulatedHistories').where('id', '=', historyId).execute();
  return items.map((item) => item.id);
}
