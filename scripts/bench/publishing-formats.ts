/**
 * The formats phase of `pnpm bench:publishing`: bursts of single images, carousels, Reels and
 * a mix of the three, due at the same instant on one Instagram channel, published by a worker
 * against the fake Instagram with its processing delay for videos. Single images are the
 * baseline: the figures are lateness, drain time and requests per post, and the mix shows
 * whether posts behind processing videos are kept waiting (docs/benchmarks.md, "Formats").
 *
 * Processes on loopback: this one (scratch database, the fake Instagram, seeding, the
 * observer), the API server (server/dist/main.js: Instagram fetches the media from it) and one
 * worker (server/dist/worker-main.js), both NODE_ENV=production with the default
 * INSTAGRAM_CONTAINER_POLL_MS and PUBLISH_CONCURRENCY.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { freePort } from '../../server/test/support/app-process.js';
import { instagramSettings, startFakeInstagram, type FakeInstagram } from '../../server/test/support/fake-instagram.js';
import { makeSampleImage, makeSampleVideo } from '../../server/test/support/sample-video.js';
import { appEnv, formatNumber, log, median, onCleanup, quantile, repoRoot, sleep, spawnNode, type NodeChild } from './common.js';
import { seedInTransaction } from './publishing-seed.js';

export interface FormatsOptions {
  /** Posts in each burst. */
  posts: number;
  /** How long the fake processes each video, ms (Meta: tens of seconds to minutes). */
  processingMs: number;
  rounds: number;
  timeoutMs: number;
}

export interface FormatsScene {
  pool: pg.Pool;
  databaseUrl: string;
  dataDir: string;
  token: string;
  userId: string;
  personaId: string;
}

type Format = 'post' | 'carousel' | 'reel';
type Burst = Format | 'mixed';
const BURSTS: Burst[] = ['post', 'carousel', 'reel', 'mixed'];
const FORMATS: Format[] = ['post', 'carousel', 'reel'];
const NAMES: Record<Burst, string> = { post: 'Single images', carousel: 'Carousels (image, video, image)', reel: 'Reels (video and cover)', mixed: 'Mixed (a third each)' };

export interface KindFigures {
  posts: number;
  published: number;
  lateP50: number;
  lateP99: number;
  /** Due to published, ms. */
  doneP50: number;
  doneMax: number;
}

interface BurstOutcome {
  burst: Burst;
  round: number;
  all: KindFigures;
  byFormat: Partial<Record<Format, KindFigures>>;
  duplicates: number;
  failed: string[];
  requestsPerPost: number;
  statusPollsPerPost: number;
  drainMs: number;
}

// ---------------------------------------------------------------------------------------------
// The app: API server, Instagram connection, media

interface App {
  url: string;
  channelId: string;
  assets: { images: [string, string]; video: string };
}

export async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ') };
}

