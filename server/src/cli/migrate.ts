import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { createLogger } from '../logger.js';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
try {
  const config = loadConfig();
  const database = await openDatabase({ ...config, RUN_MIGRATIONS: true }, createLogger(config.LOG_LEVEL), 'share');
  await database.close();
  console.log('Database is up to date.');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
