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

export async function countSignInFailuresSince(
  db: Database,
  key: { email: string; ip: string },
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const row = await db
    .selectFrom('sign_in_attempts')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${key.email})::int`.as('by_email'),
      sql<number>`count(*) FILTER (WHERE ip = ${key.ip})::int`.as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('attempted_at', '>=', since)
    .where((eb) => eb.or([eb('email', '=', key.email), eb('ip', '=', key.ip)]))
    .executeTakeFirstOrThrow();
  return { byEmail: row.by_email, byIp: row.by_ip };
}

export async function insertSignInAttempt(
  db: Database,
  values: { email: string; ip: string; succeeded: boolean },
) {
  await db.insertInto('sign_in_attempts').values(values).execute();
}
