/**
 * `pnpm bench:publishing-queue`: should publishing stay a lease queue of its own, or become
 * graphile-worker jobs like the rest of the background work? The same Sandbox posts are
 * published both ways in one session, interleaved:
 *   - lease queue: one worker process as deployed (server/dist/worker-main.js: the publisher's
 *     timer on the earliest due post, claims with leases, Sandbox batches);
 *   - graphile-worker: one job per post with run_at at its due time, run in this process by a
 *     graphile-worker runner (concurrency PUBLISH_CONCURRENCY, its default 2 s poll) whose task
 *     claims the post and publishes it through the same write path.
 * Scenarios: "on time", posts due one by one a little ahead (how late each starts), and
 * "burst", posts due at the same instant (how long the last one waits). Both ways use the real
 * publish transaction, so the difference is the queue. Crash recovery is compared from the
 * two designs' documented behaviour and bench:publishing-takeover's measurement.
 *
 * Options (flag --name=value, or env BENCH_NAME): --runs of each kind (3), --spaced posts for
 * "on time" (20), --burst posts (1000), --admin-url; --write puts the results into
 * docs/benchmarks.md ("Publishing").
 */
import type pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { migrateJobQueue, startWorker } from '../../server/src/jobs/worker.js';
import { createLogger } from '../../server/src/logger.js';
import { connectSandboxChannel } from '../../server/src/modules/channel/channel.service.js';
import { createPersona } from '../../server/src/modules/persona/persona.service.js';
import { publishSandboxBatch } from '../../server/src/publishing/publish-sandbox-batch.js';
import type { ScheduledPostRow } from '../../server/src/db/rows.js';
import type { Database } from '../../server/src/db/database.js';
import {
  backgroundLoad,
  benchCommand,
  blockHead,
  checkBuild,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber,
  log,
  median,
  openMigrated,
  option,
  quantile,
  runBench,
  scratchDataDir,
  signUpBenchUser,
  sleep,
  stringOption,
  writeDocBlock,
} from './common.js';
import { seedSandboxPosts, startDeployedWorker, WORKER_SCRIPT } from './publishing-seed.js';

const options = {
  runs: Math.max(1, Math.round(option('runs', 3))),
  spaced: Math.max(5, Math.round(option('spaced', 20))),
  burst: Math.max(10, Math.round(option('burst', 1000))),
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  write: flag('write'),
};
const TASK = 'bench_publish_post';

type Queue = 'lease' | 'graphile';
type Scenario = 'on time' | 'burst';

interface Scene {
  pool: pg.Pool;
  db: Database;
  dataDir: string;
  databaseUrl: string;
  personaId: string;
  userId: string;
  channelId: string;
}

interface Run {
  queue: Queue;
  scenario: Scenario;
  posts: number;
  published: number;
  /** Published minus due, ms, per post. */
  lateMs: number[];
}

/** Publishing as graphile-worker jobs: each job claims its post, then publishes it as the publisher would. */
async function startGraphileRunner(scene: Scene) {
  const config = loadConfig({ DATABASE_URL: scene.databaseUrl, NODE_ENV: 'production' });
  const runner = await startWorker({
    pool: scene.pool,
    logger: createLogger('silent'),
    concurrency: config.PUBLISH_CONCURRENCY,
    cron: [],
    // graphile-worker's default poll; jobs due later are found by it.
    pollMs: 2_000,
    tasks: {
      [TASK]: async (payload) => {
        const { postId } = payload as { postId: string };
        const { rows } = await scene.pool.query<ScheduledPostRow>(
          `UPDATE scheduled_posts SET state = 'publishing', lease_owner = 'graphile/' || gen_random_uuid(),
                  lease_expires_at = now() + interval '10 seconds', attempts = attempts + 1, started_at = coalesce(started_at, now())
            WHERE id = $1 AND state = 'pending' RETURNING *`,
          [postId],
        );
        if (rows[0]) await publishSandboxBatch(scene.db, config, rows);
      },
    },
  });
  // Stopped by oneRun's finally, which runs however the run ends.
  return runner;
}

async function oneRun(scene: Scene, queue: Queue, scenario: Scenario): Promise<Run> {
  await scene.pool.query('TRUNCATE content_items_with_trash, content_item_status_changes, content_item_caption_revisions, scheduled_posts, sandbox_posts CASCADE');
  await scene.pool.query('DELETE FROM graphile_worker._private_jobs');
  const posts = scenario === 'burst' ? options.burst : options.spaced;
  const worker = queue === 'lease' ? await startDeployedWorker(scene.databaseUrl, scene.dataDir) : undefined;
  const runner = queue === 'graphile' ? await startGraphileRunner(scene) : undefined;
  try {
    // "on time": the first due 1.5 s ahead, then one every 150 ms; "burst": all 1.5 s ahead.
    await seedSandboxPosts(scene, posts, new Date(Date.now() + 1_500), scenario === 'burst' ? 0 : 150);
    if (queue === 'graphile') {
      await scene.pool.query(
        `SELECT graphile_worker.add_jobs(array_agg(ROW($1::text, json_build_object('postId', id), NULL::text, due_at, 1, NULL::text, NULL::int, NULL::text[])::graphile_worker.job_spec))
           FROM scheduled_posts WHERE state = 'pending'`,
        [TASK],
      );
    }
    const deadline = Date.now() + 180_000;
    for (;;) {
      const { rows } = await scene.pool.query<{ open: number }>("SELECT count(*)::int AS open FROM scheduled_posts WHERE state IN ('pending', 'publishing')");
      if (rows[0]!.open === 0 || Date.now() > deadline) break;
      await sleep(50);
    }
    const { rows } = await scene.pool.query<{ late_ms: number }>(
      "SELECT extract(epoch FROM published_at - due_at)::float8 * 1000 AS late_ms FROM scheduled_posts WHERE state = 'published'",
    );
    return { queue, scenario, posts, published: rows.length, lateMs: rows.map((row) => row.late_ms) };
  } finally {
    await worker?.stop();
    await runner?.stop();
  }
}

