import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';

// The Postgres server tests and tools create their databases on: TEST_DATABASE_URL or
// DATABASE_URL when set (CI uses the machine's server), otherwise an embedded server with its
// own data directory and port, so it never collides with the app's embedded server.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AdminPostgres {
  /** Connection URL to an existing database on the server, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startAdminPostgres(): Promise<AdminPostgres> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => undefined };
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
  const dataDir = path.join(repoRoot, '.data', 'test');
  const port = Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54330);
  const server = await startEmbeddedPostgres(dataDir, port, logger);
  return { adminUrl: server.url, stop: server.stop };
}

/** Same server as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
