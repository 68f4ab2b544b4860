import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { GenerationRuns } from '../../db/types.generated.js';

export function insertGenerationRun(db: Database, values: Insertable<GenerationRuns>) {
  return db.insertInto('generation_runs').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findGenerationRunByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('generation_runs')
    .innerJoin('personas', 'personas.id', 'generation_runs.persona_id')
    .selectAll('generation_runs')
    .where('generation_runs.id', '=', id)
    .where('personas.user_id', '=', userId)
    .executeTakeFirst();
}

export function findGenerationRunById(db: Database, id: string) {
  return db.selectFrom('generation_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findGenerationRunsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('generation_runs').selectAll().where('id', 'in', ids).execute();
}

/** Locks a run and returns it with its owner, for a state change. */
export function lockGenerationRunById(db: Database, id: string) {
  return db
    .selectFrom('generation_runs')
    .innerJoin('personas', 'personas.id', 'generation_runs.persona_id')
    .selectAll('generation_runs')
    .select('personas.user_id as owner_id')
    .where('generation_runs.id', '=', id)
    .forUpdate('generation_runs')
    .executeTakeFirst();
}

export function updateGenerationRunById(db: Database, id: string, values: Updateable<GenerationRuns>) {
  return db.updateTable('generation_runs').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The newest `limit` runs of each persona, in one statement. */
export function findGenerationRunsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('generation_runs')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY created_at DESC, id DESC)`.as('position'))
        .where('persona_id', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

export function sumGenerationUsageByPersonaIds(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('generation_runs')
    .select([
      'persona_id',
      sql<number>`count(*)::int`.as('runs'),
      sql<number>`coalesce(sum(input_tokens), 0)::int`.as('input_tokens'),
      sql<number>`coalesce(sum(output_tokens), 0)::int`.as('output_tokens'),
    ])
    .where('persona_id', 'in', personaIds)
    .groupBy('persona_id')
    .execute();
}

/** Runs (plan ideas, captions, images) a user asked for since `since`. */
export async function countRunsRequestedSince(db: Database, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('generation_runs')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('requested_by', '=', userId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Runs whose worker died mid-run (queued or running for longer than `staleAfter`, an
 * interval such as '1 hour').
 */
export async function findAbandonedRunIds(db: Database, staleAfter: string): Promise<string[]> {
  const rows = await db
    .selectFrom('generation_runs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'running'), eb('started_at', '<', sql<Date>`now() - ${staleAfter}::interval`)]),
        eb.and([eb('state', '=', 'queued'), eb('created_at', '<', sql<Date>`now() - ${staleAfter}::interval`)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.id);
}