export async function waitForOutput(process: NodeChild, text: string, what: string) {
  const deadline = Date.now() + 30_000;
  while (!process.output().includes(text)) {
    if (process.child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not start:\n${process.output()}`);
    await sleep(50);
  }
}

/** The API server as deployed, on a free port, talking to the fakes `env` points it at. */
export async function startApi(scene: FormatsScene, env: NodeJS.ProcessEnv): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawnNode(
    [path.join(repoRoot, 'server/dist/main.js')],
    appEnv(scene.databaseUrl, { PORT: String(port), PUBLIC_URL: url, DATA_DIR: scene.dataDir, RUN_WORKER: 'false', ...env }),
    10_000,
  );
  onCleanup(() => api.stopAndShow('API server'));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (ready) return url;
    if (api.child.exitCode !== null || Date.now() > deadline) throw new Error(`the API server did not start:\n${api.output()}`);
    await sleep(100);
  }
}

/** Connects the persona to the fake Instagram the way a browser does (the fake grants at once). */
export async function connectInstagram(url: string, scene: FormatsScene): Promise<string> {
  const started = await graphql<{ startInstagramConnection: { authorizeUrl: string } }>(
    url, scene.token, 'mutation ($personaId: ID!) { startInstagramConnection(personaId: $personaId) { authorizeUrl } }', { personaId: scene.personaId },
  );
  const granted = await fetch(started.data.startInstagramConnection.authorizeUrl, { redirect: 'manual' });
  await fetch(granted.headers.get('location')!, { redirect: 'manual', headers: { cookie: started.cookie } });
  const { data } = await graphql<{ persona: { channelIntegrations: Array<{ id: string; platform: string }> } }>(
    url, scene.token, 'query ($id: ID!) { persona(id: $id) { channelIntegrations { id platform } } }', { id: scene.personaId },
  );
  const channel = data.persona.channelIntegrations.find((candidate) => candidate.platform === 'INSTAGRAM');
  if (!channel) throw new Error('connecting the fake Instagram did not add a channel');
  return channel.id;
}

export async function upload(url: string, scene: FormatsScene, bytes: Buffer, type: string, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${url}/api/assets?personaId=${scene.personaId}`, { method: 'POST', headers: { authorization: `Bearer ${scene.token}` }, body: form });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function uploadMedia(url: string, scene: FormatsScene): Promise<App['assets']> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-bench-media-'));
  try {
    const tools = mediaTools({});
    const file = (name: string) => path.join(dir, name);
    await makeSampleImage(tools, file('a.jpg'), { width: 1080, height: 1350, colour: '0xcc8844' });
    await makeSampleImage(tools, file('b.jpg'), { width: 1080, height: 1350, colour: '0x4488cc' });
    await makeSampleVideo(tools, file('clip.mp4'), { width: 720, height: 1280, seconds: 5 });
    const images = [
      await upload(url, scene, await readFile(file('a.jpg')), 'image/jpeg', 'a.jpg'),
      await upload(url, scene, await readFile(file('b.jpg')), 'image/jpeg', 'b.jpg'),
    ] as [string, string];
    return { images, video: await upload(url, scene, await readFile(file('clip.mp4')), 'video/mp4', 'clip.mp4') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Bursts

/** The media of each format, in order, and a Reel's cover. */
function mediaOf(format: Format, assets: App['assets']): { media: string[]; cover: string | null } {
  if (format === 'carousel') return { media: [assets.images[0], assets.video, assets.images[1]], cover: null };
  if (format === 'reel') return { media: [assets.video], cover: assets.images[0] };
  return { media: [assets.images[0]], cover: null };
}

/** `count` SCHEDULED Instagram items of `format` with their pending posts, all due at `due`. */
async function seedFormat(client: pg.PoolClient, scene: FormatsScene, app: App, format: Format, count: number, due: Date, tag: string) {
  const { media, cover } = mediaOf(format, app.assets);
  await client.query(
    `WITH items AS (
       INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, format, asset_id, cover_asset_id)
       SELECT $1, 'Bench ' || $2 || ' ' || g, 'Bench ' || $3 || ' ' || g || ' #bench', 'instagram', 'scheduled', $4, $2, $5, $6
         FROM generate_series(1, $7::int) AS g
       RETURNING id, scheduled_at
     ), media AS (
       INSERT INTO content_item_media (content_item_id, position, asset_id)
       SELECT i.id, m.position - 1, m.asset_id FROM items i CROSS JOIN unnest($8::uuid[]) WITH ORDINALITY AS m(asset_id, position)
     ), history AS (
       INSERT INTO content_item_status_changes (content_item_id, from_status, to_status, actor_user_id)
       SELECT id, NULL, 'scheduled', $9 FROM items
     )
     INSERT INTO scheduled_posts (content_item_id, channel_integration_id, run_at, due_at)
     SELECT id, $10, scheduled_at, scheduled_at FROM items`,
    [scene.personaId, format, tag, due, media[0], cover, count, media, scene.userId, app.channelId],
  );
}

async function seedBurst(scene: FormatsScene, app: App, burst: Burst, posts: number, due: Date, tag: string) {
  await seedInTransaction(scene, async (client) => {
    if (burst === 'mixed') {
      for (const [index, format] of FORMATS.entries()) {
        await seedFormat(client, scene, app, format, Math.floor(posts / 3) + (index < posts % 3 ? 1 : 0), due, `${tag} ${format}`);
      }
    } else {
      await seedFormat(client, scene, app, burst, posts, due, tag);
    }
  });
  await scene.pool.query('VACUUM ANALYZE content_items_with_trash, content_item_media, scheduled_posts');
}

export async function waitDrained(pool: pg.Pool, deadline: number): Promise<boolean> {
  for (;;) {
    const { rows } = await pool.query<{ open: string }>("SELECT count(*) AS open FROM scheduled_posts WHERE state IN ('pending', 'publishing')");
    if (Number(rows[0]!.open) === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
}

export function figures(rows: Array<{ state: string; late: number | null; done: number | null }>): KindFigures {
  const late = rows.map((row) => row.late ?? Infinity);
  const done = rows.map((row) => (row.state === 'published' && row.done !== null ? row.done : Infinity));
  return {
    posts: rows.length,
    published: rows.filter((row) => row.state === 'published').length,
    lateP50: quantile(late, 0.5),
    lateP99: quantile(late, 0.99),
    doneP50: quantile(done, 0.5),
    doneMax: quantile(done, 1),
  };
}

async function runBurst(scene: FormatsScene, app: App, fake: FakeInstagram, burst: Burst, round: number, options: FormatsOptions): Promise<BurstOutcome> {
  await scene.pool.query('TRUNCATE content_items_with_trash, content_item_status_changes, scheduled_posts CASCADE');
  const tag = `r${round} ${burst}`;
  const due = new Date(Date.now() + 3000);
  await seedBurst(scene, app, burst, options.posts, due, tag);
  const requestsBefore = fake.requests.length;
  const drained = await waitDrained(scene.pool, due.getTime() + options.timeoutMs);
  const { rows } = await scene.pool.query<{ format: Format; state: string; last_error: string | null; status_polls: number; late: number | null; done: number | null }>(
    `SELECT i.format, s.state, s.last_error, s.status_polls,
            extract(epoch FROM s.started_at - s.run_at)::float8 * 1000 AS late,
            extract(epoch FROM s.published_at - s.run_at)::float8 * 1000 AS done
       FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id`,
  );
  const all = figures(rows);
  // Every caption of this burst is its own: more than one media with it is a duplicate.
  const counts = new Map<string, number>();
  for (const media of fake.published) if (media.caption.startsWith(`Bench ${tag}`)) counts.set(media.caption, (counts.get(media.caption) ?? 0) + 1);
  return {
    burst,
    round,
    all,
    byFormat: Object.fromEntries(FORMATS.map((format) => [format, figures(rows.filter((row) => row.format === format))]).filter(([, kind]) => (kind as KindFigures).posts > 0)),
    duplicates: [...counts.values()].reduce((sum, count) => sum + count - 1, 0),
    failed: [...new Set(rows.filter((row) => row.state === 'failed').map((row) => row.last_error ?? 'no reason'))],
    requestsPerPost: (fake.requests.length - requestsBefore) / rows.length,
    statusPollsPerPost: rows.reduce((sum, row) => sum + row.status_polls, 0) / rows.length,
    drainMs: drained && all.published === all.posts ? all.doneMax : Infinity,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value: number, digits = 0) => formatNumber(value, digits, 'not done');

function report(outcomes: BurstOutcome[], options: FormatsOptions): string {
  const of = (burst: Burst) => outcomes.filter((outcome) => outcome.burst === burst);
  const m = (burst: Burst, pick: (outcome: BurstOutcome) => number) => median(of(burst).map(pick));
  const baseline = m('post', (outcome) => outcome.drainMs);
  const spec: Array<[string, (outcome: BurstOutcome) => number, number]> = [
    ['Posts published', (outcome) => outcome.all.published, 0],
    ['Duplicates', (outcome) => outcome.duplicates, 0],
    ['Lateness p50 (ms)', (outcome) => outcome.all.lateP50, 0],
    ['Lateness p99 (ms)', (outcome) => outcome.all.lateP99, 0],
    ['Due to published p50 (s)', (outcome) => outcome.all.doneP50 / 1000, 2],
    ['**Time to drain (s)**', (outcome) => outcome.drainMs / 1000, 2],
    ['Drain against single images', (outcome) => outcome.drainMs / baseline, 2],
    ['Requests to Instagram per post', (outcome) => outcome.requestsPerPost, 1],
    ['Status polls per post', (outcome) => outcome.statusPollsPerPost, 1],
  ];
  const mixed = of('mixed');
  const mixedRows = FORMATS.map((format) => {
    const pick = (field: keyof KindFigures) => median(mixed.map((outcome) => outcome.byFormat[format]?.[field] ?? NaN));
    return `| ${NAMES[format]} | ${fmt(pick('published'))} of ${fmt(pick('posts'))} | ${fmt(pick('lateP50'))} | ${fmt(pick('lateP99'))} | ${fmt(pick('doneP50') / 1000, 2)} | ${fmt(pick('doneMax') / 1000, 2)} |`;
  });
  const failures = [...new Set(outcomes.flatMap((outcome) => outcome.failed))];
  return [
    `Load: ${fmt(options.posts)} Instagram posts due at the same instant per burst, one channel, one worker (PUBLISH_CONCURRENCY 8, ` +
      `INSTAGRAM_CONTAINER_POLL_MS 2000, the defaults), against the fake Instagram: images are processed at once, each video takes ` +
      `${fmt(options.processingMs / 1000, 1)} s. ${options.rounds} round${options.rounds === 1 ? '' : 's'} of the four bursts; figures are medians over rounds.`,
    '',
    `| | ${BURSTS.map((burst) => NAMES[burst]).join(' | ')} |`,
    `|---|${BURSTS.map(() => '---:').join('|')}|`,
    ...spec.map(([name, pick, digits]) => `| ${name} | ${BURSTS.map((burst) => fmt(m(burst, pick), digits)).join(' | ')} |`),
    '',
    'Within the mixed burst, by format:',
    '',
    '| | Published | Lateness p50 (ms) | Lateness p99 (ms) | Due to published p50 (s) | Last published (s) |',
    '|---|---:|---:|---:|---:|---:|',
    ...mixedRows,
    '',
    failures.length ? `Failures: ${failures.join('; ')}.` : 'No post failed.',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The phase

export async function formatsPhase(scene: FormatsScene, options: FormatsOptions): Promise<string> {
  const fake = await startFakeInstagram({ quotaTotal: 1_000_000, inProgressPolls: 0, videoPolls: 0, videoProcessingMs: options.processingMs });
  onCleanup(() => fake.close());
  const url = await startApi(scene, instagramSettings(fake));
  const app: App = { url, channelId: await connectInstagram(url, scene), assets: await uploadMedia(url, scene) };
  const worker = spawnNode(
    [path.join(repoRoot, 'server/dist/worker-main.js')],
    appEnv(scene.databaseUrl, { DATA_DIR: scene.dataDir, PUBLIC_URL: url, LOG_LEVEL: 'info', ...instagramSettings(fake) }),
    10_000,
  );
  onCleanup(() => worker.stopAndShow('formats worker'));
  await waitForOutput(worker, 'DoppelCart worker running', 'the worker');
  const outcomes: BurstOutcome[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const burst of BURSTS) {
      log(`formats, round ${round}: ${options.posts} ${NAMES[burst].toLowerCase()} due at once`);
      const outcome = await runBurst(scene, app, fake, burst, round, options);
      outcomes.push(outcome);
      log(
        `${burst}: drained in ${fmt(outcome.drainMs / 1000, 2)} s, lateness p50 ${fmt(outcome.all.lateP50)} ms p99 ${fmt(outcome.all.lateP99)} ms, ` +
          `${outcome.all.published} of ${outcome.all.posts} published, ${outcome.duplicates} duplicates, ${fmt(outcome.requestsPerPost, 1)} requests/post`,
      );
    }
  }
  return report(outcomes, options);
}
