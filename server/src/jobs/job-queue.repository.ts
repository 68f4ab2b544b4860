import { sql } from 'kysely';
import type { Database } from '../db/database.js';

// Jobs are rows in graphile-worker's queue, added with its SQL function inside the caller's
// transaction: a job exists exactly when the change that asked for it committed.

export interface JobOptions {
  /** Replaces a pending job with the same key instead of adding a second one. */
  jobKey?: string;
  /** What a second job with the same key does: 'replace' (default) takes its payload and time, 'preserve_run_at' keeps the pending job's time. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  runAt?: Date;
  maxAttempts?: number;
}

export async function enqueueJob(db: Database, task: string, payload: Record<string, unknown>, options: JobOptions = {}) {
  await sql`SELECT graphile_worker.add_job(
    ${task},
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 5}::int,
    job_key => ${options.jobKey ?? null}::text,
    job_key_mode => ${options.jobKeyMode ?? 'replace'}::text
  )`.execute(db);
}
