import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './types.generated.js';

// DATE columns stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the
// server's UTC offset.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value) => value);

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  poolSize?: number;
  /** Called for every statement Kysely runs (tests count statements per request with it). */
  onQuery?: (sql: string) => void;
}

export function createDatabase(connectionString: string, options: DatabaseOptions = {}): DatabaseHandle {
  // The app's statements are short and indexed: a parallel plan's worker start-up and a JIT
  // compile cost more than they save (the analytics benchmark measured 60 to 100 ms of
  // overhead on 10 to 15 ms queries), so both are off for these connections.
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, options: '-c max_parallel_workers_per_gather=0 -c jit=off' });
  // A client losing its connection (a restarted Postgres) must not crash the process: the pool
  // drops it, and the query that used it fails and reports on its own.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const { onQuery } = options;
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: onQuery ? (event) => onQuery(event.query.sql) : undefined,
  });
  return { db, pool, destroy: () => db.destroy() };
}
