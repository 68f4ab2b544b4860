import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { recordQuerySpan, tracingEnabled } from '../observability/tracing.js';
import { columnNamePlugin } from './column-name.js';
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
  /** Longest wait for a connection, new or from a full pool. */
  connectTimeoutMs?: number;
  /** Longest a statement may run; 0 for none. The client gives up half a second later. */
  statementTimeoutMs?: number;
  /** Longest a transaction may sit idle holding its locks; 0 for none. */
  idleInTransactionTimeoutMs?: number;
  /** Called for every statement Kysely runs (tests count statements per request with it). */
  onQuery?: (sql: string) => void;
}

/** How much longer than statement_timeout the client waits for a server that does not answer. */
const CLIENT_GRACE_MS = 500;

/**
 * pg rejects a query whose answer did not come within query_timeout but keeps the connection
 * waiting for that answer, so the next query on it would hang behind the first. Such a
 * connection is closed instead: the pool drops it and opens a fresh one when it is needed.
 */
function closeAfterReadTimeout(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === 'Query read timeout') {
          (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
      });
    }
    return result;
  };
}

export function createDatabase(connectionString: string, options: DatabaseOptions = {}): DatabaseHandle {
  // The app's statements are short and indexed: a parallel plan's worker start-up and a JIT
  // compile cost more than they save (the analytics benchmark measured 60 to 100 ms of
  // overhead on 10 to 15 ms queries), so both are off for these connections.
  //
  // A database that stops answering (frozen, partitioned) must give fast, clean errors, not
  // hang requests: PostgreSQL ends a statement after statement_timeout, and when the server
  // itself does not answer, the client gives up half a second later (query_timeout).
  const statementTimeoutMs = options.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 0,
    query_timeout: statementTimeoutMs ? statementTimeoutMs + CLIENT_GRACE_MS : undefined,
    options: [
      '-c max_parallel_workers_per_gather=0 -c jit=off',
      `-c statement_timeout=${statementTimeoutMs}`,
      `-c idle_in_transaction_session_timeout=${options.idleInTransactionTimeoutMs ?? 0}`,
    ].join(' '),
  });
  // A client losing its connection (a restarted Postgres) must not crash the process: the pool
  // drops it, and the query that used it fails and reports on its own.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    closeAfterReadTimeout(client);
  });
  const { onQuery } = options;
  const tracing = tracingEnabled();
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    // Columns are snake_case in SQL and camelCase in TypeScript (db:types generates them so),
    // which lets rows reach GraphQL without renaming resolvers. JSON columns keep their keys.
    plugins: [columnNamePlugin],
    log:
      onQuery || tracing
        ? (event) => {
            onQuery?.(event.query.sql);
            if (tracing) recordQuerySpan(event.query.sql, event.queryDurationMillis, event.level === 'error' ? event.error : undefined);
          }
        : undefined,
  });
  return { db, pool, destroy: () => db.destroy() };
}
