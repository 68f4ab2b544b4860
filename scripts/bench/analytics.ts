/**
 * `pnpm bench:analytics`: dashboard queries on a large analytics history (docs/benchmarks.md,
 * "Analytics dashboard"). Target: with 1,000,000 snapshots every dashboard query answers in
 * under 100 ms.
 *
 * One scratch database, seeded in bulk SQL: one user (signed up through the API) with a heavy
 * persona (a fifth of all snapshots) and a typical one, plus other users' personas that hold the
 * rest. Then, for each persona, A B A B ...:
 *   - A: the real dashboard functions (analytics-dashboard.repository.ts, analytics.service.ts,
 *     analytics.repository.ts), called in this process on a Kysely database from createDatabase;
 *   - B: the same question answered naively from analytics_snapshots alone (the latest snapshot
 *     of each post by DISTINCT ON, aggregated; account readings without their partial index),
 *     which is what the post_performance rollup and the 0005 indexes buy;
 * and the whole GraphQL requests over HTTP against the built app (`node server/dist/main.js`,
 * NODE_ENV=production, a statement counter loaded in front: analytics-probe.ts), each against
 * the same service functions called in-process (the GraphQL and HTTP overhead).
 *
 * Options (flag --name=value, or env BENCH_NAME): --snapshots (1000000), --runs measured per
 * query (30), --warmup runs per query first (3), --heavy-share of the snapshots in the heavy
 * persona (0.2), --others personas of other users holding the rest (18), --naive-seconds a
 * naive query may take in all before it stops at 5 measured runs (6),
 * --admin-url (postgres://postgres@127.0.0.1:5432/postgres); --write puts the results into
 * docs/benchmarks.md, --json prints the raw figures, --keep-database leaves the scratch
 * database behind for EXPLAIN by hand (its name is logged; drop it yourself).
 * BENCH_SERVER_ENTRY runs another build of the app (default server/dist/main.js).
 */
import { keepPostsInStep } from '../../server/src/modules/scheduling/keep-posts-in-step.js';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { createDatabase, type DatabaseHandle } from '../../server/src/db/database.js';
import {
  dailyAccount,
  dailyPosts,
  findPerformanceByItemIds,
  heatmap,
  historyForRecommendations,
  rankedPosts,
  totalsByPlatform,
} from '../../server/src/modules/analytics/analytics-dashboard.repository.js';
import { findAnalyticsByContentItemIds, findAnalyticsByPersonaIds } from '../../server/src/modules/analytics/analytics.repository.js';
import {
  dailyMetrics,
  followerGrowth,
  heatmapCells,
  personaAnalytics,
  personaRecommendations,
  rankedPerformance,
} from '../../server/src/modules/analytics/analytics.service.js';
import { authenticate } from '../../server/src/modules/auth/auth.service.js';
import type { ServiceContext } from '../../server/src/modules/shared/service-context.js';
import { analyticsProbeImportUrl, readProbe } from './analytics-probe.js';
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
  formatNumber as fmt,
  freePort,
  log,
  machineJiffies,
  onCleanup,
  openMigrated,
  option,
  ownCpuSeconds,
  processCpuSeconds,
  quantile,
  repoRoot,
  runBench,
  scratchDataDir,
  spawnNode,
  stringOption,
  verdict,
  waitHealthy,
  writeDocBlock,
  type Jiffies,
} from './common.js';

const markers = docMarkers('analytics');
const TARGET_MS = 100;
const DAY_MS = 86_400_000;
/** Post checkpoints as the collector takes them (metrics.ts), with how far each has grown. */
const CHECKPOINTS = [
  { name: '1h', afterMs: 3_600_000, growth: 0.3 },
  { name: '1d', afterMs: DAY_MS, growth: 0.7 },
  { name: '7d', afterMs: 7 * DAY_MS, growth: 0.93 },
  { name: '30d', afterMs: 30 * DAY_MS, growth: 1 },
];
const RANGES = [30, 90, 365];
/** Posts a board or calendar page shows at once (their `performance`, their `analytics`). */
const PAGE = 50;

// ---------------------------------------------------------------------------------------------
// Options

const options = {
  snapshots: Math.round(option('snapshots', 1_000_000)),
  runs: Math.max(5, Math.round(option('runs', 30))),
  warmup: Math.round(option('warmup', 3)),
  heavyShare: Math.min(0.9, option('heavy-share', 0.2)),
  others: Math.max(1, Math.round(option('others', 18))),
  naiveMs: option('naive-seconds', 6) * 1000,
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  /** Leaves the scratch database for a closer look (drop it yourself); the app still stops. */
  keepDatabase: flag('keep-database'),
  write: flag('write'),
  json: flag('json'),
};
if (options.snapshots < 20_000) throw new Error('--snapshots must be at least 20000');

/** Milliseconds with one decimal below 100, none above. */
const ms = (value: number) => (Number.isFinite(value) ? fmt(value, value < 100 ? 1 : 0) : 'n/a');

// ---------------------------------------------------------------------------------------------
// CPU over a phase

interface CpuSample {
  at: number;
  bench: number;
  server: number;
  postgres: Map<number, number>;
  machine: Jiffies;
}

export interface CpuFigures {
  seconds: number;
  benchCores: number;
  serverCores: number;
  postgresCores: number;
  otherCores: number;
  machineBusy: number;
}

// ---------------------------------------------------------------------------------------------
// The app under test

interface AppProcess {
  pid: number;
  url: string;
  statements(): Promise<number>;
  stop(): Promise<void>;
}

async function startApp(databaseUrl: string, dataDir: string): Promise<AppProcess> {
  const port = await freePort();
  const entry = path.resolve(repoRoot, process.env.BENCH_SERVER_ENTRY || 'server/dist/main.js');
  const probeFile = path.join(dataDir, `probe-${randomBytes(3).toString('hex')}.json`);
  const env = appEnv(databaseUrl, {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    // Dashboard reads only: no job worker (and no analytics collector) in the process.
    RUN_WORKER: 'false',
    BENCH_PROBE_FILE: probeFile,
    BENCH_PROBE_FROM: entry,
  });
  const app = spawnNode(['--import', analyticsProbeImportUrl, entry], env, 5000);
  const stop = () => app.stopAndShow('app');
  onCleanup(stop);
  await waitHealthy(app, port, 'the app', 60_000);
  let seq = 0;
  return {
    pid: app.pid,
    url: `http://127.0.0.1:${port}/graphql`,
    statements: async () => {
      const reading = await readProbe(app.pid, probeFile, seq);
      seq = reading.seq;
      return reading.statements;
    },
    stop,
  };
}

interface GraphqlReply<Data> {
  data?: Data;
  errors?: Array<{ message: string }>;
  bytes: number;
}

async function graphql<Data>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlReply<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Data; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return { ...body, bytes: Buffer.byteLength(text) };
}

// ---------------------------------------------------------------------------------------------
// Data: bulk SQL

interface PersonaShape {
  role: 'heavy' | 'typical' | 'other';
  personaId: string;
  timeZone: string;
  /** Posted items, spread evenly (with a golden-ratio jitter, so every hour gets some) over spanDays. */
  items: number;
  spanDays: number;
  stepMs: number;
  /** Post snapshots to keep: the collector's checkpoints that are due, newest posts first. */
  postSnapshots: number;
  /** One account snapshot per channel per day, for this many days back. */
  accountDays: number;
  channels: 1 | 2;
  baseViews: number;
  baseFollowers: number;
}

const PHI = 0.6180339887;
const ageMs = (j: number, stepMs: number) => (j + (j * PHI - Math.floor(j * PHI))) * stepMs;

/** Post snapshots whose checkpoint is due for `items` posts spread over `spanDays` days. */
function dueSnapshots(items: number, spanDays: number): number {
  const stepMs = (spanDays * DAY_MS) / items;
  let due = 0;
  for (let j = 0; j < items; j += 1) {
    const age = ageMs(j, stepMs);
    for (const checkpoint of CHECKPOINTS) if (age >= checkpoint.afterMs) due += 1;
  }
  return due;
}

