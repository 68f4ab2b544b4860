import { createGenerator } from './ai/create-generator.js';
import { createChannels } from './channels/channels.js';
import { createAssetStorage } from './storage/create-storage.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DataDirError, ensureDataDirWritable } from './data-dir.js';
import { openDatabase } from './db/open-database.js';
import { startBackgroundWork } from './jobs/start-background-work.js';
import { createLogger } from './logger.js';
import { startTracing } from './observability/tracing.js';
import { Notifier } from './realtime/notifier.js';

// A worker-only process for scaling out: the same background tasks as the app, against the
// same database (DATABASE_URL required), without serving HTTP. Run as many as needed; jobs
// are taken with SKIP LOCKED, so each runs once.

async function main(config: Config) {
  if (!config.DATABASE_URL) throw new ConfigError(['DATABASE_URL: a worker process needs the shared database']);
  const logger = createLogger(config.LOG_LEVEL);
  const stopTracing = startTracing(config, 'doppelcart-worker');
  await ensureDataDirWritable(config);
  const database = await openDatabase({ ...config, RUN_MIGRATIONS: false }, logger);
  const notifier = new Notifier(database.url, logger);
  await notifier.start();
  const stopWorker = await startBackgroundWork({
    db: database.db,
    pool: database.pool,
    config: { ...config, RUN_WORKER: true },
    logger,
    notifier,
    generator: createGenerator(config),
    channels: await createChannels(config),
    storage: await createAssetStorage(config),
  });
  logger.info({ concurrency: config.WORKER_CONCURRENCY }, 'DoppelCart worker running');
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'worker shutting down');
    await stopWorker();
    await notifier.stop();
    await database.close();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

try {
  await main(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof DataDirError ? error.message : error);
  process.exit(1);
}
