import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export function findUserByEmail(db: Database, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function insertUser(db: Database, values: { email: string; passwordHash: string }) {
  return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
}

export function insertSession(db: Database, values: { userId: string; tokenHash: Buffer; expiresAt: Date }) {
  return db.insertInto('sessions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findActiveSessionByTokenHash(db: Database, tokenHash: Buffer) {
  return db
    .selectFrom('sessions')
    .select(['id', 'userId', 'lastUsedAt', 'expiresAt'])
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function touchSessionById(db: Database, id: string, expiresAt: Date) {
  await db
    .updateTable('sessions')
    .set({ lastUsedAt: sql`now()`, expiresAt: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function revokeSessionById(db: Database, id: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Failed sign-ins since `since`: for this address from this client, and from this client in all. */
export async function countSignInFailuresSince(
  db: Database,
  key: { email: string; ip: string },
  since: Date,
): Promise<{ byPair: number; byIp: number }> {
  const row = await db
    .selectFrom('signInAttempts')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${key.email})::int`.as('byPair'),
      sql<number>`count(*)::int`.as('byIp'),
    ])
    .where('succeeded', '=', false)
    .where('attemptedAt', '>=', since)
    .where('ip', '=', key.ip)
    .executeTakeFirstOrThrow();
  return { byPair: row.byPair, byIp: row.byIp };
}

/** Records a sign-up try from `ip` and answers how many it has made since `since`, this one included. */
export async function recordSignUpAttempt(db: Database, ip: string, since: Date): Promise<number> {
  await db.insertInto('signUpAttempts').values({ ip }).execute();
  const row = await db
    .selectFrom('signUpAttempts')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('ip', '=', ip)
    .where('attemptedAt', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Attempt records past any window that reads them. */
export async function deleteOldAttempts(db: Database) {
  await db.deleteFrom('signInAttempts').where('attemptedAt', '<', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('signUpAttempts').where('attemptedAt', '<', sql<Date>`now() - interval '1 day'`).execute();
}

export async function insertSignInAttempt(
  db: Database,
  values: { email: string; ip: string; succeeded: boolean },
) {
  await db.insertInto('signInAttempts').values(values).execute();
}

export function findUserById(db: Database, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUserPasswordById(db: Database, id: string, passwordHash: string) {
  await db.updateTable('users').set({ passwordHash: passwordHash }).where('id', '=', id).execute();
}

/** Verified only while the account still has the address the link was sent to. */
export async function markEmailVerified(db: Database, userId: string, email: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ emailVerifiedAt: sql`coalesce(email_verified_at, now())` })
    .where('id', '=', userId)
    .where('email', '=', email)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Revokes the user's live sessions, all or all but one; returns the ids revoked. */
export async function revokeSessionsOfUser(db: Database, userId: string, keepSessionId?: string): Promise<string[]> {
  let query = db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}

export async function countActiveSessionsOfUser(db: Database, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirstOrThrow();
  return row.count;
}
