import { sql } from 'kysely';
import type { Database } from './database.js';

/** One round trip to the database, for the readiness check. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