/** The fewest posts over `spanDays` whose due snapshots reach `budget` (a few spare, trimmed). */
function itemsFor(budget: number, spanDays: number): number {
  if (budget <= 0) return 0;
  let low = 1;
  let high = Math.ceil(budget / 3) + 10;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (dueSnapshots(mid, spanDays) >= budget + 4) high = mid;
    else low = mid + 1;
  }
  return low;
}

function shapeOf(role: PersonaShape['role'], personaId: string, timeZone: string, budget: number, wanted: { accountDays: number; spanDays: number; channels: 1 | 2; baseViews: number; baseFollowers: number }): PersonaShape {
  // Account snapshots take at most a quarter of a persona's budget.
  const accountDays = Math.max(1, Math.min(wanted.accountDays, Math.floor((budget * 0.25) / wanted.channels)));
  const postSnapshots = budget - accountDays * wanted.channels;
  const items = itemsFor(postSnapshots, wanted.spanDays);
  return {
    role,
    personaId,
    timeZone,
    items,
    spanDays: wanted.spanDays,
    stepMs: (wanted.spanDays * DAY_MS) / Math.max(1, items),
    postSnapshots,
    accountDays,
    channels: wanted.channels,
    baseViews: wanted.baseViews,
    baseFollowers: wanted.baseFollowers,
  };
}

const CAPTIONS = [
  'How to style linen for a warm evening.',
  '3 ways to wear the same jacket this week.',
  'Would you wear this to the office?',
  'Try this before your next trip.',
  'Golden hour on the pier, and the set that made it.',
];
const FILLER = ' Soft light, a slow walk along the water and the pieces that work from morning coffee to dinner: every link is in the bio, and the full look is saved in the highlights.';
const TAGS = ['summer', 'linen', 'travel', 'coffee', 'styling', 'thrift', 'minimal', 'weekend'];

/**
 * Seeds everything in a few statements on one connection: channels, posted items, their post
 * snapshots at the collector's checkpoints plus daily account snapshots (inserted in capture
 * order, so each persona's rows are spread over the table as they would be in production),
 * post_performance from the latest snapshot of each post, then VACUUM ANALYZE (autovacuum may
 * be off on the bench server).
 */
