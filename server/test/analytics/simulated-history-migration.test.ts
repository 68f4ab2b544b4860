import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrator.js';
import { createEmptyDatabase } from '../support/empty-database.js';
import type { TestDatabase } from '../support/test-database.js';

// Histories filled before migration 0008 had no row of their own: the migration finds them
// (their items' timelines say "simulated history (Sandbox)"; their account readings were written
// in the fill's transaction) and marks them, so they leave the working views and can be removed.

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
const HISTORY_MIGRATION = '0008_simulated_histories.sql';

let database: TestDatabase;
let pool: pg.Pool;
let before: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  before = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-before-0008-'));
  for (const name of await readdir(migrationsDir)) {
    if (name < HISTORY_MIGRATION) await cp(path.join(migrationsDir, name), path.join(before, name));
  }
  await migrate(pool, before);
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
  await rm(before, { recursive: true, force: true });
});

/** A persona with a Sandbox channel; returns their ids. */
async function personaOnSandbox(handle: string) {
  const { rows: [user] } = await pool.query(`INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id`, [`${handle}@example.com`]);
  const { rows: [persona] } = await pool.query(`INSERT INTO personas (user_id, name, handle, niche) VALUES ($1, 'P', $2, 'n') RETURNING id`, [user.id, handle]);
  const { rows: [channel] } = await pool.query(
    `INSERT INTO channel_integrations (persona_id, platform, external_account_id, account_name) VALUES ($1, 'sandbox', $2, 'Sandbox') RETURNING id`,
    [persona.id, `sandbox-${persona.id}`],
  );
  return { personaId: persona.id as string, channelId: channel.id as string };
}

/** A published Sandbox post as publishing or the old fill wrote it, with its first checkpoint. */
async function publishedPost(client: pg.PoolClient | pg.Pool, ids: { personaId: string; channelId: string }, reason: string, daysAgo: number) {
  const at = `now() - interval '${daysAgo} days'`;
  const { rows: [item] } = await client.query(
    `INSERT INTO content_items (persona_id, title, platform, status, scheduled_at, published_at) VALUES ($1, 't', 'sandbox', 'posted', ${at}, ${at}) RETURNING id`,
    [ids.personaId],
  );
  await client.query(`INSERT INTO content_item_status_changes (content_item_id, to_status, reason) VALUES ($1, 'posted', $2)`, [item.id, reason]);
  const { rows: [job] } = await client.query(
    `INSERT INTO scheduled_posts (content_item_id, channel_integration_id, run_at, due_at, state, platform_post_id, permalink, published_at)
     VALUES ($1, $2, ${at}, ${at}, 'published', 'feed', $3, ${at}) RETURNING id`,
    [item.id, ids.channelId, `/personas/${ids.personaId}/sandbox#post-feed`],
  );
  await client.query(`INSERT INTO sandbox_posts (channel_integration_id, scheduled_post_id, content_item_id, caption, published_at) VALUES ($1, $2, $3, 'c', ${at})`, [
    ids.channelId,
    job.id,
    item.id,
  ]);
  await client.query(
    `INSERT INTO analytics_snapshots (persona_id, content_item_id, channel_integration_id, platform, checkpoint, reach, simulated) VALUES ($1, $2, $3, 'sandbox', '1h', 10, true)`,
    [ids.personaId, item.id, ids.channelId],
  );
  return item.id as string;
}

const reading = (client: pg.PoolClient | pg.Pool, ids: { personaId: string; channelId: string }, daysAgo: number) =>
  client.query(
    `INSERT INTO analytics_snapshots (persona_id, channel_integration_id, platform, captured_at, checkpoint, followers, simulated)
     VALUES ($1, $2, 'sandbox', now() - interval '${daysAgo} days', 'day:' || to_char(now() - interval '${daysAgo} days', 'YYYY-MM-DD'), 900, true)`,
    [ids.personaId, ids.channelId],
  );

describe('migration 0008 on histories filled before it', () => {
  it("marks the old history's items, feed posts and readings, and nothing of the persona's own", async () => {
    const filled = await personaOnSandbox('filled');
    const untouched = await personaOnSandbox('untouched');
    // The collector's reading of the day the channel was connected, in a transaction of its own.
    await reading(pool, filled, 0);
    const realPost = await publishedPost(pool, filled, 'published on the Sandbox', 1);
    const client = await pool.connect();
    const history: string[] = [];
    try {
      await client.query('BEGIN');
      for (const daysAgo of [20, 13, 6]) history.push(await publishedPost(client, filled, 'simulated history (Sandbox)', daysAgo));
      for (const daysAgo of [21, 14, 7]) await reading(client, filled, daysAgo);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await publishedPost(pool, untouched, 'published on the Sandbox', 2);

    await cp(path.join(migrationsDir, HISTORY_MIGRATION), path.join(before, HISTORY_MIGRATION));
    expect(await migrate(pool, before)).toEqual([HISTORY_MIGRATION]);

    const { rows: histories } = await pool.query(`SELECT id, persona_id, channel_integration_id FROM simulated_histories`);
    expect(histories).toEqual([{ id: expect.any(String), persona_id: filled.personaId, channel_integration_id: filled.channelId }]);
    const historyId = histories[0].id;
    const { rows: items } = await pool.query(`SELECT id FROM content_items WHERE simulated_history_id = $1 ORDER BY published_at`, [historyId]);
    expect(items.map((row) => row.id)).toEqual(history);
    const marked = async (sql: string) => (await pool.query(sql, [historyId])).rows[0].n;
    expect(await marked(`SELECT count(*)::int AS n FROM sandbox_posts WHERE simulated_history_id = $1`)).toBe(3);
    expect(await marked(`SELECT count(*)::int AS n FROM analytics_snapshots WHERE simulated_history_id = $1 AND content_item_id IS NULL`)).toBe(3);
    expect(await marked(`SELECT count(*)::int AS n FROM content_items WHERE simulated_history_id IS DISTINCT FROM $1 AND simulated_history_id IS NOT NULL`)).toBe(0);
    const { rows: links } = await pool.query(`SELECT content_item_id, permalink FROM scheduled_posts WHERE content_item_id = ANY($1::uuid[])`, [[...history, realPost]]);
    for (const link of links) expect(link.permalink.includes('?simulated=1#')).toBe(link.content_item_id !== realPost);

    // One delete takes it all out; the real post and the collector's reading stay.
    await pool.query(`DELETE FROM content_items WHERE simulated_history_id = $1`, [historyId]);
    await pool.query(`DELETE FROM simulated_histories WHERE id = $1`, [historyId]);
    const { rows: [left] } = await pool.query(
      `SELECT (SELECT count(*)::int FROM content_items WHERE persona_id = $1) AS items,
              (SELECT count(*)::int FROM sandbox_posts WHERE channel_integration_id = $2) AS feed,
              (SELECT count(*)::int FROM analytics_snapshots WHERE persona_id = $1 AND content_item_id IS NULL) AS readings`,
      [filled.personaId, filled.channelId],
    );
    expect(left).toEqual({ items: 1, feed: 1, readings: 1 });
  });
});
