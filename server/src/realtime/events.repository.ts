import { sql } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/database.js';

// The statements behind live events: NOTIFY on the events channel (delivered when the
// surrounding transaction commits) and LISTEN on the one connection per process that hears them.

export const EVENTS_CHANNEL = 'doppelcart_events';

/** Queues the payloads in one statement, in order. */
export async function notifyEvents(db: Database, payloads: readonly string[]): Promise<void> {
  if (!payloads.length) return;
  await sql`SELECT pg_notify(${EVENTS_CHANNEL}, payload) FROM unnest(${payloads}::text[]) WITH ORDINALITY AS e(payload, n) ORDER BY n`.execute(db);
}

export async function listenForEvents(client: pg.Client): Promise<void> {
  await client.query(`LISTEN ${EVENTS_CHANNEL}`);
}
