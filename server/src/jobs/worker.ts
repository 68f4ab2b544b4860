import { Logger as WorkerLogger, run, runMigrations, type ParsedCronItem, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from '../logger.js';

export interface WorkerOptions {
  pool: pg.Pool;
  logger: Logger;
  tasks: TaskList;
  cron: ParsedCronItem[];
  concurrency: number;
  /** How often to look for jobs that have come due (new jobs are announced at once). */
  pollMs: number;
}

// graphile-worker is typed against an older @types/pg; the pool is the same pg.Pool at runtime.
type WorkerPool = NonNullable<Parameters<typeof run>[0]['pgPool']>;

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const target = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    logger[target]({ ...scope, ...meta }, message);
  });
}

/** Creates or updates graphile-worker's own schema (it takes its own lock; concurrent starts are safe). */
export async function migrateJobQueue(pool: pg.Pool, logger: Logger): Promise<void> {
  await runMigrations({ pgPool: pool as unknown as WorkerPool, logger: workerLogger(logger) });
}

/**
 * Runs background tasks in this process: jobs are picked up at once through LISTEN, taken
 * with SKIP LOCKED so any number of processes can share the queue, and retried with
 * exponential backoff when a task throws. Jobs due later (the next metrics collection) are
 * found by a poll every `pollMs`; cron items fire once per tick in the whole cluster.
 */
export function startWorker({ pool, logger, tasks, cron, concurrency, pollMs }: WorkerOptions): Promise<Runner> {
  return run({
    pgPool: pool as unknown as WorkerPool,
    taskList: tasks,
    parsedCronItems: cron,
    concurrency,
    noHandleSignals: true,
    pollInterval: pollMs,
    logger: workerLogger(logger),
  });
}
