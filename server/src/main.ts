import { createGenerator } from './ai/create-generator.js';
import { createChannels } from './channels/channels.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DataDirError, ensureDataDirWritable } from './data-dir.js';
import { openDatabase } from './db/open-database.js';
import { startHttpServer } from './http/create-server.js';
import { startBackgroundWork } from './jobs/start-background-work.js';
import { createLogger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { startTracing } from './observability/tracing.js';
import { Notifier } from './realtime/notifier.js';
import { createAssetStorage } from './storage/create-storage.js';

// start: config -> database (external or embedded, migrated) -> event listener -> background
// worker (unless RUN_WORKER=false) -> HTTP + graphql-ws on one port.

async function main(config: Config) {
  const logger = createLogger(config.LOG_LEVEL);
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const { name, stop } of stops.reverse()) {
      logger.debug({ step: name }, 'stopping');
      await stop().catch((error: unknown) => logger.error({ err: error, step: name }, 'shutdown step failed'));
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // First, so the database's statements are traced too.
  stops.push({ name: 'tracing', stop: startTracing(config, 'doppelcart-api') });
  await ensureDataDirWritable(config);
  const database = await openDatabase(config, logger);
  stops.push({ name: 'database', stop: database.close });
  const notifier = new Notifier(database.url, logger);
  await notifier.start();
  stops.push({ name: 'event listener', stop: () => notifier.stop() });
  const generator = createGenerator(config);
  const storage = await createAssetStorage(config);
  const channels = await createChannels(config);
  const stopWorker = await startBackgroundWork({ db: database.db, pool: database.pool, config, logger, notifier, generator, channels, storage });
  stops.push({ name: 'background worker', stop: stopWorker });
  const server = await startHttpServer(
    { db: database.db, config, logger, notifier, storage, generator, channels, mailer: createMailer(config, logger) },
    { port: config.PORT, host: config.HOST, webDistDir: config.WEB_DIST_DIR, pool: database.pool },
  );
  stops.push({ name: 'http server', stop: server.close });
  channels.setListeningUrl(server.url);
  logger.info({ url: server.url }, `DoppelCart is running at ${server.url}`);
}

try {
  await main(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof DataDirError ? error.message : error);
  process.exit(1);
}
