import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { GenerationRuns } from '../../db/types.generated.js';

export function insertGenerationRun(db: Database, values: Insertable<GenerationRuns>) {
  return db.insertInto('generationRuns').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findGenerationRunByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('generationRuns')
    .innerJoin('personas', 'personas.id', 'generationRuns.personaId')
    .selectAll('generationRuns')
    .where('generationRuns.id', '=', id)
    .where('personas.userId', '=', userId)
    .executeTakeFirst();
}

export function findGenerationRunById(db: Database, id: string) {
  return db.selectFrom('generationRuns').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findGenerationRunsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('generationRuns').selectAll().where('id', 'in', ids).execute();
}

/** The runs that worked on each item (its caption and image runs) or created it, oldest first, in one statement. */
export function findGenerationRunsOfItems(db: Database, items: ReadonlyArray<{ id: string; generationRunId: string | null }>) {
  const creators = items.flatMap((item) => (item.generationRunId ? [item.generationRunId] : []));
  return db
    .selectFrom('generationRuns')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('contentItemId', 'in', items.map((item) => item.id)),
        ...(creators.length ? [eb('id', 'in', creators)] : []),
      ]),
    )
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Locks a run and returns it with its owner, for a state change. */
export function lockGenerationRunById(db: Database, id: string) {
  return db
    .selectFrom('generationRuns')
    .innerJoin('personas', 'personas.id', 'generationRuns.personaId')
    .selectAll('generationRuns')
    .select('personas.userId as ownerId')
    .where('generationRuns.id', '=', id)
    .forUpdate('generationRuns')
    .executeTakeFirst();
}

export function updateGenerationRunById(db: Database, id: string, values: Updateable<GenerationRuns>) {
  return db.updateTable('generationRuns').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The newest `limit` runs of each persona, in one statement. */
export function findGenerationRunsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('generationRuns')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY created_at DESC, id DESC)`.as('position'))
        .where('personaId', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

export function sumGenerationUsageByPersonaIds(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('generationRuns')
    .select([
      'personaId',
      sql<number>`count(*)::int`.as('runs'),
      sql<number>`coalesce(sum(input_tokens), 0)::int`.as('inputTokens'),
      sql<number>`coalesce(sum(output_tokens), 0)::int`.as('outputTokens'),
    ])
    .where('personaId', 'in', personaIds)
    .groupBy('personaId')
    .execute();
}

/** Runs (plan ideas, captions, images) a user asked for since `since`. */
export async function countRunsRequestedSince(db: Database, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('generationRuns')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('requestedBy', '=', userId)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Runs whose worker died mid-run (queued or running for longer than `staleAfter`, an
 * interval such as '1 hour').
 */
export async function findAbandonedRunIds(db: Database, staleAfter: string): Promise<string[]> {
  const rows = await db
    .selectFrom('generationRuns')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'running'), eb('startedAt', '<', sql<Date>`now() - ${staleAfter}::interval`)]),
        eb.and([eb('state', '=', 'queued'), eb('createdAt', '<', sql<Date>`now() - ${staleAfter}::interval`)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.id);
}