async function seed(databaseUrl: string, shapes: PersonaShape[], asOf: Date) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET work_mem = '64MB'");
    await client.query('SET synchronous_commit = off');
    await client.query(`CREATE TEMP TABLE bench_shape (
      persona_id uuid PRIMARY KEY, items int NOT NULL, step_ms float8 NOT NULL, post_snapshots int NOT NULL,
      account_days int NOT NULL, channels int NOT NULL, base_views int NOT NULL, base_followers int NOT NULL)`);
    await client.query(
      `INSERT INTO bench_shape
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::float8[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[])`,
      [
        shapes.map((s) => s.personaId),
        shapes.map((s) => s.items),
        shapes.map((s) => s.stepMs),
        shapes.map((s) => s.postSnapshots),
        shapes.map((s) => s.accountDays),
        shapes.map((s) => s.channels),
        shapes.map((s) => s.baseViews),
        shapes.map((s) => s.baseFollowers),
      ],
    );
    let started = performance.now();
    const step = (what: string) => {
      log(`seed: ${what} (${fmt((performance.now() - started) / 1000, 1)} s)`);
      started = performance.now();
    };
    await client.query(
      `INSERT INTO channel_integrations (persona_id, platform, external_account_id, account_name, created_at)
       SELECT persona_id, 'instagram', 'ig-' || persona_id, 'bench account', $1::timestamptz - interval '1100 days' FROM bench_shape
       UNION ALL
       SELECT persona_id, 'sandbox', 'sandbox-' || persona_id, 'Sandbox', $1::timestamptz - interval '1100 days' FROM bench_shape WHERE channels = 2`,
      [asOf],
    );
    await client.query(
      `INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, published_at, version, created_at, updated_at)
       SELECT s.persona_id, 'Post ' || (s.items - j),
              ($2::text[])[1 + j % 5] || repeat($4::text, CASE j % 3 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 3 END)
                || E'\n\n#' || ($3::text[])[1 + j % 8] || ' #' || ($3::text[])[1 + (3 * j + 1) % 8],
              CASE WHEN s.channels = 2 AND j % 4 = 3 THEN 'sandbox' ELSE 'instagram' END,
              'posted', t.at, t.at, 3, t.at - interval '2 days', t.at
         FROM bench_shape s
        CROSS JOIN LATERAL generate_series(0, s.items - 1) AS j
        CROSS JOIN LATERAL (SELECT $1::timestamptz - make_interval(secs => ((j + (j * ${PHI} - floor(j * ${PHI}))) * s.step_ms / 1000.0)::float8) AS at) t
        ORDER BY t.at`,
      [asOf, CAPTIONS, TAGS, FILLER],
    );
    step('posted items');
    // Engagement that depends on the local hour, the weekend, a hashtag, the hook and the post
    // itself, so that the heatmap and recommendations have something to find.
    await client.query(
      `WITH checkpoints (name, after_ms, growth, ord) AS (SELECT * FROM unnest($2::text[], $3::float8[], $4::float8[], $5::int[])),
       posts AS (
         SELECT i.persona_id, i.id AS content_item_id, c.id AS channel_integration_id, i.platform,
                i.published_at + make_interval(secs => k.after_ms / 1000.0) AS captured_at, k.name AS checkpoint,
                (i.platform = 'sandbox') AS simulated, m.views, m.reach, m.ti, s.post_snapshots,
                row_number() OVER (PARTITION BY i.persona_id ORDER BY i.published_at DESC, k.ord) AS rn
           FROM content_items i
           JOIN bench_shape s ON s.persona_id = i.persona_id
           JOIN personas p ON p.id = i.persona_id
           JOIN channel_integrations c ON c.persona_id = i.persona_id AND c.platform = i.platform
           JOIN checkpoints k ON i.published_at + make_interval(secs => k.after_ms / 1000.0) <= $1::timestamptz
          CROSS JOIN LATERAL (SELECT (abs(hashtext(i.id::text)) % 1000) / 1000.0 AS q,
                                     extract(hour FROM i.published_at AT TIME ZONE p.time_zone) AS hr,
                                     extract(isodow FROM i.published_at AT TIME ZONE p.time_zone) AS dow) f
          CROSS JOIN LATERAL (SELECT round(s.base_views * (0.3 + f.q) * k.growth)::int AS views) v
          CROSS JOIN LATERAL (SELECT v.views, round(v.views * 0.72)::int AS reach,
                                     round(round(v.views * 0.72) * greatest(0.002,
                                       0.012 + 0.035 * f.q
                                       + CASE WHEN f.hr BETWEEN 17 AND 20 THEN 0.02 WHEN f.hr < 6 THEN -0.008 ELSE 0 END
                                       + CASE WHEN f.dow >= 6 THEN 0.006 ELSE 0 END
                                       + CASE WHEN i.caption LIKE '%#linen%' THEN 0.012 ELSE 0 END
                                       + CASE WHEN i.caption LIKE 'Would you%' THEN 0.008 ELSE 0 END))::int AS ti) m
          WHERE i.persona_id IN (SELECT persona_id FROM bench_shape)),
       kept AS (
         SELECT persona_id, content_item_id, channel_integration_id, platform, captured_at, checkpoint, simulated, views, reach,
                round(ti * 0.8)::int AS likes, round(ti * 0.12)::int AS comments, round(ti * 0.05)::int AS shares,
                greatest(0, ti - round(ti * 0.8)::int - round(ti * 0.12)::int - round(ti * 0.05)::int) AS saved,
                NULL::int AS followers
           FROM posts WHERE rn <= post_snapshots),
       account AS (
         SELECT c.persona_id, NULL::uuid AS content_item_id, c.id AS channel_integration_id, c.platform,
                $1::timestamptz - make_interval(days => d) AS captured_at,
                'day:' || to_char(($1::timestamptz - make_interval(days => d)) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS checkpoint,
                (c.platform = 'sandbox') AS simulated,
                round(s.base_views * 3 * (0.7 + (abs(hashtext(c.id::text || d)) % 600) / 1000.0))::int AS views,
                round(s.base_views * 2 * (0.7 + (abs(hashtext(c.id::text || d)) % 600) / 1000.0))::int AS reach,
                NULL::int AS likes, NULL::int AS comments, NULL::int AS shares, NULL::int AS saved,
                s.base_followers + (s.account_days - d) * (s.base_followers / 1000 + 3) + abs(hashtext(d || c.id::text)) % 40 AS followers
           FROM channel_integrations c
           JOIN bench_shape s ON s.persona_id = c.persona_id
          CROSS JOIN LATERAL generate_series(0, s.account_days - 1) AS d)
       INSERT INTO analytics_snapshots (persona_id, content_item_id, channel_integration_id, platform, captured_at, checkpoint, simulated,
                                        views, reach, likes, comments, shares, saved, total_interactions, followers, created_at)
       SELECT persona_id, content_item_id, channel_integration_id, platform, captured_at, checkpoint, simulated, views, reach,
              likes, comments, shares, saved, CASE WHEN content_item_id IS NOT NULL THEN likes + comments + shares + saved END,
              followers, date_trunc('milliseconds', captured_at)
         FROM (SELECT * FROM kept UNION ALL SELECT * FROM account) rows
        ORDER BY captured_at`,
      [asOf, CHECKPOINTS.map((c) => c.name), CHECKPOINTS.map((c) => c.afterMs), CHECKPOINTS.map((c) => c.growth), CHECKPOINTS.map((_, index) => index + 1)],
    );
    step('analytics snapshots');
    // What the collector keeps beside every post snapshot: the post's latest figures, in the
    // order the collector first writes them (an hour after publishing).
    await client.query(`
      INSERT INTO post_performance (content_item_id, persona_id, platform, published_at, captured_at, views, reach, likes, comments,
                                    shares, saved, total_interactions, engagement_rate, simulated)
      SELECT * FROM (
        SELECT DISTINCT ON (s.content_item_id) s.content_item_id, s.persona_id, s.platform, i.published_at, s.captured_at, s.views, s.reach,
               s.likes, s.comments, s.shares, s.saved, s.total_interactions,
               s.total_interactions::float8 / nullif(coalesce(nullif(s.reach, 0), s.views), 0), s.simulated
          FROM analytics_snapshots s JOIN content_items i ON i.id = s.content_item_id
         WHERE s.content_item_id IS NOT NULL
         ORDER BY s.content_item_id, s.captured_at DESC, s.id DESC) latest
       ORDER BY published_at`);
    step('post_performance');
    await client.query('VACUUM ANALYZE users, personas, channel_integrations, content_items_with_trash, analytics_snapshots, post_performance');
    step('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The naive answers: the same questions from analytics_snapshots alone

const SUMS = `count(*)::int AS posts,
  coalesce(sum(views), 0)::int AS views, coalesce(sum(reach), 0)::int AS reach, coalesce(sum(likes), 0)::int AS likes,
  coalesce(sum(comments), 0)::int AS comments, coalesce(sum(shares), 0)::int AS shares, coalesce(sum(saved), 0)::int AS saved,
  coalesce(sum(total_interactions), 0)::int AS total_interactions,
  coalesce(sum(CASE WHEN total_interactions IS NOT NULL THEN coalesce(nullif(reach, 0), views) END), 0)::int AS audience`;

/** Each post's latest snapshot, with its publishing time and engagement rate: post_performance, computed. */
const latest = (ranged: boolean) => `WITH latest AS (
  SELECT DISTINCT ON (s.content_item_id) s.content_item_id, s.persona_id, s.platform, i.published_at, s.captured_at,
         s.views, s.reach, s.likes, s.comments, s.shares, s.saved, s.total_interactions,
         s.total_interactions::float8 / nullif(coalesce(nullif(s.reach, 0), s.views), 0) AS engagement_rate, s.simulated
    FROM analytics_snapshots s JOIN content_items i ON i.id = s.content_item_id
   WHERE s.persona_id = $1 AND s.content_item_id IS NOT NULL${ranged ? ' AND i.published_at >= $2 AND i.published_at < $3' : ''}
   ORDER BY s.content_item_id, s.captured_at DESC, s.id DESC)`;

const NAIVE = {
  totals: `${latest(true)}
    SELECT platform, ${SUMS}, bool_or(simulated) AS simulated FROM latest GROUP BY platform ORDER BY platform`,
  daily: `${latest(true)}
    SELECT to_char(published_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day, ${SUMS}, bool_or(simulated) AS simulated FROM latest GROUP BY 1 ORDER BY 1`,
  ranked: (order: 'best' | 'worst') => `${latest(true)}
    SELECT * FROM latest WHERE engagement_rate IS NOT NULL
     ORDER BY engagement_rate ${order === 'best' ? 'DESC' : 'ASC'} NULLS LAST, published_at DESC LIMIT $4`,
  heatmap: `${latest(false)}
    SELECT extract(isodow FROM published_at AT TIME ZONE $2)::int AS weekday, extract(hour FROM published_at AT TIME ZONE $2)::int AS hour,
           count(*)::int AS posts, coalesce(sum(total_interactions), 0)::int AS total_interactions,
           coalesce(sum(CASE WHEN total_interactions IS NOT NULL THEN coalesce(nullif(reach, 0), views) END), 0)::int AS audience
      FROM latest GROUP BY 1, 2 ORDER BY 1, 2`,
  history: `${latest(false)}
    SELECT l.published_at, l.engagement_rate, l.total_interactions, coalesce(nullif(l.reach, 0), l.views) AS audience,
           i.caption, (i.asset_id IS NOT NULL) AS has_image, l.simulated
      FROM latest l JOIN content_items i ON i.id = l.content_item_id
     WHERE l.engagement_rate IS NOT NULL ORDER BY l.published_at DESC LIMIT 2000`,
  performanceByIds: `SELECT DISTINCT ON (s.content_item_id) s.content_item_id, s.persona_id, s.platform, i.published_at, s.captured_at,
         s.views, s.reach, s.likes, s.comments, s.shares, s.saved, s.total_interactions,
         s.total_interactions::float8 / nullif(coalesce(nullif(s.reach, 0), s.views), 0) AS engagement_rate, s.simulated
    FROM analytics_snapshots s JOIN content_items i ON i.id = s.content_item_id
   WHERE s.content_item_id = ANY ($1::uuid[])
   ORDER BY s.content_item_id, s.captured_at DESC, s.id DESC`,
};

// ---------------------------------------------------------------------------------------------
// Statement capture, for EXPLAIN: what a repository function sends, with its parameters.

interface Statement {
  text: string;
  values: unknown[];
}

function capturingPool(handle: DatabaseHandle): { captured: Statement[] } {
  const sink = { captured: [] as Statement[] };
  handle.pool.on('connect', (client: pg.PoolClient) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [first, second] = args;
      if (typeof first === 'string') sink.captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === 'object' && 'text' in first) {
        const config = first as { text: string; values?: unknown[] };
        sink.captured.push({ text: config.text, values: Array.isArray(second) ? second : (config.values ?? []) });
      }
      return original(...args);
    };
  });
  return sink;
}

interface PlanFigures {
  executionMs: number;
  planningMs: number;
  /** Shared buffers hit and read by the statement (8 KiB pages). */
  buffers: number;
  text: string;
}

