/**
 * `pnpm bench:publishing`: the publisher draining a burst of Sandbox posts due at the same
 * instant, against a bare `UPDATE ... FOR UPDATE SKIP LOCKED` loop over the same number of rows
 * measured in the same run, and the publisher's lateness at a steady rate (docs/benchmarks.md,
 * "Publishing").
 *
 * Processes on loopback:
 *   - this one: scratch database, seed data (one user, persona and Sandbox channel through the
 *     services; the posts in bulk SQL, announced with the same post_updated event the scheduler
 *     sends), the bare loop (its own connection), and the observer that polls progress, samples
 *     pg_stat_activity and reads CPU times from /proc;
 *   - the worker(s) under test: `node server/dist/worker-main.js` (NODE_ENV=production), each
 *     with a statement counter loaded in front (publishing-probe.ts).
 * Rounds run A B A B (publisher burst, bare burst, ...); figures are medians over rounds. The
 * steady load runs in each A after the burst, in the same worker processes.
 *
 * Options (flag --name=value, or env BENCH_NAME): --posts in the burst (10000),
 * --steady-rate posts/s (10) and --steady-seconds (30) (0 skips it), --rounds (2), --workers
 * worker processes, or a list to compare, e.g. 1,2 (1; the steady load uses the first),
 * --concurrency PUBLISH_CONCURRENCY of each worker (0: the server's default, 8), --lead s from
 * seeding to the due time (5), --warmup posts published by each worker session first (200),
 * --timeout s a burst may take before it counts as not drained (600),
 * --admin-url (postgres://postgres@127.0.0.1:5432/postgres); --write puts the results into
 * docs/benchmarks.md, --json prints the raw figures.
 * BENCH_WORKER_NODE_ARGS adds node flags to the workers (--cpu-prof, ...), and
 * BENCH_WORKER_ENTRY runs another build (default server/dist/worker-main.js).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectSandboxChannel } from '../../server/src/modules/channel/channel.service.js';
import { createPersona } from '../../server/src/modules/persona/persona.service.js';
import {
  appEnv,
  backendPids,
  backgroundLoad,
  benchCommand,
  blockHead,
  busyShare,
  checkBuild,
  cpuSecondsByPid,
  cpuSecondsSpent,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber,
  log,
  machineJiffies,
  median,
  onCleanup,
  openMigrated,
  option,
  ownCpuSeconds,
  processCpuSeconds,
  quantile,
  repoRoot,
  runBench,
  scratchDataDir,
  signUpBenchUser,
  sleep,
  spawnNode,
  stringOption,
  verdict,
  writeDocBlock,
  type Jiffies,
} from './common.js';
import { probeImportUrl, statementLabel, type ProbeSnapshot } from './publishing-probe.js';
import { seedSandboxPosts } from './publishing-seed.js';

const markers = docMarkers('publishing');
const EVENTS_CHANNEL = 'doppelcart_events';

/** The bare loop: one row per statement, from one connection, each statement its own transaction. */
const BARE_STATEMENT = `UPDATE bare_jobs SET state = 'done', started_at = now()
 WHERE id = (SELECT id FROM bare_jobs WHERE state = 'pending' AND due_at <= now()
             ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED)
 RETURNING id`;

// ---------------------------------------------------------------------------------------------
// Options

const options = {
  posts: Math.max(1, Math.round(option('posts', 10_000))),
  steadyRate: option('steady-rate', 10),
  steadySeconds: option('steady-seconds', 30),
  rounds: Math.max(1, Math.round(option('rounds', 2))),
  workers: stringOption('workers', '1')
    .split(',')
    .map((count) => Math.round(Number(count)))
    .filter((count) => Number.isFinite(count) && count >= 1),
  concurrency: Math.round(option('concurrency', 0)),
  leadMs: option('lead', 5) * 1000,
  warmup: Math.round(option('warmup', 200)),
  timeoutMs: option('timeout', 600) * 1000,
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  write: flag('write'),
  json: flag('json'),
};
if (!options.workers.length) throw new Error('--workers must list at least one worker count, e.g. 1 or 1,2');
const steadyPosts = Math.round(options.steadyRate * options.steadySeconds);

const sleepUntil = (at: number) => sleep(at - Date.now());

// ---------------------------------------------------------------------------------------------
// Worker processes under test

interface WorkerProcess {
  pid: number;
  /** Throws with the worker's output if it has exited. */
  assertAlive(): void;
  /** What the worker's statement counter has seen so far. */
  probe(): Promise<ProbeSnapshot>;
  stop(): Promise<void>;
}

