import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDatabase, type DatabaseHandle } from './database.js';
import { startEmbeddedPostgres, type EmbeddedMode } from './embedded-postgres.js';
import { migrate } from './migrator.js';

export interface OpenDatabase extends DatabaseHandle {
  /** Where the database is, for connections outside the pool (the event listener). */
  url: string;
  /** Closes the pool, then stops the embedded server if this process started it. */
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. Migrates on open. */
export async function openDatabase(config: Config, logger: Logger, embeddedMode: EmbeddedMode = 'own'): Promise<OpenDatabase> {
  let url = config.DATABASE_URL;
  let stopEmbedded = async (): Promise<void> => undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_POSTGRES_PORT, logger, embeddedMode);
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const handle = createDatabase(url, {
    poolSize: config.DATABASE_POOL_SIZE,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  try {
    if (config.RUN_MIGRATIONS) {
      const applied = await migrate(handle.pool, config.MIGRATIONS_DIR);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    }
  } catch (error) {
    await handle.destroy();
    await stopEmbedded();
    throw error;
  }
  return {
    ...handle,
    url,
    close: async () => {
      await handle.destroy();
      await stopEmbedded();
    },
  };
}
