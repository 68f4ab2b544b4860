import type { Database } from '../../db/database.js';

export async function insertProfile(
  db: Database,
  values: { user_id: string; display_name: string; time_zone: string },
) {
  await db.insertInto('profiles').values(values).execute();
}

export function findUsersByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
}

export function findProfilesByUserIds(db: Database, userIds: readonly string[]) {
  return db.selectFrom('profiles').selectAll().where('user_id', 'in', userIds).execute();
}

export function updateProfileByUserId(
  db: Database,
  userId: string,
  values: { display_name?: string; time_zone?: string },
) {
  return db
    .updateTable('profiles')
    .set(values)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
