import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export type AccountTokenPurpose = 'password_reset' | 'email_verification';

export function insertAccountToken(
  db: Database,
  values: { userId: string; purpose: AccountTokenPurpose; tokenHash: Buffer; email: string; expiresAt: Date },
) {
  return db.insertInto('accountTokens').values(values).returning(['id']).executeTakeFirstOrThrow();
}

/**
 * Marks a live token used and returns whose it was, in one statement: two requests with the
 * same link cannot both succeed.
 */
export function consumeAccountToken(db: Database, tokenHash: Buffer, purpose: AccountTokenPurpose) {
  return db
    .updateTable('accountTokens')
    .set({ usedAt: sql`now()` })
    .where('tokenHash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .returning(['userId', 'email'])
    .executeTakeFirst();
}

/** Why a link cannot be used: read only after consuming it failed. */
export function findAccountTokenByHash(db: Database, tokenHash: Buffer, purpose: AccountTokenPurpose) {
  return db
    .selectFrom('accountTokens')
    .select(['usedAt', 'expiresAt'])
    .where('tokenHash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** The user's other outstanding links of this kind stop working (e.g. after a reset). */
export async function expireAccountTokensOfUser(db: Database, userId: string, purpose: AccountTokenPurpose) {
  await db
    .updateTable('accountTokens')
    .set({ usedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .execute();
}

export async function insertEmailRequest(db: Database, values: { purpose: AccountTokenPurpose; email: string; ip: string }) {
  await db.insertInto('emailRequests').values(values).execute();
}

export async function countEmailRequestsSince(db: Database, key: { email: string; ip: string }, since: Date) {
  const row = await db
    .selectFrom('emailRequests')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${key.email})::int`.as('byEmail'),
      sql<number>`count(*) FILTER (WHERE ip = ${key.ip})::int`.as('byIp'),
    ])
    .where('requestedAt', '>=', since)
    .where((eb) => eb.or([eb('email', '=', key.email), eb('ip', '=', key.ip)]))
    .executeTakeFirstOrThrow();
  return { byEmail: row.byEmail, byIp: row.byIp };
}

/** Housekeeping: links a day past expiry and request records older than any window. */
export async function deleteStaleAccountRecords(db: Database) {
  await db.deleteFrom('accountTokens').where('expiresAt', '<', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('emailRequests').where('requestedAt', '<', sql<Date>`now() - interval '1 day'`).execute();
}
