import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGenerator } from '../../src/ai/create-generator.js';
import { createChannels } from '../../src/channels/channels.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { startHttpServer } from '../../src/http/create-server.js';
import { startBackgroundWork } from '../../src/jobs/start-background-work.js';
import { createLogger } from '../../src/logger.js';
import { createMailer } from '../../src/mail/mailer.js';
import { Notifier } from '../../src/realtime/notifier.js';
import { createAssetStorage } from '../../src/storage/create-storage.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestServer {
  url: string;
  database: TestDatabase;
  handle: DatabaseHandle;
  config: Config;
  /** The server's own event listener (its subscriber count shows live subscriptions). */
  notifier: Notifier;
  /** Statements the server has run since the last reset. */
  statements: string[];
  close(): Promise<void>;
}

/** The real HTTP server and background worker, on a random port and a fresh database. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  // Assets and generated keys go to a directory of this server's own.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doppelcart-test-data-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    // Every test signs up from 127.0.0.1; the sign-up limit has tests of its own.
    SIGN_UP_PER_HOUR: '100000',
    ...overrides,
  });
  const statements: string[] = [];
  const handle = createDatabase(database.url, { poolSize: 5, onQuery: (sql) => statements.push(sql) });
  const logger = createLogger(config.LOG_LEVEL);
  const notifier = new Notifier(database.url, logger);
  await notifier.start();
  const generator = createGenerator(config);
  const storage = await createAssetStorage(config);
  const channels = await createChannels(config);
  const stopWorker = await startBackgroundWork({ db: handle.db, pool: handle.pool, config, logger, notifier, generator, channels, storage });
  const server = await startHttpServer(
    { db: handle.db, config, logger, notifier, storage, generator, channels, mailer: createMailer(config, logger) },
    { port: 0, host: '127.0.0.1', webDistDir: config.WEB_DIST_DIR, pool: handle.pool },
  );
  channels.setListeningUrl(server.url);
  return {
    url: server.url,
    database,
    handle,
    config,
    notifier,
    statements,
    close: async () => {
      await server.close();
      await stopWorker();
      await notifier.stop();
      await handle.destroy();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