interface PlanNode {
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one statement, run `before` first in the same transaction. */
async function explain(pool: pg.Pool, statement: Statement, before: string[] = []): Promise<PlanFigures> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const text of before) await client.query(text);
    const json = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }> }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`,
      statement.values,
    );
    const plan = json.rows[0]!['QUERY PLAN'][0]!;
    const text = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    return {
      executionMs: plan['Execution Time'],
      planningMs: plan['Planning Time'],
      buffers: (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0),
      text: text.rows.map((row) => row['QUERY PLAN']).join('\n'),
    };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

type Role = 'heavy' | 'typical';

interface Side {
  label: string;
  /** One run; returns its duration in ms (a side may keep set-up out of the timing). */
  run(): Promise<number>;
}

interface Spec {
  kind: 'query' | 'graphql';
  role: Role;
  name: string;
  /** Days of the period, or null for questions over all history. */
  range: number | null;
  a: Side;
  b?: Side;
  /** For EXPLAIN: A's statements are captured by running it on the capturing database. */
  explainA?: () => Promise<unknown>;
  explainB?: { statement: Statement; before?: string[] };
  /** Rows A answers with (set on the first run). */
  rows?: number;
  bytes?: number;
}

interface Result {
  kind: Spec['kind'];
  role: Role;
  name: string;
  range: number | null;
  rows: number | null;
  bytes: number | null;
  a: RunFigures[];
  b: RunFigures[];
  bLabel: string | null;
  statementsPerRequest: number | null;
  planA: PlanFigures | null;
  planB: PlanFigures | null;
  /** Statements A sent in one run (a service call may send more than its dashboard query). */
  aStatements: number;
  /** For a GraphQL request: its slowest dashboard statement, by Postgres execution time. */
  slowestStatement?: { name: string; executionMs: number } | null;
}

const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** Time on a CPU and time runnable but waiting for one, in ms, of one thread (schedstat: exact, in ns). */
function schedstat(pid: number, tid = pid): { run: number; wait: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    return { run: run! / 1e6, wait: wait! / 1e6 };
  } catch {
    return { run: 0, wait: 0 };
  }
}

/** What one run cost besides its wall-clock time. */
export interface RunFigures {
  wall: number;
  /** CPU time of the scratch database's backends (parallel workers, which come and go, are not counted). */
  pgCpu: number;
  /** CPU time of the Node process that did the work: this one in-process, the app for GraphQL. */
  nodeCpu: number;
  /** Time the caller, the app and the backends were runnable but waited for a CPU (other work on the machine). */
  wait: number;
}

function threadTotals(pids: readonly number[]) {
  let run = 0;
  let wait = 0;
  for (const pid of pids) {
    const stat = schedstat(pid);
    run += stat.run;
    wait += stat.wait;
  }
  return { run, wait };
}

async function measureSide(side: Side, pids: readonly number[], app: AppProcess | null): Promise<RunFigures> {
  const pg0 = threadTotals(pids);
  const self0 = schedstat(process.pid);
  const app0 = app ? schedstat(app.pid) : { run: 0, wait: 0 };
  const cpu0 = process.cpuUsage();
  const wall = await side.run();
  const cpu = process.cpuUsage(cpu0);
  const app1 = app ? schedstat(app.pid) : { run: 0, wait: 0 };
  const self1 = schedstat(process.pid);
  const pg1 = threadTotals(pids);
  return {
    wall,
    pgCpu: pg1.run - pg0.run,
    nodeCpu: app ? app1.run - app0.run : (cpu.user + cpu.system) / 1000,
    wait: pg1.wait - pg0.wait + (self1.wait - self0.wait) + (app1.wait - app0.wait),
  };
}

async function measure(spec: Spec, app: AppProcess | null, backends: () => Promise<number[]>): Promise<Omit<Result, 'planA' | 'planB' | 'aStatements'>> {
  const a: RunFigures[] = [];
  const b: RunFigures[] = [];
  let bSpent = 0;
  const graphqlApp = spec.kind === 'graphql' ? app : null;
  const before = graphqlApp ? await graphqlApp.statements() : 0;
  const total = options.warmup + options.runs;
  let pids = await backends();
  for (let run = 0; run < total; run += 1) {
    // The pool may have opened connections during the warm-up.
    if (run === options.warmup) pids = await backends();
    const aRun = await measureSide(spec.a, pids, graphqlApp);
    if (run >= options.warmup) a.push(aRun);
    // B stops once it has used its time and has at least 5 measured runs.
    if (spec.b && !(bSpent > options.naiveMs && b.length >= 5)) {
      const bRun = await measureSide(spec.b, pids, null);
      if (run >= options.warmup) {
        b.push(bRun);
        bSpent += bRun.wall;
      }
    }
  }
  const after = graphqlApp ? await graphqlApp.statements() : 0;
  return {
    kind: spec.kind,
    role: spec.role,
    name: spec.name,
    range: spec.range,
    rows: spec.rows ?? null,
    bytes: spec.bytes ?? null,
    a,
    b,
    bLabel: spec.b?.label ?? null,
    statementsPerRequest: graphqlApp ? (after - before) / total : null,
  };
}

function cpuSample(pids: { server: number | null }, backends: number[]): CpuSample {
  return {
    at: performance.now(),
    bench: ownCpuSeconds(),
    server: pids.server ? processCpuSeconds(pids.server) : 0,
    postgres: cpuSecondsByPid(backends),
    machine: machineJiffies(),
  };
}

function cpuFigures(start: CpuSample, end: CpuSample): CpuFigures {
  const seconds = (end.at - start.at) / 1000;
  const postgres = cpuSecondsSpent(start.postgres, end.postgres);
  const machineBusy = busyShare(start.machine, end.machine);
  const busyCores = machineBusy * os.availableParallelism();
  const benchCores = (end.bench - start.bench) / seconds;
  const serverCores = (end.server - start.server) / seconds;
  const postgresCores = postgres / seconds;
  return { seconds, benchCores, serverCores, postgresCores, otherCores: Math.max(0, busyCores - benchCores - serverCores - postgresCores), machineBusy };
}

// ---------------------------------------------------------------------------------------------
// GraphQL documents

const POST_FIELDS = 'item { id title publishedAt } platform publishedAt capturedAt views reach likes comments shares saved totalInteractions engagementRate simulated';
const TOTALS = 'views reach likes comments shares saved totalInteractions';
const SUMMARY = `query BenchSummary($id: ID!, $from: DateTime, $to: DateTime) {
  persona(id: $id) {
    analyticsSummary(from: $from, to: $to) {
      from to timeZone simulated posts engagementRate
      totals { ${TOTALS} }
      daily { day posts views reach totalInteractions engagementRate followers accountReach accountViews }
      byPlatform { platform posts engagementRate totals { ${TOTALS} } }
      topPosts(first: 5) { ${POST_FIELDS} }
      bottomPosts(first: 5) { ${POST_FIELDS} }
      heatmap { weekday hour posts engagementRate }
      followers { change unavailable series { day followers } }
    }
  }
}`;
const RECOMMENDATIONS = `query BenchRecommendations($id: ID!) {
  persona(id: $id) {
    recommendations {
      basedOnPosts historyDays confidence summary simulated
      slots { weekday hour engagementRate posts explanation }
      insights { kind label engagementRate lift posts explanation }
    }
  }
}`;
const SNAPSHOT_FIELDS = 'id capturedAt platform checkpoint unavailable followers views reach likes comments shares saved totalInteractions simulated';
const PERSONA_RECENT = `query BenchRecent($id: ID!) { persona(id: $id) { analytics(first: ${PAGE}) { ${SNAPSHOT_FIELDS} item { id } } } }`;
const ITEM = `query BenchItem($id: ID!) {
  contentItem(id: $id) {
    id title status publishedAt
    analytics { ${SNAPSHOT_FIELDS} }
    performance { platform publishedAt capturedAt views reach likes comments shares saved totalInteractions engagementRate simulated }
  }
}`;

// ---------------------------------------------------------------------------------------------
// Report

const QUERY_LABELS: Record<string, string> = {
  totalsByPlatform: '`totalsByPlatform` (totals, byPlatform, posts, engagementRate)',
  dailyPosts: '`dailyPosts` (daily: posts)',
  dailyAccount: '`dailyAccount` (daily: account, followers; baseline: the same statement without its partial index)',
  'rankedPosts best': '`rankedPosts` best 5 (topPosts)',
  'rankedPosts worst': '`rankedPosts` worst 5 (bottomPosts)',
  heatmap: '`heatmap` (all history)',
  historyForRecommendations: '`historyForRecommendations` (up to 2,000 posts)',
  personaRecommendations: '`personaRecommendations` (that read + the analysis in JS)',
  findPerformanceByItemIds: `\`findPerformanceByItemIds\`, ${PAGE} items (ContentItem.performance)`,
  'findAnalyticsByContentItemIds 1': '`findAnalyticsByContentItemIds`, 1 item (ContentItem.analytics)',
  [`findAnalyticsByContentItemIds ${PAGE}`]: `\`findAnalyticsByContentItemIds\`, ${PAGE} items`,
  findAnalyticsByPersonaIds: `\`findAnalyticsByPersonaIds\`, newest ${PAGE} (Persona.analytics)`,
};

