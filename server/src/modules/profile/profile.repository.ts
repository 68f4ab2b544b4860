import type { Database } from '../../db/database.js';

export async function insertProfile(
  db: Database,
  values: { userId: string; displayName: string; timeZone: string },
) {
  await db.insertInto('profiles').values(values).execute();
}

export function findUsersByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
}

export function findProfilesByUserIds(db: Database, userIds: readonly string[]) {
  return db.selectFrom('profiles').selectAll().where('userId', 'in', userIds).execute();
}

export function updateProfileByUserId(
  db: Database,
  userId: string,
  values: { displayName?: string; timeZone?: string },
) {
  return db
    .updateTable('profiles')
    .set(values)
    .where('userId', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
