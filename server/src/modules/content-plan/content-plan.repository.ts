import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentPlans } from '../../db/types.generated.js';

export type ContentPlanInsert = Insertable<ContentPlans>;
export type ContentPlanUpdate = Updateable<ContentPlans>;

/** The plan if its persona belongs to `userId`. */
export function findContentPlanByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('content_plans')
    .selectAll('content_plans')
    .innerJoin('personas', 'personas.id', 'content_plans.persona_id')
    .where('content_plans.id', '=', id)
    .where('personas.user_id', '=', userId)
    .executeTakeFirst();
}

export function findContentPlansByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('content_plans').selectAll().where('id', 'in', ids).execute();
}

/** The first `limit` plans of each persona, soonest start first, in one statement. */
export function findContentPlansByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('content_plans')
        .selectAll()
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY start_date, id)`.as('position'))
        .where('persona_id', 'in', personaIds)
        .as('ranked'),
    )
    .selectAll()
    .where('position', '<=', limit)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}

export function insertContentPlan(db: Database, values: ContentPlanInsert) {
  return db.insertInto('content_plans').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateContentPlanById(db: Database, id: string, values: ContentPlanUpdate) {
  return db.updateTable('content_plans').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