function startWorker(index: number, databaseUrl: string, dataDir: string): WorkerProcess {
  const entry = path.resolve(repoRoot, process.env.BENCH_WORKER_ENTRY || 'server/dist/worker-main.js');
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const probeFile = path.join(dataDir, `probe-${index}-${randomBytes(3).toString('hex')}.json`);
  const env = appEnv(databaseUrl, {
    DATA_DIR: dataDir,
    BENCH_PROBE_FILE: probeFile,
    BENCH_PROBE_FROM: entry,
    ...(options.concurrency > 0 && { PUBLISH_CONCURRENCY: String(options.concurrency) }),
  });
  const worker = spawnNode([...nodeArgs, '--import', probeImportUrl, entry], env, 10_000);
  const { child } = worker;
  let lastSeq = 0;
  const stop = async () => {
    await worker.stopAndShow(`worker ${child.pid}`);
    rmSync(probeFile, { force: true });
  };
  onCleanup(stop);
  const assertAlive = () => {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker exited (${child.exitCode ?? child.signalCode}):\n${worker.output()}`);
  };
  return {
    pid: child.pid!,
    stop,
    assertAlive,
    async probe() {
      assertAlive();
      child.kill('SIGUSR2');
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          const snapshot = JSON.parse(readFileSync(probeFile, 'utf8')) as ProbeSnapshot;
          if (snapshot.seq > lastSeq) {
            lastSeq = snapshot.seq;
            return snapshot;
          }
        } catch {
          // not written yet
        }
        if (Date.now() > deadline) throw new Error(`worker ${child.pid} did not answer its probe:\n${worker.output()}`);
        await sleep(20);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Observation: CPU times, pg_stat_activity samples, statement counts

interface CpuMark {
  at: number;
  workers: number;
  bench: number;
  postgres: Map<number, number>;
  machine: Jiffies;
}

interface CpuFigures {
  seconds: number;
  /** Cores busy in the window: the worker processes (for the bare loop: this process, which
   *  runs it), the scratch database's Postgres backends, and everything else on the machine. */
  clientCores: number;
  postgresCores: number;
  benchCores: number;
  otherCores: number;
  machineBusy: number;
  /** CPU per post, ms. */
  clientMsPerPost: number;
  postgresMsPerPost: number;
}

interface WaitProfile {
  samples: number;
  /** Backend-samples by what the backend was doing (idle backends left out). */
  states: Record<string, number>;
  /** Active backend-samples by statement. */
  statements: Record<string, number>;
}

interface StatementFigure {
  label: string;
  perPost: number;
  meanMs: number;
}

class Observer {
  private sampling = false;
  private samplingDone: Promise<void> = Promise.resolve();
  private profile: WaitProfile = { samples: 0, states: {}, statements: {} };

  private constructor(readonly client: pg.Client) {}

  static async start(databaseUrl: string): Promise<Observer> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new Observer(client);
  }

  async cpuMark(workerPids: number[]): Promise<CpuMark> {
    const postgres = cpuSecondsByPid(await backendPids(this.client));
    const bench = ownCpuSeconds();
    return {
      at: Date.now(),
      workers: workerPids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0),
      bench,
      postgres,
      machine: machineJiffies(),
    };
  }

  /** The window's CPU; `client` is the workers, or this process when it ran the load itself. */
  static cpuFigures(start: CpuMark, end: CpuMark, posts: number, client: 'workers' | 'bench'): CpuFigures {
    const seconds = (end.at - start.at) / 1000;
    const postgres = cpuSecondsSpent(start.postgres, end.postgres);
    const workers = end.workers - start.workers;
    const bench = end.bench - start.bench;
    const machineBusy = busyShare(start.machine, end.machine);
    const busyCores = machineBusy * os.availableParallelism();
    const clientCpu = client === 'workers' ? workers : bench;
    return {
      seconds,
      clientCores: clientCpu / seconds,
      postgresCores: postgres / seconds,
      benchCores: client === 'workers' ? bench / seconds : 0,
      otherCores: Math.max(0, busyCores - (workers + bench + postgres) / seconds),
      machineBusy,
      clientMsPerPost: (clientCpu * 1000) / posts,
      postgresMsPerPost: (postgres * 1000) / posts,
    };
  }

  /** Samples what the scratch database's backends are doing every 100 ms until stopSampling. */
  startSampling() {
    this.profile = { samples: 0, states: {}, statements: {} };
    this.sampling = true;
    const tally = (bucket: Record<string, number>, key: string) => {
      bucket[key] = (bucket[key] ?? 0) + 1;
    };
    this.samplingDone = (async () => {
      while (this.sampling) {
        const { rows } = await this.client.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null; query: string }>(
          `SELECT state, wait_event_type, wait_event, query FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
        );
        this.profile.samples += 1;
        for (const row of rows) {
          if (row.state === 'active') {
            tally(this.profile.states, row.wait_event ? `active, waiting: ${row.wait_event_type}/${row.wait_event}` : 'active, on CPU (or waiting for one)');
            tally(this.profile.statements, statementLabel(row.query));
          } else if (row.state === 'idle in transaction') {
            tally(this.profile.states, 'idle in transaction (waiting for the client)');
          }
        }
        await sleep(100);
      }
    })();
  }

  async stopSampling(): Promise<WaitProfile> {
    this.sampling = false;
    await this.samplingDone;
    return this.profile;
  }

  async listeners(): Promise<number> {
    const { rows } = await this.client.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ${EVENTS_CHANNEL}'`,
    );
    return Number(rows[0]!.count);
  }

  stop() {
    return this.client.end();
  }
}

