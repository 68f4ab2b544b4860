import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export type AccountTokenPurpose = 'password_reset' | 'email_verification';

export function insertAccountToken(
  db: Database,
  values: { user_id: string; purpose: AccountTokenPurpose; token_hash: Buffer; email: string; expires_at: Date },
) {
  return db.insertInto('account_tokens').values(values).returning(['id']).executeTakeFirstOrThrow();
}

/**
 * Marks a live token used and returns whose it was, in one statement: two requests with the
 * same link cannot both succeed.
 */
export function consumeAccountToken(db: Database, tokenHash: Buffer, purpose: AccountTokenPurpose) {
  return db
    .updateTable('account_tokens')
    .set({ used_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id', 'email'])
    .executeTakeFirst();
}

/** Why a link cannot be used: read only after consuming it failed. */
export function findAccountTokenByHash(db: Database, tokenHash: Buffer, purpose: AccountTokenPurpose) {
  return db
    .selectFrom('account_tokens')
    .select(['used_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** The user's other outstanding links of this kind stop working (e.g. after a reset). */
export async function expireAccountTokensOfUser(db: Database, userId: string, purpose: AccountTokenPurpose) {
  await db
    .updateTable('account_tokens')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertEmailRequest(db: Database, values: { purpose: AccountTokenPurpose; email: string; ip: string }) {
  await db.insertInto('email_requests').values(values).execute();
}

export async function countEmailRequestsSince(db: Database, key: { email: string; ip: string }, since: Date) {
  const row = await db
    .selectFrom('email_requests')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${key.email})::int`.as('by_email'),
      sql<number>`count(*) FILTER (WHERE ip = ${key.ip})::int`.as('by_ip'),
    ])
    .where('requested_at', '>=', since)
    .where((eb) => eb.or([eb('email', '=', key.email), eb('ip', '=', key.ip)]))
    .executeTakeFirstOrThrow();
  return { byEmail: row.by_email, byIp: row.by_ip };
}

/** Housekeeping: links a day past expiry and request records older than any window. */
export async function deleteStaleAccountRecords(db: Database) {
  await db.deleteFrom('account_tokens').where('expires_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  await db.deleteFrom('email_requests').where('requested_at', '<', sql<Date>`now() - interval '1 day'`).execute();
}
