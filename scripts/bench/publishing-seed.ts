import path from 'node:path';
import type pg from 'pg';
import { appEnv, onCleanup, repoRoot, sleep, spawnNode, type NodeChild } from './common.js';

// Seed data and the worker process shared by the publishing benches.

export const WORKER_SCRIPT = path.resolve(repoRoot, 'server/dist/worker-main.js');

/** A worker as deployed (default lease and sweep), resolved once it says it is running. */
export async function startDeployedWorker(databaseUrl: string, dataDir: string): Promise<NodeChild> {
  const worker = spawnNode([WORKER_SCRIPT], appEnv(databaseUrl, { DATA_DIR: dataDir, LOG_LEVEL: 'info' }), 10_000);
  onCleanup(() => worker.stop());
  const deadline = Date.now() + 30_000;
  while (!worker.output().includes('DoppelCart worker running')) {
    if (worker.child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${worker.output()}`);
    await sleep(50);
  }
  return worker;
}

const EVENTS_CHANNEL = 'doppelcart_events';
const CAPTION = 'Golden hour on the pier, three ways to wear the linen set.\n\n#summer #linen';

/**
 * `count` SCHEDULED Sandbox items with their pending posts, the first due at `firstDue`, the
 * rest `spacingMs` apart; one transaction that also queues the post_updated event per post the
 * scheduler would have sent (publishers re-arm their timers from it). Then VACUUM ANALYZE, as
 * autovacuum would eventually (it may be off on the bench server, see the machine line).
 */
export async function seedSandboxPosts(
  scene: { pool: pg.Pool; personaId: string; userId: string; channelId: string },
  count: number,
  firstDue: Date,
  spacingMs: number,
) {
  await seedInTransaction(scene, async (client) => {
    await client.query(
      `WITH items AS (
         INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at)
         SELECT $1, 'Bench post ' || g, $2, 'sandbox', 'scheduled',
                $3::timestamptz + (g - 1) * $4::double precision * interval '1 millisecond'
           FROM generate_series(1, $5::int) AS g
         RETURNING id, scheduled_at
       ), history AS (
         INSERT INTO content_item_status_changes (content_item_id, from_status, to_status, actor_user_id)
         SELECT id, NULL, 'scheduled', $6 FROM items
       )
       INSERT INTO scheduled_posts (content_item_id, channel_integration_id, run_at, due_at)
       SELECT id, $7, scheduled_at, scheduled_at FROM items`,
      [scene.personaId, CAPTION, firstDue, spacingMs, count, scene.userId, scene.channelId],
    );
  });
  await scene.pool.query('VACUUM ANALYZE content_items_with_trash, content_item_status_changes, scheduled_posts, sandbox_posts');
}

/**
 * Queues the post_updated event per pending post the scheduler would have sent (publishers
 * re-arm their timers from it), inside the seeding transaction.
 */
export async function announcePending(client: pg.PoolClient, scene: { personaId: string; userId: string }) {
  await client.query(
    `SELECT count(pg_notify($1, json_build_object(
              'type', 'post_updated', 'postId', id, 'personaId', $2::uuid, 'userId', $3::uuid,
              'dueAt', to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text))
       FROM scheduled_posts WHERE state = 'pending'`,
    [EVENTS_CHANNEL, scene.personaId, scene.userId],
  );
}

/** Runs `seed` in one transaction that also announces every pending post (announcePending), as the scheduler would. */
export async function seedInTransaction(scene: { pool: pg.Pool; personaId: string; userId: string }, seed: (client: pg.PoolClient) => Promise<void>) {
  const client = await scene.pool.connect();
  try {
    await client.query('BEGIN');
    await seed(client);
    await announcePending(client, scene);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