/** The in-process queries each GraphQL request runs. */
const REQUEST_PARTS: Record<string, string[]> = {
  analyticsSummary: ['totalsByPlatform', 'dailyPosts', 'dailyAccount', 'rankedPosts best', 'rankedPosts worst', 'heatmap'],
  recommendations: ['historyForRecommendations'],
  'persona analytics': ['findAnalyticsByPersonaIds'],
  'contentItem analytics': ['findAnalyticsByContentItemIds 1'],
};

const GRAPHQL_LABELS: Record<string, string> = {
  analyticsSummary: '`analyticsSummary`, every field',
  recommendations: '`recommendations`',
  'persona analytics': `\`persona { analytics(first: ${PAGE}) }\``,
  'contentItem analytics': '`contentItem { analytics performance }`',
};

function period(range: number | null): string {
  return range === null ? 'all' : `${range} d`;
}

function report(results: Result[], context: { machine: Record<string, string>; command: string; shape: string; snapshots: number; cpu: Record<string, CpuFigures>; checks: string[] }): string {
  const queries = results.filter((row) => row.kind === 'query');
  const requests = results.filter((row) => row.kind === 'graphql');
  const wall = (runs: RunFigures[]) => runs.map((run) => run.wall);
  const p50 = (runs: RunFigures[], pick: (run: RunFigures) => number = (run) => run.wall) => quantile(runs.map(pick), 0.5);
  const p95 = (runs: RunFigures[], pick: (run: RunFigures) => number = (run) => run.wall) => quantile(runs.map(pick), 0.95);
  const unwaited = (run: RunFigures) => Math.max(0, run.wall - run.wait);
  const label = (row: Result) => (row.kind === 'query' ? QUERY_LABELS[row.name] ?? row.name : GRAPHQL_LABELS[row.name] ?? row.name);
  const short = (row: Result) => `\`${row.name.split(' ')[0]}\`${row.name.includes(' ') ? ` ${row.name.split(' ').slice(1).join(' ')}` : ''} (${row.role}, ${period(row.range)}): ${ms(p95(row.a))} ms`;
  const missed = (rows: Result[]) => rows.filter((row) => !(p95(row.a) < TARGET_MS));
  const missedUnwaited = queries.filter((row) => !(p95(row.a, unwaited) < TARGET_MS));
  const speedup = (row: Result) => p50(row.b) / p50(row.a);
  const heavyNaive = queries.filter((row) => row.role === 'heavy' && row.b.length);
  const periodSpeedups = heavyNaive.filter((row) => row.range !== null && row.name !== 'dailyAccount').map(speedup).sort((x, y) => x - y);
  const speedupOf = (name: string) => {
    const row = heavyNaive.find((candidate) => candidate.name === name);
    return row ? `${fmt(speedup(row), speedup(row) < 10 ? 1 : 0)}x` : 'n/a';
  };
  const accountSpeedups = heavyNaive.filter((row) => row.name === 'dailyAccount').map(speedup).sort((x, y) => x - y);
  const list = (rows: Result[], what: (row: Result) => string = short) => (rows.length ? `; over: ${rows.map(what).join('; ')}` : '');

  const queryTable = (role: Role) => [
    '| Query (what it serves) | Period | Rows | p50 | p95 | max | CPU: Postgres + Node (p50) | Waiting for a CPU (p50) | p95 less the waiting | Postgres execution | Naive p50 | Naive p95 | Naive / rollup (p50) | Under 100 ms (p95) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...queries
      .filter((row) => row.role === role)
      .map((row) => {
        const naive = row.b.length > 0;
        const runs = naive && row.b.length < row.a.length ? ` (${row.b.length} runs)` : '';
        return (
          `| ${label(row)} | ${period(row.range)} | ${fmt(row.rows ?? NaN)} | ${ms(p50(row.a))} | ${ms(p95(row.a))} | ${ms(Math.max(...wall(row.a)))} ` +
          `| ${ms(p50(row.a, (run) => run.pgCpu))} + ${ms(p50(row.a, (run) => run.nodeCpu))} | ${ms(p50(row.a, (run) => run.wait))} | ${ms(p95(row.a, unwaited))} ` +
          `| ${row.planA ? ms(row.planA.executionMs) : ''} | ${naive ? ms(p50(row.b)) : '—'} | ${naive ? `${ms(p95(row.b))}${runs}` : '—'} ` +
          `| ${naive ? `${fmt(p50(row.b) / p50(row.a), 1)}x` : '—'} | ${verdict(p95(row.a) < TARGET_MS)} |`
        );
      }),
  ];
  const requestTable = [
    '| Request | Persona | Period | p50 | p95 | max | CPU: Postgres + app (p50) | Waiting for a CPU (p50) | Bytes | SQL statements | Slowest statement (Postgres execution) | In-process p50 | In-process p95 | GraphQL / in-process (p50) | Under 100 ms (p95) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|',
    ...requests.map(
      (row) =>
        `| ${label(row)} | ${row.role} | ${period(row.range)} | ${ms(p50(row.a))} | ${ms(p95(row.a))} | ${ms(Math.max(...wall(row.a)))} ` +
        `| ${ms(p50(row.a, (run) => run.pgCpu))} + ${ms(p50(row.a, (run) => run.nodeCpu))} | ${ms(p50(row.a, (run) => run.wait))} ` +
        `| ${fmt(row.bytes ?? NaN)} | ${fmt(row.statementsPerRequest ?? NaN, 1)} ` +
        `| ${row.slowestStatement ? `\`${row.slowestStatement.name.split(' ')[0]}\` ${ms(row.slowestStatement.executionMs)}` : ''} ` +
        `| ${ms(p50(row.b))} | ${ms(p95(row.b))} | ${fmt(p50(row.a) / p50(row.b), 2)}x | ${verdict(p95(row.a) < TARGET_MS)} |`,
    ),
  ];
  const cpuTable = [
    '| Phase | Seconds | This process (cores) | App (cores) | Scratch database backends (cores) | Anything else on the machine (cores) | Machine busy (% of all cores) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(context.cpu).map(
      ([phase, cpu]) =>
        `| ${phase} | ${fmt(cpu.seconds, 0)} | ${fmt(cpu.benchCores, 2)} | ${fmt(cpu.serverCores, 2)} | ${fmt(cpu.postgresCores, 2)} | ${fmt(cpu.otherCores, 2)} | ${fmt(cpu.machineBusy * 100, 0)} |`,
    ),
  ];
  const plans = missed(queries).filter((row) => row.planA);
  return [
    ...blockHead(markers, context.command, context.machine),
    `Data: ${context.shape}`,
    '',
    `Each query and request ran ${options.warmup} times to warm up, then ${options.runs} times measured, each run followed by a run of ` +
      `its baseline (A B A B). Times are in ms, wall-clock in the caller: p50, p95 and max over the measured runs. *CPU* is the time ` +
      `the scratch database's backends and the Node process (this one, or the app for GraphQL) spent on a CPU in a run, and *waiting ` +
      `for a CPU* the time the caller, the app and the backends were ready to run but another process had the CPU (both from ` +
      `\`/proc/<pid>/schedstat\`). *p95 less the waiting* takes each run's waiting off its time: about what an otherwise idle machine ` +
      `would show, an estimate. *Postgres execution* is the Execution Time of one \`EXPLAIN (ANALYZE, BUFFERS)\` after the runs (for a ` +
      `service call, its slowest statement): a single sample, with EXPLAIN's own timing overhead. A naive query stops after ${fmt(options.naiveMs / 1000)} s of runs once it has 5, so ` +
      `some have fewer runs (shown).`,
    '',
    '| Target | Measured | |',
    '|---|---|---|',
    `| Every dashboard query under ${TARGET_MS} ms (p95) at ${fmt(context.snapshots)} snapshots | ${queries.length - missed(queries).length} of ${queries.length} in-process queries under ${TARGET_MS} ms${list(missed(queries))} | ${verdict(missed(queries).length === 0)} |`,
    `| The same, less the time spent waiting for a CPU (estimate for an idle machine) | ${queries.length - missedUnwaited.length} of ${queries.length} under ${TARGET_MS} ms${list(missedUnwaited, (row) => `${short(row).replace(/: [^:]+ ms$/, '')}: ${ms(p95(row.a, unwaited))} ms`)} | ${verdict(missedUnwaited.length === 0)} |`,
    `| The whole GraphQL requests too | ${requests.length - missed(requests).length} of ${requests.length} requests under ${TARGET_MS} ms${list(missed(requests))} | ${verdict(missed(requests).length === 0)} |`,
    `| What the rollup and indexes buy (heavy persona, p50 of naive over dashboard) | totals, daily posts, best and worst 5 over a period: ` +
      `${fmt(periodSpeedups[0] ?? NaN, 0)}x to ${fmt(periodSpeedups.at(-1) ?? NaN, 0)}x; heatmap ${speedupOf('heatmap')}; recommendation history ` +
      `${speedupOf('historyForRecommendations')}; the latest figures of 50 given posts ${speedupOf('findPerformanceByItemIds')} (by index either way); ` +
      `account series without its partial index ${fmt(accountSpeedups[0] ?? NaN, 1)}x to ${fmt(accountSpeedups.at(-1) ?? NaN, 1)}x | |`,
    '',
    ...context.checks,
    ...(context.checks.length ? [''] : []),
    '#### Dashboard queries, called in-process: heavy persona',
    '',
    ...queryTable('heavy'),
    '',
    '#### Dashboard queries, called in-process: typical persona',
    '',
    ...queryTable('typical'),
    '',
    '#### Whole GraphQL requests over HTTP',
    '',
    'Each request against the same service functions called in-process with the same arguments (the difference is the GraphQL, HTTP ' +
      'and JSON overhead). SQL statements are counted in the app, per request: the session and persona lookups, the dashboard ' +
      'queries and the items behind `topPosts` and `bottomPosts`. The statements of a summary run in parallel, so its waiting can ' +
      'add up to more than its time.',
    '',
    ...requestTable,
    '',
    '#### What else was running',
    '',
    ...cpuTable,
    '',
    ...(plans.length
      ? [
          '#### Plans of the queries over 100 ms',
          '',
          ...plans.flatMap((row) => [`${label(row)}, ${row.role} persona, ${period(row.range)}: p95 ${ms(p95(row.a))} ms`, '', '```', row.planA!.text, '```', '']),
        ]
      : []),
    markers.end,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

function sameAnswer(what: string, rollup: unknown, naive: unknown, checks: string[], failures: string[]) {
  const normal = (value: unknown) =>
    JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isInteger(item) ? Number(item.toPrecision(12)) : item));
  if (normal(rollup) === normal(naive)) checks.push(what);
  else failures.push(what);
}

