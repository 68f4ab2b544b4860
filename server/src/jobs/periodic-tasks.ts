import { parseCronItems, type Task } from 'graphile-worker';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { collectDueMetrics } from '../modules/analytics/collection.service.js';
import { enqueueJob } from './job-queue.repository.js';
import { runMaintenance, type MaintenanceDeps } from './maintenance.js';

// Periodic work runs as graphile-worker jobs, once in the whole cluster however many worker
// processes there are (not a timer in each): housekeeping on its cron, hourly, and metrics
// collection as a job that queues its successor ANALYTICS_SWEEP_SECONDS later, since cron
// cannot go below a minute and tests collect every second. A job key keeps one pending
// collection at a time.

export const MAINTENANCE_TASK = 'maintenance';
export const COLLECT_METRICS_TASK = 'collect_metrics';

export interface PeriodicDeps extends MaintenanceDeps {
  config: Config;
}

/** Hourly, at a quarter past; no backfill: a missed hour is simply done at the next. */
export const periodicCronItems = parseCronItems([
  { task: MAINTENANCE_TASK, match: '15 * * * *', identifier: MAINTENANCE_TASK, options: { backfillPeriod: 0, maxAttempts: 1 } },
]);

function scheduleCollection(db: Database, runAt: Date, mode: 'replace' | 'preserve_run_at') {
  return enqueueJob(db, COLLECT_METRICS_TASK, {}, { jobKey: COLLECT_METRICS_TASK, jobKeyMode: mode, runAt, maxAttempts: 1 });
}

export function maintenanceTask(deps: PeriodicDeps): Task {
  return async () => {
    await runMaintenance(deps);
    // A collection chain broken by a worker killed mid-collection starts again here.
    await scheduleCollection(deps.db, new Date(), 'preserve_run_at');
  };
}

export function collectMetricsTask(deps: PeriodicDeps): Task {
  return async () => {
    try {
      const collected = await collectDueMetrics(deps);
      if (collected.posts || collected.accounts) deps.logger.info(collected, 'metrics collected');
    } catch (error) {
      deps.logger.warn({ err: error }, 'metrics collection failed');
    } finally {
      await scheduleCollection(deps.db, new Date(Date.now() + deps.config.ANALYTICS_SWEEP_SECONDS * 1000), 'replace');
    }
  };
}

/** A starting worker runs housekeeping and collection at once rather than waiting for their time. */
export async function startPeriodicWork(db: Database): Promise<void> {
  await enqueueJob(db, MAINTENANCE_TASK, {}, { jobKey: `${MAINTENANCE_TASK}:start`, maxAttempts: 1 });
  await scheduleCollection(db, new Date(), 'replace');
}