/** Statements the workers sent between two sets of probe snapshots, per post, by label. */
function statementFigures(before: ProbeSnapshot[], after: ProbeSnapshot[], posts: number): { total: number; rows: StatementFigure[] } {
  const byLabel = new Map<string, { count: number; ms: number }>();
  for (const end of after) {
    const start = new Map((before.find((snapshot) => snapshot.pid === end.pid)?.statements ?? []).map((row) => [row.text, row]));
    for (const row of end.statements) {
      const count = row.count - (start.get(row.text)?.count ?? 0);
      if (count <= 0) continue;
      const label = statementLabel(row.text);
      const entry = byLabel.get(label) ?? { count: 0, ms: 0 };
      entry.count += count;
      entry.ms += row.ms - (start.get(row.text)?.ms ?? 0);
      byLabel.set(label, entry);
    }
  }
  const rows = [...byLabel]
    .map(([label, { count, ms }]) => ({ label, perPost: count / posts, meanMs: ms / count }))
    .sort((a, b) => b.perPost - a.perPost);
  return { total: rows.reduce((sum, row) => sum + row.perPost, 0), rows };
}

/** Share of the workers' event loop that was busy between two snapshots. */
function eventLoopBusy(before: ProbeSnapshot[], after: ProbeSnapshot[]): number {
  let active = 0;
  let total = 0;
  for (const end of after) {
    const start = before.find((snapshot) => snapshot.pid === end.pid);
    const a = end.elu.active - (start?.elu.active ?? 0);
    active += a;
    total += a + end.elu.idle - (start?.elu.idle ?? 0);
  }
  return total ? active / total : NaN;
}

// ---------------------------------------------------------------------------------------------
// Data

interface Scene {
  pool: pg.Pool;
  databaseUrl: string;
  dataDir: string;
  userId: string;
  personaId: string;
  channelId: string;
  observer: Observer;
}

/** Empties the publishing tables (scratch data only), so each phase starts from the same state. */
async function truncatePosts(scene: Scene) {
  await scene.pool.query('TRUNCATE content_items_with_trash, content_item_status_changes, scheduled_posts, sandbox_posts CASCADE');
}

/** `count` scheduled Sandbox posts for the scene's persona (see publishing-seed.ts). */
const seedPosts = (scene: Scene, count: number, firstDue: Date, spacingMs: number) => seedSandboxPosts(scene, count, firstDue, spacingMs);

