import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { PersonaBriefVersions } from '../../db/types.generated.js';

export type BriefVersionInsert = Insertable<PersonaBriefVersions>;

export function insertBriefVersion(db: Database, values: BriefVersionInsert) {
  return db.insertInto('personaBriefVersions').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Newest first. */
export function listBriefVersions(db: Database, personaId: string, limit: number) {
  return db
    .selectFrom('personaBriefVersions')
    .selectAll()
    .where('personaId', '=', personaId)
    .orderBy('version', 'desc')
    .limit(limit)
    .execute();
}

export function findBriefVersion(db: Database, personaId: string, version: number) {
  return db
    .selectFrom('personaBriefVersions')
    .selectAll()
    .where('personaId', '=', personaId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The `limit` newest kept versions of each persona, in one statement. */
export function findBriefVersionsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('personaBriefVersions')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY version DESC)`.as('position'))
        .where('personaId', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}
