import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentPlans } from '../../db/types.generated.js';

export type ContentPlanInsert = Insertable<ContentPlans>;
export type ContentPlanUpdate = Updateable<ContentPlans>;

/** The plan if its persona belongs to `userId`. */
export function findContentPlanByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('contentPlans')
    .selectAll('contentPlans')
    .innerJoin('personas', 'personas.id', 'contentPlans.personaId')
    .where('contentPlans.id', '=', id)
    .where('personas.userId', '=', userId)
    .executeTakeFirst();
}

export function findContentPlansByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('contentPlans').selectAll().where('id', 'in', ids).execute();
}

/** The first `limit` plans of each persona, soonest start first, in one statement. */
export function findContentPlansByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('contentPlans')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY start_date, id)`.as('position'))
        .where('personaId', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('startDate')
    .orderBy('id')
    .execute();
}

export function insertContentPlan(db: Database, values: ContentPlanInsert) {
  return db.insertInto('contentPlans').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateContentPlanById(db: Database, id: string, values: ContentPlanUpdate) {
  return db.updateTable('contentPlans').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