/** Waits until no post is pending or publishing; false if `deadline` passed first. */
async function waitForPosts(scene: Scene, total: number, deadline: number, what: string): Promise<boolean> {
  let lastLog = Date.now();
  let lastDone = 0;
  for (;;) {
    const { rows } = await scene.observer.client.query<{ open: string; done: string }>(
      `SELECT count(*) FILTER (WHERE state IN ('pending', 'publishing')) AS open,
              count(*) FILTER (WHERE state NOT IN ('pending', 'publishing')) AS done
         FROM scheduled_posts`,
    );
    const open = Number(rows[0]!.open);
    const done = Number(rows[0]!.done);
    if (open === 0) return true;
    if (Date.now() > deadline) {
      log(`${what}: ${open} of ${total} posts still open at the deadline`);
      return false;
    }
    if (Date.now() - lastLog >= 10_000) {
      log(`${what}: ${done} of ${total} done (${((done - lastDone) / ((Date.now() - lastLog) / 1000)).toFixed(0)} posts/s)`);
      lastLog = Date.now();
      lastDone = done;
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Outcome {
  posts: number;
  published: number;
  failed: number;
  /** Posts claimed more than once (a lease ran out). */
  reclaimed: number;
  /** Extra sandbox feed rows per post or item, and extra POSTED status changes per item. */
  duplicates: number;
  itemsPosted: number;
  /** Start minus due, ms (Infinity: never started). */
  lateP50: number;
  lateP90: number;
  lateP99: number;
  lateMax: number;
  /** Published minus due, ms (Infinity: not published). */
  doneP50: number;
  doneP99: number;
  /** The last post's published_at minus the due time of the first, ms (Infinity: not drained). */
  drainMs: number;
}

async function publisherOutcome(scene: Scene, firstDue: Date): Promise<Outcome> {
  const { rows } = await scene.pool.query<{ state: string; attempts: number; late: number | null; done: number | null }>(
    `SELECT state, attempts,
            extract(epoch FROM started_at - run_at)::float8 * 1000 AS late,
            extract(epoch FROM published_at - run_at)::float8 * 1000 AS done
       FROM scheduled_posts`,
  );
  const checks = (
    await scene.pool.query<{ per_post: string; per_item: string; posted_changes: string; items_posted: string; drain: number | null }>(
      `SELECT (SELECT count(*) - count(DISTINCT scheduled_post_id) FROM sandbox_posts) AS per_post,
              (SELECT count(*) - count(DISTINCT content_item_id) FROM sandbox_posts) AS per_item,
              (SELECT count(*) - count(DISTINCT content_item_id) FROM content_item_status_changes WHERE to_status = 'posted') AS posted_changes,
              (SELECT count(*) FROM content_items WHERE status = 'posted') AS items_posted,
              (SELECT extract(epoch FROM max(published_at) - $1::timestamptz)::float8 * 1000 FROM scheduled_posts) AS drain`,
      [firstDue],
    )
  ).rows[0]!;
  const late = rows.map((row) => row.late ?? Infinity);
  const done = rows.map((row) => (row.state === 'published' && row.done !== null ? row.done : Infinity));
  const published = rows.filter((row) => row.state === 'published').length;
  return {
    posts: rows.length,
    published,
    failed: rows.filter((row) => row.state === 'failed').length,
    reclaimed: rows.filter((row) => row.attempts > 1).length,
    duplicates: Number(checks.per_post) + Number(checks.per_item) + Number(checks.posted_changes),
    itemsPosted: Number(checks.items_posted),
    lateP50: quantile(late, 0.5),
    lateP90: quantile(late, 0.9),
    lateP99: quantile(late, 0.99),
    lateMax: quantile(late, 1),
    doneP50: quantile(done, 0.5),
    doneP99: quantile(done, 0.99),
    drainMs: published === rows.length && checks.drain !== null ? checks.drain : Infinity,
  };
}

interface BurstResult {
  kind: 'publisher' | 'bare';
  workers: number;
  round: number;
  outcome: Outcome;
  cpu: CpuFigures;
  waits: WaitProfile;
  statements: { total: number; rows: StatementFigure[] };
  /** Share of the workers' event loop busy in the window. */
  eventLoopBusy: number;
  /** How long before the due time the seed had committed and been vacuumed, ms. */
  aheadMs: number;
}

interface SteadyResult {
  round: number;
  outcome: Outcome;
  cpu: CpuFigures;
  aheadMs: number;
}

// ---------------------------------------------------------------------------------------------
// Phases

/** Starts `count` workers, waits for their LISTEN connections, publishes a warm-up batch. */
async function startWorkers(scene: Scene, count: number): Promise<WorkerProcess[]> {
  await truncatePosts(scene);
  const workers: WorkerProcess[] = [];
  for (let i = 0; i < count; i += 1) workers.push(startWorker(i, scene.databaseUrl, scene.dataDir));
  const deadline = Date.now() + 30_000;
  while ((await scene.observer.listeners()) < count) {
    if (Date.now() > deadline) throw new Error(`${count} worker(s) did not start listening in 30 s`);
    for (const worker of workers) worker.assertAlive();
    await sleep(100);
  }
  if (options.warmup > 0) {
    await seedPosts(scene, options.warmup, new Date(Date.now() + 500), 0);
    if (!(await waitForPosts(scene, options.warmup, Date.now() + 60_000, 'warm-up'))) throw new Error('the warm-up posts were not published in 60 s');
  }
  await sleep(1000);
  await truncatePosts(scene);
  return workers;
}

async function publisherBurst(scene: Scene, workers: WorkerProcess[], round: number): Promise<BurstResult> {
  const due = new Date(Date.now() + options.leadMs);
  await seedPosts(scene, options.posts, due, 0);
  const aheadMs = due.getTime() - Date.now();
  if (aheadMs < 1000) log(`warning: seeding finished only ${aheadMs} ms before the due time; raise --lead`);
  await sleepUntil(due.getTime() - 300);
  const pids = workers.map((worker) => worker.pid);
  const probesBefore = await Promise.all(workers.map((worker) => worker.probe()));
  const cpuStart = await scene.observer.cpuMark(pids);
  scene.observer.startSampling();
  const drained = await waitForPosts(scene, options.posts, due.getTime() + options.timeoutMs, `burst, ${workers.length} worker(s)`);
  const cpuEnd = await scene.observer.cpuMark(pids);
  const waits = await scene.observer.stopSampling();
  const probesAfter = await Promise.all(workers.map((worker) => worker.probe()));
  const outcome = await publisherOutcome(scene, due);
  if (!drained) outcome.drainMs = Infinity;
  return {
    kind: 'publisher',
    workers: workers.length,
    round,
    outcome,
    cpu: Observer.cpuFigures(cpuStart, cpuEnd, options.posts, 'workers'),
    waits,
    statements: statementFigures(probesBefore, probesAfter, options.posts),
    eventLoopBusy: eventLoopBusy(probesBefore, probesAfter),
    aheadMs,
  };
}

async function publisherSteady(scene: Scene, workers: WorkerProcess[], round: number): Promise<SteadyResult> {
  await truncatePosts(scene);
  const spacing = 1000 / options.steadyRate;
  const first = new Date(Date.now() + options.leadMs);
  await seedPosts(scene, steadyPosts, first, spacing);
  const aheadMs = first.getTime() - Date.now();
  if (aheadMs < 1000) log(`warning: seeding finished only ${aheadMs} ms before the first due time; raise --lead`);
  const lastDue = first.getTime() + (steadyPosts - 1) * spacing;
  await sleepUntil(first.getTime() - 300);
  const pids = workers.map((worker) => worker.pid);
  const cpuStart = await scene.observer.cpuMark(pids);
  const finished = await waitForPosts(scene, steadyPosts, lastDue + 60_000, 'steady');
  const cpuEnd = await scene.observer.cpuMark(pids);
  const outcome = await publisherOutcome(scene, first);
  if (!finished) outcome.drainMs = Infinity;
  return { round, outcome, cpu: Observer.cpuFigures(cpuStart, cpuEnd, steadyPosts, 'workers'), aheadMs };
}

/** The ceiling: the bare loop over a table of scheduled_posts' shape, from this process. */
async function bareBurst(scene: Scene, round: number): Promise<BurstResult> {
  const client = new pg.Client({ connectionString: scene.databaseUrl });
  await client.connect();
  try {
    const drain = async (expected: number, due: number) => {
      await sleepUntil(due);
      let done = 0;
      let statements = 0;
      while (done < expected) {
        statements += 1;
        const { rowCount } = await client.query(BARE_STATEMENT);
        if (rowCount) done += rowCount;
        else if (Date.now() > due + options.timeoutMs) break;
      }
      statements += 1; // the statement that finds the queue empty, as a loop would send
      await client.query(BARE_STATEMENT);
      return { done, statements };
    };
    const fill = async (count: number, due: Date) => {
      await scene.pool.query('TRUNCATE bare_jobs');
      await scene.pool.query(
        `INSERT INTO bare_jobs (content_item_id, channel_integration_id, run_at, due_at)
         SELECT gen_random_uuid(), $1, $2, $2 FROM generate_series(1, $3::int)`,
        [scene.channelId, due, count],
      );
      await scene.pool.query('VACUUM ANALYZE bare_jobs');
    };
    if (options.warmup > 0) {
      const warm = new Date(Date.now() + 200);
      await fill(options.warmup, warm);
      await drain(options.warmup, warm.getTime());
      await sleep(1000);
    }
    const due = new Date(Date.now() + options.leadMs);
    await fill(options.posts, due);
    const aheadMs = due.getTime() - Date.now();
    await sleepUntil(due.getTime() - 300);
    const cpuStart = await scene.observer.cpuMark([]);
    scene.observer.startSampling();
    const { done, statements } = await drain(options.posts, due.getTime());
    const cpuEnd = await scene.observer.cpuMark([]);
    const waits = await scene.observer.stopSampling();
    const { rows } = await scene.pool.query<{ late: number | null }>(
      'SELECT extract(epoch FROM started_at - run_at)::float8 * 1000 AS late FROM bare_jobs',
    );
    const late = rows.map((row) => row.late ?? Infinity);
    const outcome: Outcome = {
      posts: rows.length,
      published: done,
      failed: 0,
      reclaimed: 0,
      duplicates: 0,
      itemsPosted: NaN,
      lateP50: quantile(late, 0.5),
      lateP90: quantile(late, 0.9),
      lateP99: quantile(late, 0.99),
      lateMax: quantile(late, 1),
      doneP50: NaN,
      doneP99: NaN,
      drainMs: done === options.posts ? quantile(late, 1) : Infinity,
    };
    return {
      kind: 'bare',
      workers: 0,
      round,
      outcome,
      cpu: Observer.cpuFigures(cpuStart, cpuEnd, options.posts, 'bench'),
      waits,
      statements: { total: statements / options.posts, rows: [{ label: 'the bare UPDATE … SKIP LOCKED', perPost: statements / options.posts, meanMs: NaN }] },
      eventLoopBusy: NaN,
      aheadMs,
    };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Summary

const fmt = (value: number, digits = 0) => formatNumber(value, digits, 'not done');
const seconds = (ms: number) => (Number.isFinite(ms) ? `${fmt(ms / 1000, 2)} s` : fmt(ms));

function report(bursts: BurstResult[], steadies: SteadyResult[], machine: Record<string, string>, command: string): string {
  const publisherCounts = options.workers;
  const label = (count: number) => `Publisher, ${count} worker${count === 1 ? '' : 's'}`;
  const groups: Array<{ name: string; tag: (row: BurstResult) => string; rows: BurstResult[] }> = [
    ...publisherCounts.map((count) => ({
      name: label(count),
      tag: (row: BurstResult) => `A${row.round}${publisherCounts.length > 1 ? ` (${count} w)` : ''}`,
      rows: bursts.filter((row) => row.kind === 'publisher' && row.workers === count),
    })),
    { name: 'Bare SKIP LOCKED loop', tag: (row: BurstResult) => `B${row.round}`, rows: bursts.filter((row) => row.kind === 'bare') },
  ];
  const bare = groups[groups.length - 1]!.rows;
  const m = (rows: BurstResult[], pick: (row: BurstResult) => number) => median(rows.map(pick));
  type Spec = Array<[string, (row: BurstResult) => number, number, boolean]>;
  const burstTable = (spec: Spec) => {
    const ratioHeads = publisherCounts.map((count) => `${count === 1 && publisherCounts.length === 1 ? 'Publisher' : `${count} w`} / bare`);
    return [
      `| | ${groups.map((group) => group.name).join(' | ')} | ${ratioHeads.join(' | ')} | Each round |`,
      `|---|${groups.map(() => '---:').join('|')}|${ratioHeads.map(() => '---:').join('|')}|---|`,
      ...spec.map(([name, pick, digits, compare]) => {
        const values = groups.map((group) => m(group.rows, pick));
        const ratios = groups.slice(0, -1).map((group) => {
          const ratio = m(group.rows, pick) / m(bare, pick);
          return compare && Number.isFinite(ratio) ? `${fmt(ratio, 2)}x` : '';
        });
        const rounds = bursts
          .slice()
          .sort((a, b) => a.round - b.round)
          .map((row) => {
            const group = groups.find((candidate) => candidate.rows.includes(row))!;
            return `${group.tag(row)}: ${fmt(pick(row), digits)}`;
          })
          .join(', ');
        return `| ${name} | ${values.map((value) => fmt(value, digits)).join(' | ')} | ${ratios.join(' | ')} | ${rounds} |`;
      }),
    ].join('\n');
  };

  const burstSpec: Spec = [
    ['Posts (rows) done', (row) => row.outcome.published, 0, false],
    ['Duplicates', (row) => row.outcome.duplicates, 0, false],
    ['Lateness p50 (ms)', (row) => row.outcome.lateP50, 0, true],
    ['Lateness p99 (ms)', (row) => row.outcome.lateP99, 0, true],
    ['Lateness max (ms)', (row) => row.outcome.lateMax, 0, true],
    ['**Time to drain (s)**', (row) => row.outcome.drainMs / 1000, 2, true],
    ['Posts per second', (row) => (Number.isFinite(row.outcome.drainMs) ? options.posts / (row.outcome.drainMs / 1000) : NaN), 0, true],
    ['Statements per post (from the client)', (row) => row.statements.total, 1, true],
    ['Client CPU (cores): worker(s), or the loop', (row) => row.cpu.clientCores, 2, true],
    ['Postgres CPU (cores)', (row) => row.cpu.postgresCores, 2, true],
    ['Client CPU per post (ms)', (row) => row.cpu.clientMsPerPost, 3, true],
    ['Postgres CPU per post (ms)', (row) => row.cpu.postgresMsPerPost, 3, true],
    ['Worker event loop busy (%)', (row) => row.eventLoopBusy * 100, 0, false],
    ['Anything else on the machine (cores)', (row) => row.cpu.otherCores, 2, false],
    ['Machine busy (% of all cores)', (row) => row.cpu.machineBusy * 100, 0, false],
    ['Seeded ahead of the due time (s)', (row) => row.aheadMs / 1000, 1, false],
  ];

  const first = groups[0]!.rows;
  const ours = m(first, (row) => row.outcome.drainMs);
  const ceiling = m(bare, (row) => row.outcome.drainMs);
  const ratio = ours / ceiling;
  const allDuplicates = [...bursts, ...steadies].reduce((sum, row) => sum + row.outcome.duplicates, 0);
  const allPublished = [...bursts.filter((row) => row.kind === 'publisher'), ...steadies].every(
    (row) => row.outcome.published === row.outcome.posts && row.outcome.itemsPosted === row.outcome.posts,
  );
  const steadyP99 = median(steadies.map((row) => row.outcome.lateP99));
  const steadyMax = median(steadies.map((row) => row.outcome.lateMax));
  const others = publisherCounts
    .slice(1)
    .map((count, index) => {
      const rows = groups[index + 1]!.rows;
      return `; with ${count} workers ${seconds(m(rows, (row) => row.outcome.drainMs))} (${fmt(m(rows, (row) => row.outcome.drainMs) / ceiling, 2)}x)`;
    })
    .join('');
  const targets = [
    ...(steadies.length
      ? [
          `| Lateness p99 under 1 s at a steady ${fmt(options.steadyRate)} posts/s | p99 ${fmt(steadyP99)} ms, max ${fmt(steadyMax)} ms ` +
            `(p50 ${fmt(median(steadies.map((row) => row.outcome.lateP50)))} ms) | ${verdict(steadyP99 < 1000)} |`,
        ]
      : []),
    `| ${fmt(options.posts)} posts due at once drained within 2x the bare SKIP LOCKED loop | ${seconds(ours)} against ${seconds(ceiling)}: ` +
      `${fmt(ratio, 2)}x${others} | ${verdict(ratio <= 2)} |`,
    `| No duplicates; every post published | ${fmt(allDuplicates)} duplicates; ${allPublished ? 'every post PUBLISHED and its item POSTED' : 'NOT every post published'} in every run | ${verdict(allDuplicates === 0 && allPublished)} |`,
  ];

  // Where the publisher's time goes: its statements per post (first worker count), medians over rounds.
  const statementLabels = [...new Set(first.flatMap((row) => row.statements.rows.map((entry) => entry.label)))];
  const statementRows = statementLabels
    .map((name) => {
      const pick = (field: 'perPost' | 'meanMs') => median(first.map((row) => row.statements.rows.find((entry) => entry.label === name)?.[field] ?? 0));
      return { name, perPost: pick('perPost'), meanMs: pick('meanMs') };
    })
    .filter((row) => row.perPost >= 0.01)
    .sort((a, b) => b.perPost * b.meanMs - a.perPost * a.meanMs);
  const roundTripTotal = statementRows.reduce((sum, row) => sum + row.perPost * row.meanMs, 0);

  const waitTable = (rowsOf: (profile: WaitProfile) => Record<string, number>) => {
    const keys = [...new Set(bursts.flatMap((row) => Object.keys(rowsOf(row.waits))))];
    const share = (rows: BurstResult[], key: string) =>
      median(rows.map((row) => (rowsOf(row.waits)[key] ?? 0) / Math.max(1, row.waits.samples)));
    return [
      `| Backends of the scratch database, average number doing this | ${groups.map((group) => group.name).join(' | ')} |`,
      `|---|${groups.map(() => '---:').join('|')}|`,
      ...keys
        .map((key) => ({ key, values: groups.map((group) => share(group.rows, key)) }))
        .filter((row) => row.values.some((value) => value >= 0.01))
        .sort((a, b) => b.values[0]! - a.values[0]!)
        .map((row) => `| ${row.key} | ${row.values.map((value) => fmt(value, 2)).join(' | ')} |`),
    ].join('\n');
  };

  const steadySpec: Array<[string, (row: SteadyResult) => number, number]> = [
    ['Posts published', (row) => row.outcome.published, 0],
    ['Duplicates', (row) => row.outcome.duplicates, 0],
    ['Lateness p50 (ms)', (row) => row.outcome.lateP50, 0],
    ['Lateness p90 (ms)', (row) => row.outcome.lateP90, 0],
    ['**Lateness p99 (ms)**', (row) => row.outcome.lateP99, 0],
    ['Lateness max (ms)', (row) => row.outcome.lateMax, 0],
    ['Due to published p50 (ms)', (row) => row.outcome.doneP50, 0],
    ['Due to published p99 (ms)', (row) => row.outcome.doneP99, 0],
    ['Worker CPU (cores)', (row) => row.cpu.clientCores, 2],
    ['Postgres CPU (cores)', (row) => row.cpu.postgresCores, 2],
    ['Anything else on the machine (cores)', (row) => row.cpu.otherCores, 2],
  ];

  return [
    ...blockHead(markers, command, machine),
    `Load: one user, one persona, one Sandbox channel. Burst: ${fmt(options.posts)} SCHEDULED posts due at the same instant, ` +
      `seeded ${options.leadMs / 1000} s ahead with the worker${options.workers.length > 1 || options.workers[0]! > 1 ? 's' : ''} running ` +
      `(PUBLISH_CONCURRENCY ${options.concurrency || '8, the default'}). Steady: ${fmt(steadyPosts)} posts due ${fmt(1000 / options.steadyRate)} ms apart ` +
      `(${fmt(options.steadyRate)} posts/s for ${options.steadySeconds} s). ${options.rounds} rounds, A B A B (A: the publisher's burst then its ` +
      `steady load, B: the bare loop's burst); figures are medians over rounds, each round's value on the right.`,
    '',
    '| Target | Measured | |',
    '|---|---|---|',
    ...targets,
    '',
    'Lateness is the post\'s `started_at` (set when it is first claimed) minus its `run_at`; for the bare loop, the `started_at` its ' +
      'UPDATE set. Time to drain runs from the due time to the last post\'s `published_at` (the bare loop: the last row\'s `started_at`). ' +
      'A post that never started or was never published reads "not done".',
    '',
    `#### Burst: ${fmt(options.posts)} posts due at the same instant`,
    '',
    burstTable(burstSpec),
    '',
    ...(steadies.length
      ? [
          `#### Steady: ${fmt(options.steadyRate)} posts/s for ${options.steadySeconds} s, ${label(options.workers[0]!).toLowerCase()}`,
          '',
          '| | Publisher | Each round |',
          '|---|---:|---|',
          ...steadySpec.map(
            ([name, pick, digits]) =>
              `| ${name} | ${fmt(median(steadies.map(pick)), digits)} | ${steadies.map((row) => `A${row.round}: ${fmt(pick(row), digits)}`).join(', ')} |`,
          ),
          '',
        ]
      : []),
    `#### Where the burst's time goes: the publisher's statements per post (${label(options.workers[0]!).toLowerCase()})`,
    '',
    'Counted in the worker process by wrapping pg\'s `Client#query`; round trip is from sending the statement to its reply being handled ' +
      '(so it includes waiting for the event loop). Sorted by round-trip time per post.',
    '',
    '| Statement | Per post | Mean round trip (ms) | Round-trip ms per post | Share |',
    '|---|---:|---:|---:|---:|',
    ...statementRows.map(
      (row) =>
        `| ${row.name.replace(/\|/g, '\\|')} | ${fmt(row.perPost, 2)} | ${fmt(row.meanMs, 2)} | ${fmt(row.perPost * row.meanMs, 2)} | ${fmt((row.perPost * row.meanMs * 100) / roundTripTotal, 0)} % |`,
    ),
    `| **All** | **${fmt(statementRows.reduce((sum, row) => sum + row.perPost, 0), 1)}** | | **${fmt(roundTripTotal, 2)}** | |`,
    '',
    '#### What the database backends were doing during the burst (pg_stat_activity every 100 ms)',
    '',
    waitTable((profile) => profile.states),
    '',
    waitTable((profile) => Object.fromEntries(Object.entries(profile.statements).map(([key, value]) => [`running: ${key.replace(/\|/g, '\\|')}`, value]))),
    '',
    markers.end,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  checkBuild(path.resolve(repoRoot, process.env.BENCH_WORKER_ENTRY || 'server/dist/worker-main.js'), !process.env.BENCH_WORKER_ENTRY);
  const backgroundCores = await backgroundLoad();

  const scratch = await createScratchDatabase(options.adminUrl, ['server_version', 'synchronous_commit', 'autovacuum', 'shared_buffers']);
  const { settings, url: databaseUrl } = scratch;
  // The workers' DATA_DIR.
  const dataDir = scratchDataDir('publishing');
  const handle = await openMigrated(databaseUrl, 5);
  // The bare loop's table: scheduled_posts' columns, defaults and indexes; no triggers, checks or foreign keys.
  await handle.pool.query('CREATE TABLE bare_jobs (LIKE scheduled_posts INCLUDING DEFAULTS INCLUDING INDEXES)');

  const { ctx, viewer } = await signUpBenchUser(handle, databaseUrl);
  const persona = await createPersona(ctx, { name: 'Bench Persona', handle: 'bench_persona', niche: 'benchmarks' });
  const channel = await connectSandboxChannel(ctx, persona.id);

  const observer = await Observer.start(databaseUrl);
  onCleanup(() => observer.stop());
  const scene: Scene = {
    pool: handle.pool,
    databaseUrl,
    dataDir,
    userId: viewer.userId,
    personaId: persona.id,
    channelId: channel.id,
    observer,
  };

  const bursts: BurstResult[] = [];
  const steadies: SteadyResult[] = [];
  const describe = (row: BurstResult) =>
    `drained in ${seconds(row.outcome.drainMs)}, lateness p50 ${fmt(row.outcome.lateP50)} ms p99 ${fmt(row.outcome.lateP99)} ms, ` +
    `${row.outcome.published} done, ${row.outcome.duplicates} duplicates, client ${fmt(row.cpu.clientCores, 2)} + postgres ` +
    `${fmt(row.cpu.postgresCores, 2)} cores, other ${fmt(row.cpu.otherCores, 2)} cores`;
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const [index, count] of options.workers.entries()) {
      log(`round ${round}: publisher, ${count} worker(s): ${fmt(options.posts)} posts due at once`);
      const workers = await startWorkers(scene, count);
      try {
        const burst = await publisherBurst(scene, workers, round);
        bursts.push(burst);
        log(`publisher, ${count} worker(s): ${describe(burst)}, ${fmt(burst.statements.total, 1)} statements/post`);
        if (index === 0 && steadyPosts > 0) {
          log(`round ${round}: publisher, ${count} worker(s): ${options.steadyRate} posts/s for ${options.steadySeconds} s`);
          const steady = await publisherSteady(scene, workers, round);
          steadies.push(steady);
          log(
            `steady: lateness p50 ${fmt(steady.outcome.lateP50)} ms, p99 ${fmt(steady.outcome.lateP99)} ms, max ${fmt(steady.outcome.lateMax)} ms; ` +
              `${steady.outcome.published} of ${steady.outcome.posts} published, ${steady.outcome.duplicates} duplicates`,
          );
        }
      } finally {
        for (const worker of workers) await worker.stop();
      }
      await truncatePosts(scene);
    }
    log(`round ${round}: bare SKIP LOCKED loop: ${fmt(options.posts)} rows due at once`);
    const bare = await bareBurst(scene, round);
    bursts.push(bare);
    log(`bare loop: ${describe(bare)}`);
  }

  const machine = describeMachine(
    `${settings.server_version} (synchronous_commit ${settings.synchronous_commit}, autovacuum ${settings.autovacuum}, shared_buffers ${Math.round((Number(settings.shared_buffers) * 8) / 1024)} MiB)`,
    backgroundCores,
  );
  const command = benchCommand('publishing', ['--write', '--json']);
  const block = report(bursts, steadies, machine, command);
  process.stdout.write(`${block}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ options, machine, bursts, steadies }, null, 2)}\n`);
  if (options.write) writeDocBlock(markers, block, { section: '## Publishing\n\n### Results\n\n' });
}

await runBench(main);
