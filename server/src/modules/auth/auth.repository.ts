import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export function findUserByEmail(db: Database, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function insertUser(db: Database, values: { email: string; password_hash: string }) {
  return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
}

export function insertSession(db: Database, values: { user_id: string; token_hash: Buffer; expires_at: Date }) {
  return db.insertInto('sessions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findActiveSessionByTokenHash(db: Database, tokenHash: Buffer) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'last_used_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function touchSessionById(db: Database, id: string, expiresAt: Date) {
  await db
    .updateTable('sessions')
    .set({ last_used_at: sql`now()`, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function revokeSessionById(db: Database, id: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
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
    .selectFrom('sign_in_attempts')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${key.email})::int`.as('by_pair'),
      sql<number>`count(*)::int`.as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('attempted_at', '>=', since)
    .where('ip', '=', key.ip)
    .executeTakeFirstOrThrow();
  return { byPair: row.by_pair, byIp: row.by_ip };
}

/** Records a sign-up try from `ip` and answers how many it has made since `since`, this one included. */
export async function recordSignUpAttempt(db: Database, ip: string, since: Date): Promise<number> {
  await db.insertInto('sign_up_attempts').values({ ip }).execute();
  const row = await db
    .selectFrom('sign_up_attempts')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('ip', '=', ip)
    .where('attempted_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Attempt records past any window that reads them. */
export async function deleteOldAttempts(db: Database) {
  await db.deleteFrom('sign_in_attempts').where('attempted_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('sign_up_attempts').where('attempted_at', '<', sql<Date>`now() - interval '1 day'`).execute();
}

export async function insertSignInAttempt(
  db: Database,
  values: { email: string; ip: string; succeeded: boolean },
) {
  await db.insertInto('sign_in_attempts').values(values).execute();
}

export function findUserById(db: Database, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUserPasswordById(db: Database, id: string, passwordHash: string) {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** Verified only while the account still has the address the link was sent to. */
export async function markEmailVerified(db: Database, userId: string, email: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ email_verified_at: sql`coalesce(email_verified_at, now())` })
    .where('id', '=', userId)
    .where('email', '=', email)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Revokes the user's live sessions, all or all but one; returns the ids revoked. */
export async function revokeSessionsOfUser(db: Database, userId: string, keepSessionId?: string): Promise<string[]> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}

export async function countActiveSessionsOfUser(db: Database, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirstOrThrow();
  return row.count;
}
