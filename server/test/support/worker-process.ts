import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type pg from 'pg';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { announcePost } from '../../src/modules/scheduling/post-events.js';
import type { FakeInstagram } from './fake-instagram.js';
import { eventually } from './live-subscription.js';
import { instagramSettings } from './publishing.js';
import type { TestServer } from './test-server.js';

// Worker-only processes (server/dist/worker-main.js, so `pnpm --filter @doppelcart/server build`
// first) that publish against a test server's database, and the checks the crash and
// competition tests share: every post settles, once, with its item agreeing.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORKER_SCRIPT = path.join(repoRoot, 'server/dist/worker-main.js');
const READY_LINE = 'DoppelCart worker running';

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  /** The last lines the process wrote (bounded), for failure messages. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** kill -9: no shutdown code runs, the leases it held simply run out. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the worker finishes what it holds and exits. */
  stop(): Promise<void>;
}

const live = new Set<WorkerProcess>();

/**
 * The settings a worker needs to publish for `server`: its database, its DATA_DIR (the token
 * key and the asset-signing key live there), its URL (Instagram fetches images from it) and
 * the fake Instagram. Leases (2 s unless `extra` says otherwise) and the sweep (1 s) are short
 * so a killed worker's posts come back fast; a lease shorter than a slow step invites takeovers.
 */
export function workerEnv(server: TestServer, fake: FakeInstagram, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: server.database.url,
    DATA_DIR: server.config.DATA_DIR,
    PUBLIC_URL: server.url,
    ...instagramSettings(fake),
    INSTAGRAM_CONTAINER_POLL_MS: '20',
    PUBLISH_LEASE_SECONDS: '2',
    PUBLISH_SWEEP_SECONDS: '1',
    ...extra,
  };
}

/** Starts a worker process and resolves once it says it is running (its publisher has started). */
export async function startWorker(env: Record<string, string>, readyWithinMs = 20_000, user?: { uid: number; gid: number }): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [WORKER_SCRIPT], {
    ...user,
    cwd: repoRoot,
    // LOG_LEVEL info: the ready line is an info log.
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const worker: WorkerProcess = {
    pid: child.pid!,
    child,
    output,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  live.add(worker);
  void exited.then(() => live.delete(worker));
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = String(chunk);
      output.push(text);
      if (output.length > 200) output.splice(0, output.length - 200);
      if (text.includes(READY_LINE)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before it was running:\n${output.join('')}`)));
    timer = setTimeout(() => reject(new Error(`worker not running within ${readyWithinMs} ms:\n${output.join('')}`)), readyWithinMs);
  }).finally(() => clearTimeout(timer));
  try {
    await ready;
  } catch (error) {
    await worker.kill();
    throw error;
  }
  return worker;
}

/** kill -9 every worker this file started that is still alive (test cleanup). */
export async function killAllWorkers(): Promise<void> {
  await Promise.all([...live].map((worker) => worker.kill()));
}

export interface PostUnderTest {
  postId: string;
  itemId: string;
  caption: string;
  platform: 'instagram' | 'sandbox';
}

export interface SettledPost {
  id: string;
  state: 'published' | 'failed';
  attempts: number;
  platform_post_id: string | null;
  last_error: string | null;
  container_id: string | null;
  item_status: string;
  failure_reason: string | null;
  sandbox_rows: number;
}

/**
 * Polls until every post is PUBLISHED or FAILED (never stuck), then checks each one: a
 * published post's item is POSTED and it went out exactly once (one sandbox row, or one media
 * with its caption on the fake); a failed post's item is FAILED with the post's reason and
 * nothing went out. No sandbox row is ever doubled, by post or by item.
 */
export async function expectSettledOnce(pool: pg.Pool, fake: FakeInstagram, posts: PostUnderTest[], withinMs = 20_000): Promise<SettledPost[]> {
  const ids = posts.map((post) => post.postId);
  const rows = await eventually(async () => {
    const { rows } = await pool.query<SettledPost>(
      `SELECT s.id, s.state, s.attempts, s.platform_post_id, s.last_error, s.container_id,
              i.status AS item_status, i.failure_reason,
              (SELECT count(*)::int FROM sandbox_posts b WHERE b.scheduled_post_id = s.id OR b.content_item_id = s.content_item_id) AS sandbox_rows
         FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const stuck = rows.filter((row) => row.state !== 'published' && row.state !== 'failed');
    expect(stuck.map((row) => `${row.id}: ${row.state} (${row.last_error ?? ''})`), 'posts not settled').toEqual([]);
    expect(rows).toHaveLength(posts.length);
    return rows;
  }, withinMs);
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const post of posts) {
    const row = byId.get(post.postId)!;
    const media = fake.published.filter((published) => published.caption === post.caption);
    const what = `${post.platform} post ${post.postId} "${post.caption}": ${JSON.stringify(row)}`;
    // Never twice, whatever the outcome.
    expect(media.length, what).toBeLessThanOrEqual(1);
    expect(row.sandbox_rows, what).toBeLessThanOrEqual(1);
    if (row.state === 'published') {
      expect(row.item_status, what).toBe('posted');
      if (post.platform === 'instagram') {
        expect(media, what).toHaveLength(1);
        expect(row.platform_post_id, what).toBe(media[0]!.mediaId);
      } else {
        expect(row.sandbox_rows, what).toBe(1);
      }
    } else {
      expect(row.item_status, what).toBe('failed');
      expect(row.failure_reason, what).toBeTruthy();
      expect(row.failure_reason, what).toBe(row.last_error);
      expect(row.sandbox_rows, what).toBe(0);
      // An honest "unconfirmed" may hide a post that did go out; any other failure must not.
      if (!row.last_error?.startsWith('unconfirmed')) expect(media, what).toHaveLength(0);
    }
  }
  return rows;
}

/**
 * Makes pending posts due now and announces it as the server does when a post's time changes
 * (post_updated with its due time, on commit), so running workers' timers fire at once. Tests
 * schedule through the API an hour ahead, then use this to start many posts at one instant.
 */
export async function makeDueNow(db: Database, postIds: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable('scheduledPosts')
      .set({ dueAt: sql<Date>`now()` })
      .where('id', 'in', postIds)
      .where('state', '=', 'pending')
      .returningAll()
      .execute();
    expect(rows).toHaveLength(postIds.length);
    for (const row of rows) await announcePost(trx, row);
  });
}
