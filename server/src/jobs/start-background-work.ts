import type pg from 'pg';
import type { ContentGenerator } from '../ai/generator.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Channels } from '../channels/channels.js';
import { Publisher } from '../publishing/publisher.js';
import { startMaintenance, startMetricsCollection } from './maintenance.js';
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
 * publisher (scheduled posts) and hourly maintenance (token refresh, abandoned runs, expired trash). Returns how to stop them.
 */
export async function startBackgroundWork(deps: BackgroundDeps): Promise<() => Promise<void>> {
  await migrateJobQueue(deps.pool, deps.logger);
  if (!deps.config.RUN_WORKER) return async () => undefined;
  const runner = await startWorker({
    pool: deps.pool,
    logger: deps.logger,
    concurrency: deps.config.WORKER_CONCURRENCY,
    tasks: taskList(deps),
  });
  const publisher = new Publisher(deps);
  publisher.start();
  const stopMaintenance = startMaintenance(deps);
  const stopCollection = startMetricsCollection(deps, deps.config.ANALYTICS_SWEEP_SECONDS);
  return async () => {
    stopMaintenance();
    stopCollection();
    await publisher.stop();
    await runner.stop();
  };
}