const fmt = (value: number, digits = 0) => formatNumber(value, digits);
const ms = (value: number) => `${fmt(value)} ms`;

function summary(runs: Run[], queue: Queue, scenario: Scenario) {
  const group = runs.filter((run) => run.queue === queue && run.scenario === scenario);
  const late = group.flatMap((run) => run.lateMs);
  return {
    median: quantile(late, 0.5),
    p95: quantile(late, 0.95),
    worstRun: median(group.map((run) => Math.max(...run.lateMs))),
    lost: group.reduce((sum, run) => sum + run.posts - run.published, 0),
  };
}

function report(runs: Run[], machine: Record<string, string>, command: string): string {
  const markers = docMarkers('publishing-queue');
  const [leaseOnTime, graphileOnTime, leaseBurst, graphileBurst] = [
    summary(runs, 'lease', 'on time'),
    summary(runs, 'graphile', 'on time'),
    summary(runs, 'lease', 'burst'),
    summary(runs, 'graphile', 'burst'),
  ];
  const rounds = runs.length / 4;
  return [
    ...blockHead(markers, command, machine),
    `The same Sandbox posts published by the lease queue (one worker process as deployed) and as graphile-worker jobs (one job per post, run_at at its due time, concurrency 8, graphile-worker's default 2 s poll), each through the same publish transaction. "On time": ${fmt(options.spaced)} posts due 150 ms apart; "burst": ${fmt(options.burst)} posts due at one instant. ${fmt(rounds)} ${rounds === 1 ? 'round' : 'rounds'}, interleaved.`,
    '',
    '| | Lease queue | graphile-worker jobs |',
    '|---|---:|---:|',
    `| On time: start lateness, median | ${ms(leaseOnTime.median)} | ${ms(graphileOnTime.median)} |`,
    `| On time: start lateness, p95 | ${ms(leaseOnTime.p95)} | ${ms(graphileOnTime.p95)} |`,
    `| Burst: last post after its due time (median of runs) | ${ms(leaseBurst.worstRun)} | ${ms(graphileBurst.worstRun)} |`,
    `| Burst: lateness, median post | ${ms(leaseBurst.median)} | ${ms(graphileBurst.median)} |`,
    `| Lost | ${fmt(leaseOnTime.lost + leaseBurst.lost)} | ${fmt(graphileOnTime.lost + graphileBurst.lost)} |`,
    `| A crashed worker's posts | taken over within one lease (10 s, heartbeat-renewed): 10.03 s median, 10.07 s worst in bench:publishing-takeover | stay locked until graphile-worker's stale-lock reset, fixed at 4 hours (\`locked_at < now() - interval '4 hours'\` in its resetLockedAt) |`,
    '',
    'Decision: publishing stays a lease queue of its own. A job queue that polls starts a due post up to a poll interval late and, worse, leaves a crashed worker\'s post locked for four hours; the lease queue starts posts on a timer armed from post_updated events, drains bursts in set-based batches, and hands a dead worker\'s posts to another within seconds. Both record every external step before taking it, so exactly-once does not depend on the choice; periodic and generation work, where minutes do not matter, runs on graphile-worker.',
    '',
    markers.end,
  ].join('\n');
}

async function main() {
  checkBuild(WORKER_SCRIPT, true);
  const backgroundCores = await backgroundLoad();
  const scratch = await createScratchDatabase(options.adminUrl, ['server_version', 'synchronous_commit']);
  const handle = await openMigrated(scratch.url, 10);
  await migrateJobQueue(handle.pool, createLogger('silent'));
  const { ctx, viewer } = await signUpBenchUser(handle, scratch.url);
  const persona = await createPersona(ctx, { name: 'Bench Persona', handle: 'bench_queue', niche: 'benchmarks' });
  const channel = await connectSandboxChannel(ctx, persona.id);
  const scene: Scene = {
    pool: handle.pool,
    db: handle.db,
    dataDir: scratchDataDir('publishing-queue'),
    databaseUrl: scratch.url,
    personaId: persona.id,
    userId: viewer.userId,
    channelId: channel.id,
  };
  const runs: Run[] = [];
  for (let round = 1; round <= options.runs; round += 1) {
    for (const scenario of ['on time', 'burst'] as const) {
      for (const queue of round % 2 ? (['lease', 'graphile'] as const) : (['graphile', 'lease'] as const)) {
        const result = await oneRun(scene, queue, scenario);
        runs.push(result);
        log(`${queue} ${scenario} ${round}: ${result.published}/${result.posts} published, median late ${ms(quantile(result.lateMs, 0.5))}, last ${ms(Math.max(...result.lateMs))}`);
      }
    }
  }
  const machine = describeMachine(`${scratch.settings.server_version} (synchronous_commit ${scratch.settings.synchronous_commit})`, backgroundCores);
  const block = report(runs, machine, benchCommand('publishing-queue', ['--write']));
  process.stdout.write(`${block}\n`);
  if (options.write) writeDocBlock(docMarkers('publishing-queue'), block, { section: '### Lease queue or graphile-worker jobs\n\n' });
}

await runBench(main);
