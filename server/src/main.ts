import { loadConfig, ConfigError, type Config } from './config.js';
import { createDatabase } from './db/database.js';
import { startEmbeddedPostgres } from './db/embedded-postgres.js';
import { migrate } from './db/migrator.js';
import { startHttpServer } from './http/create-server.js';
import { createLogger } from './logger.js';

// start: config -> database -> migrations -> HTTP + graphql-ws on one port.

async function main(config: Config) {
  const logger = createLogger(config.LOG_LEVEL);
  const stops: Array<() => Promise<void>> = [];
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    for (const stop of stops.reverse()) await stop().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_POSTGRES_PORT, logger);
    stops.push(embedded.stop);
    databaseUrl = embedded.url;
  }
  const database = createDatabase(databaseUrl, { poolSize: config.DATABASE_POOL_SIZE });
  stops.push(database.destroy);
  if (config.RUN_MIGRATIONS) {
    const applied = await migrate(database.pool, config.MIGRATIONS_DIR);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const server = await startHttpServer(
    { db: database.db, config, logger },
    { port: config.PORT, host: config.HOST, webDistDir: config.WEB_DIST_DIR },
  );
  stops.push(server.close);
  logger.info({ url: server.url }, `DoppelCart is running at ${server.url}`);
}

try {
  await main(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('DoppelCart failed to start:', error);
  }
  process.exit(1);
}