async function main() {
  checkBuild(path.resolve(repoRoot, process.env.BENCH_SERVER_ENTRY || 'server/dist/main.js'), !process.env.BENCH_SERVER_ENTRY);
  const startedAt = performance.now();
  const backgroundCores = await backgroundLoad();

  const { settings, url: databaseUrl } = await createScratchDatabase(
    options.adminUrl,
    ['server_version', 'autovacuum', 'shared_buffers', 'work_mem', 'jit', 'random_page_cost'],
    options.keepDatabase,
  );
  // The app's DATA_DIR.
  const dataDir = scratchDataDir('analytics');
  const handle = await openMigrated(databaseUrl, 10);
  const capture = createDatabase(databaseUrl, { poolSize: 1 });
  onCleanup(() => capture.destroy());
  const sink = capturingPool(capture);

  const app = await startApp(databaseUrl, dataDir);
  log(`app on ${app.url} (pid ${app.pid})`);

  // The viewer signs up and makes both measured personas through the API.
  const signUp = await graphql<{ signUp: { token: string } }>(
    app.url,
    null,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { email: 'bench@example.com', password: 'benchmark-password', displayName: 'Bench' } },
  );
  const token = signUp.data!.signUp.token;
  const createPersona = async (input: Record<string, unknown>) =>
    (await graphql<{ createPersona: { id: string; timeZone: string } }>(app.url, token, 'mutation ($input: CreatePersonaInput!) { createPersona(input: $input) { id timeZone } }', { input }))
      .data!.createPersona;
  const heavyPersona = await createPersona({ name: 'Heavy Persona', handle: 'heavy_persona', niche: 'linen and travel', timeZone: 'Europe/Berlin' });
  const typicalPersona = await createPersona({ name: 'Typical Persona', handle: 'typical_persona', niche: 'coffee', timeZone: 'America/New_York' });

  // Everyone else: other users' personas that hold the rest of the history.
  const { rows: others } = await handle.pool.query<{ id: string }>(
    `WITH u AS (
       INSERT INTO users (email, password_hash) SELECT 'other' || g || '@example.com', 'not-a-hash' FROM generate_series(1, $1::int) g RETURNING id)
     INSERT INTO personas (user_id, name, handle, niche, time_zone)
     SELECT id, 'Other persona', 'other_' || row_number() OVER (), 'everything', 'UTC' FROM u RETURNING id`,
    [options.others],
  );

  const heavyBudget = Math.round(options.snapshots * options.heavyShare);
  const typicalBudget = Math.min(3300, Math.round(options.snapshots * 0.02));
  const othersBudget = options.snapshots - heavyBudget - typicalBudget;
  const shapes: PersonaShape[] = [
    shapeOf('heavy', heavyPersona.id, heavyPersona.timeZone, heavyBudget, { accountDays: 1095, spanDays: 1095, channels: 2, baseViews: 6000, baseFollowers: 120_000 }),
    shapeOf('typical', typicalPersona.id, typicalPersona.timeZone, typicalBudget, { accountDays: 365, spanDays: 365, channels: 1, baseViews: 1500, baseFollowers: 8000 }),
    ...others.map((persona, index) => {
      const budget = Math.floor(othersBudget / others.length) + (index < othersBudget % others.length ? 1 : 0);
      return shapeOf('other', persona.id, 'UTC', budget, { accountDays: 1095, spanDays: 1095, channels: 2, baseViews: 3000, baseFollowers: 40_000 });
    }),
  ];
  const asOf = new Date();
  const seedStarted = performance.now();
  log(`seeding ${fmt(options.snapshots)} snapshots over ${shapes.length} personas`);
  await seed(databaseUrl, shapes, asOf);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const { rows: counts } = await handle.pool.query<{ persona_id: string; posts: number; account: number; items: number; performance: number }>(
    `SELECT p.id AS persona_id,
            (SELECT count(*)::int FROM analytics_snapshots s WHERE s.persona_id = p.id AND s.content_item_id IS NOT NULL) AS posts,
            (SELECT count(*)::int FROM analytics_snapshots s WHERE s.persona_id = p.id AND s.content_item_id IS NULL) AS account,
            (SELECT count(*)::int FROM content_items i WHERE i.persona_id = p.id) AS items,
            (SELECT count(*)::int FROM post_performance r WHERE r.persona_id = p.id) AS performance
       FROM personas p`,
  );
  const countOf = (personaId: string) => counts.find((row) => row.persona_id === personaId)!;
  const totalSnapshots = counts.reduce((sum, row) => sum + row.posts + row.account, 0);
  const { rows: [sizes] } = await handle.pool.query<{ snapshots: string; performance: string }>(
    `SELECT pg_size_pretty(pg_total_relation_size('analytics_snapshots')) AS snapshots, pg_size_pretty(pg_total_relation_size('post_performance')) AS performance`,
  );
  const heavyCounts = countOf(heavyPersona.id);
  const typicalCounts = countOf(typicalPersona.id);
  const otherCounts = others.map((persona) => countOf(persona.id));
  const sum = (rows: typeof counts, pick: (row: (typeof counts)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const personaLine = (label: string, shape: PersonaShape, row: (typeof counts)[number]) =>
    `${label} (${shape.timeZone}): ${fmt(row.posts + row.account)} snapshots, ${fmt(row.items)} posted items over ${shape.spanDays} days ` +
    `(${fmt(row.items / shape.spanDays, 1)} a day) with ${fmt(row.posts)} post snapshots at the 1h/1d/7d/30d checkpoints and ` +
    `${fmt(row.performance)} \`post_performance\` rows, ${shape.channels} channel${shape.channels > 1 ? 's' : ''} with ${fmt(row.account)} daily account snapshots`;
  const shape =
    `${fmt(totalSnapshots)} snapshots in \`analytics_snapshots\` (${sizes!.snapshots} with its indexes; \`post_performance\` ${sizes!.performance}), ` +
    `seeded in bulk SQL in ${fmt(seedSeconds, 0)} s. ${personaLine('The heavy persona', shapes[0]!, heavyCounts)}. ` +
    `${personaLine('The typical persona', shapes[1]!, typicalCounts)}. Both belong to the user the bench signed up through the API, and the ` +
    `requests use that user's token. ${others.length} other users' personas hold the other ${fmt(sum(otherCounts, (row) => row.posts + row.account))} ` +
    `snapshots (${fmt(sum(otherCounts, (row) => row.items))} items). Snapshots were inserted in capture order, so each persona's rows are spread ` +
    `over the table as in production. Engagement depends on the local hour, weekends, a hashtag and the caption's hook, so the heatmap and ` +
    `recommendations have findings.`;
  log(`seeded in ${seedSeconds.toFixed(0)} s: ${shape}`);

  // In-process callers: the viewer's service context on the app's own kind of database handle.
  const config = loadConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'production' });
  const viewer = await authenticate({ db: handle.db, config }, token);
  const ctx: ServiceContext = { db: handle.db, config, viewer, itemWriteGuard: keepPostsInStep };
  const captureCtx: ServiceContext = { db: capture.db, config, viewer, itemWriteGuard: keepPostsInStep };

  const specs: Spec[] = [];
  const now = new Date();
  const personas: Array<{ role: Role; id: string; timeZone: string }> = [
    { role: 'heavy', id: heavyPersona.id, timeZone: heavyPersona.timeZone },
    { role: 'typical', id: typicalPersona.id, timeZone: typicalPersona.timeZone },
  ];
  const checks: string[] = [];
  const failures: string[] = [];
  const pageOf: Record<Role, string[]> = { heavy: [], typical: [] };
  const itemOf: Record<Role, string> = { heavy: '', typical: '' };
  for (const persona of personas) {
    const { role, id, timeZone } = persona;
    // A board page: the newest measured posts. One item's history: a post 60 days old (all four checkpoints).
    pageOf[role] = (
      await handle.pool.query<{ content_item_id: string }>(
        'SELECT content_item_id FROM post_performance WHERE persona_id = $1 ORDER BY published_at DESC LIMIT $2',
        [id, PAGE],
      )
    ).rows.map((row) => row.content_item_id);
    itemOf[role] = (
      await handle.pool.query<{ content_item_id: string }>(
        `SELECT content_item_id FROM post_performance WHERE persona_id = $1 AND published_at < $2::timestamptz - interval '60 days'
          ORDER BY published_at DESC LIMIT 1`,
        [id, now],
      )
    ).rows[0]!.content_item_id;
    const naive = (text: string, values: unknown[], label = 'naive, from analytics_snapshots'): { side: Side; statement: Statement } => ({
      side: { label, run: () => timed(() => handle.pool.query(text, values)) },
      statement: { text, values },
    });
    const add = (
      name: string,
      range: number | null,
      run: (c: ServiceContext) => Promise<unknown[] | unknown>,
      baseline?: { side: Side; statement: Statement; before?: string[] },
    ) => {
      const spec: Spec = {
        kind: 'query',
        role,
        name,
        range,
        a: {
          label: 'rollup',
          run: async () => {
            const started = performance.now();
            const rows = await run(ctx);
            const elapsed = performance.now() - started;
            spec.rows ??= Array.isArray(rows) ? rows.length : NaN;
            return elapsed;
          },
        },
        b: baseline?.side,
        explainA: () => run(captureCtx) as Promise<unknown>,
        explainB: baseline && { statement: baseline.statement, before: baseline.before },
      };
      specs.push(spec);
    };
    for (const days of RANGES) {
      const from = new Date(now.getTime() - days * DAY_MS);
      add('totalsByPlatform', days, (c) => totalsByPlatform(c.db, id, from, now), naive(NAIVE.totals, [id, from, now]));
      add('dailyPosts', days, (c) => dailyPosts(c.db, id, timeZone, from, now), naive(NAIVE.daily, [id, from, now, timeZone]));
      // The account series has no rollup: its partial index is what 0005 added. The baseline is the
      // same statement with that index dropped, inside a transaction that is rolled back.
      sink.captured.length = 0;
      await dailyAccount(capture.db, id, timeZone, from, now);
      const accountStatement = sink.captured.at(-1)!;
      const dropIndex = 'DROP INDEX analytics_snapshots_account_idx';
      add('dailyAccount', days, (c) => dailyAccount(c.db, id, timeZone, from, now), {
        side: {
          label: 'without the partial index',
          run: async () => {
            const client = await handle.pool.connect();
            try {
              await client.query('BEGIN');
              await client.query(dropIndex);
              const started = performance.now();
              await client.query(accountStatement.text, accountStatement.values);
              return performance.now() - started;
            } finally {
              await client.query('ROLLBACK');
              client.release();
            }
          },
        },
        statement: accountStatement,
        before: [dropIndex],
      });
      add('rankedPosts best', days, (c) => rankedPosts(c.db, id, from, now, 'best', 5), naive(NAIVE.ranked('best'), [id, from, now, 5]));
      add('rankedPosts worst', days, (c) => rankedPosts(c.db, id, from, now, 'worst', 5), naive(NAIVE.ranked('worst'), [id, from, now, 5]));
    }
    add('heatmap', null, (c) => heatmap(c.db, id, timeZone), naive(NAIVE.heatmap, [id, timeZone]));
    add('historyForRecommendations', null, (c) => historyForRecommendations(c.db, id), naive(NAIVE.history, [id]));
    add('personaRecommendations', null, (c) => personaRecommendations(c.db, id, timeZone).then((set) => [...set.slots, ...set.insights]));
    add('findPerformanceByItemIds', null, (c) => findPerformanceByItemIds(c.db, pageOf[role]), naive(NAIVE.performanceByIds, [pageOf[role]]));
    add('findAnalyticsByContentItemIds 1', null, (c) => findAnalyticsByContentItemIds(c.db, [itemOf[role]]));
    add(`findAnalyticsByContentItemIds ${PAGE}`, null, (c) => findAnalyticsByContentItemIds(c.db, pageOf[role]));
    add('findAnalyticsByPersonaIds', null, (c) => findAnalyticsByPersonaIds(c.db, [id], PAGE));

    // The naive statements answer the same questions (checked once, on the heavy persona's 90 days).
    if (role === 'heavy') {
      const from = new Date(now.getTime() - 90 * DAY_MS);
      const q = async (text: string, values: unknown[]) => (await handle.pool.query(text, values)).rows;
      sameAnswer('totals by platform', await totalsByPlatform(handle.db, id, from, now), await q(NAIVE.totals, [id, from, now]), checks, failures);
      sameAnswer('daily posts', await dailyPosts(handle.db, id, timeZone, from, now), await q(NAIVE.daily, [id, from, now, timeZone]), checks, failures);
      sameAnswer('best 5', await rankedPosts(handle.db, id, from, now, 'best', 5), await q(NAIVE.ranked('best'), [id, from, now, 5]), checks, failures);
      sameAnswer('worst 5', await rankedPosts(handle.db, id, from, now, 'worst', 5), await q(NAIVE.ranked('worst'), [id, from, now, 5]), checks, failures);
      sameAnswer('heatmap', await heatmap(handle.db, id, timeZone), await q(NAIVE.heatmap, [id, timeZone]), checks, failures);
      sameAnswer('recommendation history', await historyForRecommendations(handle.db, id), await q(NAIVE.history, [id]), checks, failures);
      if (failures.length) log(`warning: the naive statements answered differently for: ${failures.join(', ')}`);
    }
  }

  // Whole GraphQL requests, each against the same service functions called in-process.
  for (const persona of personas) {
    const { role, id, timeZone } = persona;
    const request = (name: string, range: number | null, query: string, variables: Record<string, unknown>, inProcess: () => Promise<unknown>) => {
      const spec: Spec = {
        kind: 'graphql',
        role,
        name,
        range,
        a: {
          label: 'GraphQL over HTTP',
          run: async () => {
            const started = performance.now();
            const reply = await graphql(app.url, token, query, variables);
            const elapsed = performance.now() - started;
            spec.bytes ??= reply.bytes;
            return elapsed;
          },
        },
        b: { label: 'in-process', run: () => timed(inProcess) },
      };
      specs.push(spec);
    };
    for (const days of RANGES) {
      const from = new Date(now.getTime() - days * DAY_MS);
      request('analyticsSummary', days, SUMMARY, { id, from: from.toISOString(), to: now.toISOString() }, async () => {
        const model = await personaAnalytics(ctx, id, { from, to: now });
        await Promise.all([
          model.platforms(),
          dailyMetrics(ctx, model),
          rankedPerformance(ctx, model, 'best', 5),
          rankedPerformance(ctx, model, 'worst', 5),
          heatmapCells(ctx, model),
          followerGrowth(model),
        ]);
      });
    }
    request('recommendations', null, RECOMMENDATIONS, { id }, () => personaRecommendations(handle.db, id, timeZone));
    request('persona analytics', null, PERSONA_RECENT, { id }, () => findAnalyticsByPersonaIds(handle.db, [id], PAGE));
    request('contentItem analytics', null, ITEM, { id: itemOf[role] }, () =>
      Promise.all([findAnalyticsByContentItemIds(handle.db, [itemOf[role]]), findPerformanceByItemIds(handle.db, [itemOf[role]])]),
    );
  }

  // Run: in-process queries first, then the GraphQL requests; CPU accounting around each phase.
  const backends = () => backendPids(handle.pool);
  const results: Result[] = [];
  const cpu: Record<string, CpuFigures> = {};
  for (const kind of ['query', 'graphql'] as const) {
    const phase = specs.filter((spec) => spec.kind === kind);
    const label = kind === 'query' ? 'Queries in-process (A) and naive (B)' : 'GraphQL requests (A) and in-process (B)';
    log(`${label}: ${phase.length} of them`);
    const start = cpuSample({ server: kind === 'graphql' ? app.pid : null }, await backends());
    for (const spec of phase) {
      const result = await measure(spec, app, backends);
      results.push({ ...result, planA: null, planB: null, aStatements: 0 });
      const walls = (runs: RunFigures[]) => runs.map((run) => run.wall);
      log(
        `${spec.role} ${spec.name} ${period(spec.range)}: p50 ${ms(quantile(walls(result.a), 0.5))} p95 ${ms(quantile(walls(result.a), 0.95))} ms, ` +
          `waiting p50 ${ms(quantile(result.a.map((run) => run.wait), 0.5))} ms` +
          (result.b.length ? `; ${spec.b!.label} p50 ${ms(quantile(walls(result.b), 0.5))} p95 ${ms(quantile(walls(result.b), 0.95))} ms (${result.b.length} runs)` : ''),
      );
    }
    cpu[label] = cpuFigures(start, cpuSample({ server: kind === 'graphql' ? app.pid : null }, await backends()));
  }

  // Plans: one EXPLAIN (ANALYZE, BUFFERS) of each in-process query and its baseline.
  log('EXPLAIN (ANALYZE, BUFFERS) of each query');
  for (const [index, spec] of specs.entries()) {
    if (spec.kind !== 'query') continue;
    const result = results[index]!;
    if (spec.explainA) {
      sink.captured.length = 0;
      await spec.explainA();
      const statements = [...sink.captured];
      result.aStatements = statements.length;
      let slowest: PlanFigures | null = null;
      for (const statement of statements) {
        const plan = await explain(handle.pool, statement);
        if (!slowest || plan.executionMs > slowest.executionMs) slowest = plan;
      }
      result.planA = slowest;
    }
    if (spec.explainB) result.planB = await explain(handle.pool, spec.explainB.statement, spec.explainB.before);
  }
  // Each GraphQL request's slowest statement, from the in-process queries it is made of.
  for (const result of results) {
    if (result.kind !== 'graphql') continue;
    const parts = REQUEST_PARTS[result.name] ?? [];
    const twins = results.filter(
      (row) => row.kind === 'query' && row.role === result.role && parts.includes(row.name) && (row.range === result.range || row.range === null) && row.planA,
    );
    const slowest = twins.reduce<Result | null>((worst, row) => (!worst || row.planA!.executionMs > worst.planA!.executionMs ? row : worst), null);
    result.slowestStatement = slowest ? { name: slowest.name, executionMs: slowest.planA!.executionMs } : null;
  }

  const machine = describeMachine(
    `${settings.server_version} (shared_buffers ${Math.round((Number(settings.shared_buffers) * 8) / 1024)} MiB, work_mem ${Math.round(Number(settings.work_mem) / 1024)} MiB, jit ${settings.jit}, random_page_cost ${settings.random_page_cost}, autovacuum ${settings.autovacuum})`,
    backgroundCores,
    { 'whole run': `${fmt((performance.now() - startedAt) / 60_000, 1)} min` },
  );
  const checkLine = [
    ...(checks.length ? [`The naive statements give the same answers as the dashboard's (checked on the heavy persona's 90 days: ${checks.join(', ')}).`] : []),
    ...(failures.length ? [`**The naive statements answered differently** for: ${failures.join(', ')}.`] : []),
  ];
  const command = benchCommand('analytics', ['--write', '--json', '--keep-database']);
  const block = report(results, { machine, command, shape, snapshots: totalSnapshots, cpu, checks: checkLine });
  process.stdout.write(`${block}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ options, machine, shape, results, cpu }, null, 2)}\n`);
  if (options.write) writeDocBlock(markers, block, { section: '## Analytics dashboard\n\n### Results\n\n' });
}

await runBench(main);
