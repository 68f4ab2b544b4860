import { sql, type Updateable, type Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Personas } from '../../db/types.generated.js';
import { escapeLike } from '../shared/escape-like.js';

export type PersonaInsert = Insertable<Personas>;
export type PersonaUpdate = Updateable<Personas>;

export function findPersonaByIdForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('personas')
    .selectAll()
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function findPersonaOwnerId(db: Database, personaId: string): Promise<string> {
  const { userId } = await db.selectFrom('personas').select('userId').where('id', '=', personaId).executeTakeFirstOrThrow();
  return userId;
}

export function findPersonasByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('personas').selectAll().where('id', 'in', ids).execute();
}

/** Newest first, keyset-paginated on (created_at, id); fetches `limit` rows. */
export function listPersonasForUser(
  db: Database,
  userId: string,
  options: { includeArchived: boolean; limit: number; after?: { createdAt: Date; id: string } },
) {
  let query = db.selectFrom('personas').selectAll().where('userId', '=', userId);
  if (!options.includeArchived) query = query.where('archivedAt', 'is', null);
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}, ${id}::uuid)`);
  }
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export function insertPersona(db: Database, values: PersonaInsert) {
  return db.insertInto('personas').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updatePersonaByIdForUser(db: Database, id: string, userId: string, values: PersonaUpdate) {
  return db
    .updateTable('personas')
    .set(values)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

export async function findHandlesStartingWith(db: Database, userId: string, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('personas')
    .select('handle')
    .where('userId', '=', userId)
    .where(sql<boolean>`lower(handle) LIKE ${`${escapeLike(prefix.toLowerCase())}%`}`)
    .execute();
  return rows.map((row) => row.handle);
}
