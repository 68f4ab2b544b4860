import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import type { ScheduledPostUpdate } from '../modules/scheduling/scheduled-post.repository.js';

// Posts are their own durable jobs. A worker claims due posts with a lease (SKIP LOCKED, so
// workers never wait on each other or take the same post), and every later write checks it
// still holds the lease. A lease that runs out means its worker died or stalled; the next
// claim takes the post again and recovers from the steps recorded on the row.

/**
 * Claims up to `limit` posts on `platforms` that are due, or whose worker's lease ran out. Each claim gets a
 * lease of its own (the worker's name plus a fresh id): a worker that stalled past its lease
 * and then took the same post again must not be able to write with its old claim.
 */
export async function claimDuePosts(
  db: Database,
  owner: string,
  leaseSeconds: number,
  limit: number,
  platforms: readonly string[],
): Promise<ScheduledPostRow[]> {
  if (!platforms.length) return [];
  // Two index-ordered parts (due pending posts, expired leases) rather than one OR, which
  // would make Postgres read and sort every pending row on each claim.
  const { rows } = await sql<ScheduledPostRow>`
    WITH due AS (
      SELECT s.id FROM scheduled_posts s JOIN channel_integrations c ON c.id = s.channel_integration_id
       WHERE s.state = 'pending' AND s.due_at <= now() AND c.platform = ANY(${platforms})
       ORDER BY s.due_at LIMIT ${limit} FOR UPDATE OF s SKIP LOCKED),
    abandoned AS (
      SELECT s.id FROM scheduled_posts s JOIN channel_integrations c ON c.id = s.channel_integration_id
       WHERE s.state = 'publishing' AND s.lease_expires_at < now() AND c.platform = ANY(${platforms})
       ORDER BY s.lease_expires_at LIMIT ${limit} FOR UPDATE OF s SKIP LOCKED)
    UPDATE scheduled_posts AS s
       SET state = 'publishing',
           lease_owner = ${owner} || '/' || gen_random_uuid(),
           lease_expires_at = now() + make_interval(secs => ${leaseSeconds}),
           attempts = s.attempts + 1,
           started_at = coalesce(s.started_at, now())
     WHERE s.id IN (SELECT id FROM (SELECT id FROM abandoned UNION ALL SELECT id FROM due) AS taken LIMIT ${limit})
    RETURNING s.*`.execute(db);
  return rows;
}

/** When a worker should next look: the earliest pending due time or lease expiry. */
export async function nextWakeTime(db: Database): Promise<Date | null> {
  const { rows } = await sql<{ at: Date | null }>`
    SELECT least(
      (SELECT min(due_at) FROM scheduled_posts WHERE state = 'pending'),
      (SELECT min(lease_expires_at) FROM scheduled_posts WHERE state = 'publishing')) AS at`.execute(db);
  return rows[0]?.at ?? null;
}

/**
 * Writes to a claimed post only while this worker holds it, extending the lease. Undefined
 * means the lease was lost (another worker took the post over): stop touching it.
 */
export async function whileHeld(db: Database, postId: string, owner: string, leaseSeconds: number, values: ScheduledPostUpdate = {}) {
  return db
    .updateTable('scheduledPosts')
    .set({ ...values, leaseExpiresAt: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where('id', '=', postId)
    .where('state', '=', 'publishing')
    .where('leaseOwner', '=', owner)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The heartbeat: extends the lease of every post this worker still holds. Leases stay short
 * (seconds), so a worker that dies (kill -9, a lost machine) lets go of its posts within one
 * lease, while one that is alive keeps them however long a platform takes to answer.
 */
export async function renewLeases(db: Database, owner: string, leaseSeconds: number): Promise<number> {
  const result = await db
    .updateTable('scheduledPosts')
    .set({ leaseExpiresAt: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where('state', '=', 'publishing')
    .where(sql<boolean>`starts_with(lease_owner, ${`${owner}/`})`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Locks a claimed post for its final write, if this worker still holds it. */
export function lockHeld(trx: Database, postId: string, owner: string) {
  return trx
    .selectFrom('scheduledPosts')
    .selectAll()
    .where('id', '=', postId)
    .where('state', '=', 'publishing')
    .where('leaseOwner', '=', owner)
    .forUpdate()
    .executeTakeFirst();
}
