import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/** Read at each scrape: how late the oldest due post is, posts by state, the last hour's outcomes, and queued jobs. */
export async function readOperationalFigures(db: Database) {
  const { rows } = await sql<{
    publishLagSeconds: number | null;
    pending: number;
    publishing: number;
    publishedLastHour: number;
    failedLastHour: number;
    jobsWaiting: number;
  }>`
    SELECT
      (SELECT extract(epoch FROM now() - min(due_at))::float8 FROM scheduled_posts WHERE state = 'pending' AND due_at <= now()) AS publish_lag_seconds,
      (SELECT count(*)::int FROM scheduled_posts WHERE state = 'pending') AS pending,
      (SELECT count(*)::int FROM scheduled_posts WHERE state = 'publishing') AS publishing,
      (SELECT count(*)::int FROM scheduled_posts WHERE state = 'published' AND published_at > now() - interval '1 hour') AS published_last_hour,
      (SELECT count(*)::int FROM scheduled_posts WHERE state = 'failed' AND updated_at > now() - interval '1 hour') AS failed_last_hour,
      (SELECT count(*)::int FROM graphile_worker.jobs WHERE locked_at IS NULL AND run_at <= now()) AS jobs_waiting`.execute(db);
  return rows[0]!;
}
