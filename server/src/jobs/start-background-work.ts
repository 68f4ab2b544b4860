import type pg from 'pg';
import type { ContentGenerator } from '../ai/generator.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Channels } from '../channels/channels.js';
import { Publisher } from '../publishing/publisher.js';
import { periodicCronItems, startPeriodicWork } from './periodic-tasks.js';
import type { Notifier } from '../realtime/notifier.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import { taskList } from './tasks.js';
import { migrateJobQueue, startWorker } from './worker.js';

export interface BackgroundDeps {
  db: Database;
  pool: pg.Pool;
  config: Config;
  logger: Logger;
  notifier: Notifier;
  generator: ContentGenerator;
  channels: Channels;
  storage: AssetStorage;
}

/**
 * Prepares the job queue (always: the API enqueues jobs even when this process runs none) and
 * starts the background work unless RUN_WORKER=false: the job worker (generation), the
 * publisher (scheduled posts) and the periodic jobs (hourly maintenance: token refresh, abandoned
 * runs, expired trash; metrics collection). Returns how to stop them.
 */
export async function startBackgroundWork(deps: BackgroundDeps): Promise<() => Promise<void>> {
  await migrateJobQueue(deps.pool, deps.logger);
  if (!deps.config.RUN_WORKER) return async () => undefined;
  const runner = await startWorker({
    pool: deps.pool,
    logger: deps.logger,
    concurrency: deps.config.WORKER_CONCURRENCY,
    tasks: taskList(deps),
    cron: periodicCronItems,
    // Often enough for the next metrics collection to start on time, at most every 5 s.
    pollMs: Math.min(5_000, deps.config.ANALYTICS_SWEEP_SECONDS * 1000),
  });
  await startPeriodicWork(deps.db);
  const publisher = new Publisher(deps);
  publisher.start();
  return async () => {
    await publisher.stop();
    await runner.stop();
  };
}
