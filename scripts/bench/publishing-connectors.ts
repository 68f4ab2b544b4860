/**
 * The connectors phase of `pnpm bench:publishing`: bursts of posts due at the same instant on
 * each network's channel alone (Instagram, Bluesky, Mastodon, X, LinkedIn, Threads, YouTube and
 * TikTok against their fakes, and the Sandbox; one image each, a short video on YouTube and
 * TikTok), then the same number spread over all of them, then one-image items cross-posted to
 * every network that takes an image. The bare SKIP LOCKED loop (jobs that do nothing) draining as many rows is the
 * baseline: the figures say what each connector's steps cost on top of claiming a job.
 *
 * Processes on loopback: this one (scratch database, the three fakes, seeding, the observer),
 * the API server (server/dist/main.js: Instagram fetches the images from it) and one worker
 * (server/dist/worker-main.js), both NODE_ENV=production with the default PUBLISH_CONCURRENCY.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeBluesky, type FakeBluesky } from '../../server/test/support/fake-bluesky.js';
import { instagramSettings, startFakeInstagram, type FakeInstagram } from '../../server/test/support/fake-instagram.js';
import { startFakeMastodon, type FakeMastodon } from '../../server/test/support/fake-mastodon.js';
import { startFakeLinkedIn, type FakeLinkedIn } from '../../server/test/support/fake-linkedin.js';
import { startFakeThreads, type FakeThreads } from '../../server/test/support/fake-threads.js';
import { startFakeTikTok, type FakeTikTok } from '../../server/test/support/fake-tiktok.js';
import { startFakeX, type FakeX } from '../../server/test/support/fake-x.js';
import { startFakeYouTube, type FakeYouTube } from '../../server/test/support/fake-youtube.js';
import { makeSampleImage, makeSampleVideo } from '../../server/test/support/sample-video.js';
import { appEnv, formatNumber, log, median, onCleanup, repoRoot, sleep, spawnNode } from './common.js';
import { connectInstagram, figures, graphql, startApi, upload, waitDrained, waitForOutput, type FormatsScene, type KindFigures } from './publishing-formats.js';
import { seedInTransaction } from './publishing-seed.js';

export interface ConnectorsOptions {
  /** Posts in each burst. */
  posts: number;
  rounds: number;
  timeoutMs: number;
}

const NETWORKS = ['instagram', 'bluesky', 'mastodon', 'x', 'linkedin', 'threads', 'youtube', 'tiktok', 'sandbox'] as const;
type Network = (typeof NETWORKS)[number];
/** Networks whose burst posts a short video: YouTube takes nothing else, and TikTok's photos need a verified domain. */
const VIDEO_NETWORKS: readonly Network[] = ['youtube', 'tiktok'];
/** The networks a one-image post goes to: the cross-posted burst's channels. */
const IMAGE_NETWORKS = NETWORKS.filter((network) => !VIDEO_NETWORKS.includes(network));
type Burst = Network | 'mixed' | 'cross' | 'bare';
const BURSTS: Burst[] = ['bare', ...NETWORKS, 'mixed', 'cross'];
const NAMES: Record<Burst, string> = {
  bare: 'Bare loop',
  instagram: 'Instagram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  x: 'X',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  youtube: 'YouTube (video)',
  tiktok: 'TikTok (video)',
  sandbox: 'Sandbox',
  mixed: `Mixed (a ninth each)`,
  cross: `Cross-posted (each item to the ${IMAGE_NETWORKS.length} image networks)`,
};

interface Fakes {
  instagram: FakeInstagram;
  bluesky: FakeBluesky;
  mastodon: FakeMastodon;
  x: FakeX;
  linkedin: FakeLinkedIn;
  youtube: FakeYouTube;
  threads: FakeThreads;
  tiktok: FakeTikTok;
}

interface Assets {
  image: string;
  video: string;
}

interface Outcome {
  burst: Burst;
  all: KindFigures;
  byNetwork: Partial<Record<Network, KindFigures>>;
  duplicates: number;
  itemsPosted: number;
  failed: string[];
  drainMs: number;
}

// ---------------------------------------------------------------------------------------------
// The app: channels on every network, one image

async function connectAll(url: string, scene: FormatsScene, fakes: Fakes): Promise<Record<Network, string>> {
  const call = async <T>(query: string, variables: Record<string, unknown>) => (await graphql<T>(url, scene.token, query, variables)).data;
  const sandbox = await call<{ connectSandboxChannel: { id: string } }>('mutation ($personaId: ID!) { connectSandboxChannel(personaId: $personaId) { id } }', { personaId: scene.personaId });
  const bluesky = await call<{ connectBlueskyChannel: { id: string } }>('mutation ($input: ConnectBlueskyChannelInput!) { connectBlueskyChannel(input: $input) { id } }', {
    input: { personaId: scene.personaId, handle: fakes.bluesky.handle, appPassword: fakes.bluesky.appPassword },
  });
  const mastodon = await call<{ connectMastodonChannel: { id: string } }>('mutation ($input: ConnectMastodonChannelInput!) { connectMastodonChannel(input: $input) { id } }', {
    input: { personaId: scene.personaId, accessToken: fakes.mastodon.token },
  });
  return {
    instagram: await connectInstagram(url, scene),
    bluesky: bluesky.connectBlueskyChannel.id,
    mastodon: mastodon.connectMastodonChannel.id,
    x: await connectThroughConsent(url, scene, 'X'),
    linkedin: await connectThroughConsent(url, scene, 'LINKEDIN'),
    threads: await connectThroughConsent(url, scene, 'THREADS'),
    youtube: await connectThroughConsent(url, scene, 'YOUTUBE'),
    tiktok: await connectThroughConsent(url, scene, 'TIKTOK'),
    sandbox: sandbox.connectSandboxChannel.id,
  };
}

/** A network with a consent page, connected as a browser does (the fake approves at once). */
async function connectThroughConsent(url: string, scene: FormatsScene, platform: string): Promise<string> {
  const started = await graphql<{ startChannelConnection: { authorizeUrl: string } }>(
    url, scene.token, 'mutation ($personaId: ID!, $platform: Platform!) { startChannelConnection(personaId: $personaId, platform: $platform) { authorizeUrl } }',
    { personaId: scene.personaId, platform },
  );
  const granted = await fetch(started.data.startChannelConnection.authorizeUrl, { redirect: 'manual' });
  await fetch(granted.headers.get('location')!, { redirect: 'manual', headers: { cookie: started.cookie } });
  const { data } = await graphql<{ persona: { channelIntegrations: Array<{ id: string; platform: string }> } }>(
    url, scene.token, 'query ($id: ID!) { persona(id: $id) { channelIntegrations { id platform } } }', { id: scene.personaId },
  );
  const channel = data.persona.channelIntegrations.find((candidate) => candidate.platform === platform);
  if (!channel) throw new Error(`connecting the fake ${platform} did not add a channel`);
  return channel.id;
}

async function uploadAssets(url: string, scene: FormatsScene): Promise<Assets> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-bench-image-'));
  try {
    const file = (name: string) => path.join(dir, name);
    await makeSampleImage(mediaTools({}), file('a.jpg'), { width: 1080, height: 1350, colour: '0x88aa44' });
    await makeSampleVideo(mediaTools({}), file('clip.mp4'), { width: 720, height: 1280, seconds: 3 });
    return {
      image: await upload(url, scene, await readFile(file('a.jpg')), 'image/jpeg', 'a.jpg'),
      video: await upload(url, scene, await readFile(file('clip.mp4')), 'video/mp4', 'clip.mp4'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Bursts

/**
 * `count` SCHEDULED items with one asset (an image post, or a video Reel for YouTube), each with
 * a pending post on each of `channels` (one channel, or all image networks for a cross-post),
 * all due at `due`.
 */
async function seedItems(client: pg.PoolClient, scene: FormatsScene, media: { assetId: string; platform: string; format: string }, channels: string[], count: number, due: Date, tag: string) {
  await client.query(
    `WITH items AS (
       INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, format, asset_id)
       SELECT $1, 'Bench ' || $2 || ' ' || g, 'Bench ' || $2 || ' ' || g || ' #bench', $8, 'scheduled', $3, $9, $4
         FROM generate_series(1, $5::int) AS g
       RETURNING id, scheduled_at
     ), media AS (
       INSERT INTO content_item_media (content_item_id, position, asset_id) SELECT id, 0, $4 FROM items
     ), history AS (
       INSERT INTO content_item_status_changes (content_item_id, from_status, to_status, actor_user_id)
       SELECT id, NULL, 'scheduled', $6 FROM items
     )
     INSERT INTO scheduled_posts (content_item_id, channel_integration_id, run_at, due_at)
     SELECT i.id, c.id, i.scheduled_at, i.scheduled_at FROM items i CROSS JOIN unnest($7::uuid[]) AS c(id)`,
    [scene.personaId, tag, due, media.assetId, count, scene.userId, channels, media.platform, media.format],
  );
}

const mediaFor = (network: Network, assets: Assets) =>
  VIDEO_NETWORKS.includes(network) ? { assetId: assets.video, platform: network, format: 'reel' } : { assetId: assets.image, platform: 'instagram', format: 'post' };

async function seedBurst(scene: FormatsScene, assets: Assets, channels: Record<Network, string>, burst: Burst, posts: number, due: Date, tag: string) {
  await seedInTransaction(scene, async (client) => {
    if (burst === 'mixed') {
      for (const [index, network] of NETWORKS.entries()) {
        const share = Math.floor(posts / NETWORKS.length) + (index < posts % NETWORKS.length ? 1 : 0);
        await seedItems(client, scene, mediaFor(network, assets), [channels[network]], share, due, `${tag} ${network}`);
      }
    } else if (burst === 'cross') {
      await seedItems(client, scene, mediaFor('instagram', assets), IMAGE_NETWORKS.map((network) => channels[network]), Math.ceil(posts / IMAGE_NETWORKS.length), due, tag);
    } else {
      await seedItems(client, scene, mediaFor(burst as Network, assets), [channels[burst as Network]], posts, due, tag);
    }
  });
  await scene.pool.query('VACUUM ANALYZE content_items_with_trash, content_item_media, scheduled_posts');
}

/** Posts of this burst that went out more than once on any network (each caption is its own). */
async function duplicates(scene: FormatsScene, fakes: Fakes, tag: string): Promise<number> {
  const mine = (text: string) => text.startsWith(`Bench ${tag}`);
  const extra = (texts: string[]) => {
    const counts = new Map<string, number>();
    for (const text of texts.filter(mine)) counts.set(text, (counts.get(text) ?? 0) + 1);
    return [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
  };
  const { rows } = await scene.pool.query<{ caption: string }>('SELECT caption FROM sandbox_posts');
  return (
    extra(fakes.instagram.published.map((media) => media.caption)) +
    extra(fakes.bluesky.posts.map((post) => post.record.text)) +
    extra(fakes.mastodon.posts.map((post) => post.text)) +
    extra(fakes.x.posts.map((post) => post.text)) +
    extra(fakes.linkedin.posts.map((post) => post.commentary)) +
    extra(fakes.youtube.videos.map((video) => video.title)) +
    extra(fakes.threads.posts.map((post) => post.text)) +
    extra(fakes.tiktok.posts.map((post) => post.title ?? '')) +
    extra(rows.map((row) => row.caption))
  );
}

async function runBurst(scene: FormatsScene, fakes: Fakes, assets: Assets, channels: Record<Network, string>, burst: Burst, round: number, options: ConnectorsOptions): Promise<Outcome> {
  await scene.pool.query('TRUNCATE content_items_with_trash, content_item_status_changes, scheduled_posts CASCADE');
  const tag = `r${round} ${burst}`;
  const due = new Date(Date.now() + 3000);
  await seedBurst(scene, assets, channels, burst, options.posts, due, tag);
  const drained = await waitDrained(scene.pool, due.getTime() + options.timeoutMs);
  const { rows } = await scene.pool.query<{ platform: Network; state: string; last_error: string | null; late: number | null; done: number | null }>(
    `SELECT c.platform, s.state, s.last_error,
            extract(epoch FROM s.started_at - s.run_at)::float8 * 1000 AS late,
            extract(epoch FROM s.published_at - s.run_at)::float8 * 1000 AS done
       FROM scheduled_posts s JOIN channel_integrations c ON c.id = s.channel_integration_id`,
  );
  const posted = await scene.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM content_items WHERE status = 'posted'");
  const all = figures(rows);
  return {
    burst,
    all,
    byNetwork: Object.fromEntries(NETWORKS.map((network) => [network, figures(rows.filter((row) => row.platform === network))]).filter(([, kind]) => (kind as KindFigures).posts > 0)),
    duplicates: await duplicates(scene, fakes, tag),
    itemsPosted: posted.rows[0]!.n,
    failed: [...new Set(rows.filter((row) => row.state === 'failed').map((row) => row.last_error ?? 'no reason'))],
    drainMs: drained && all.published === all.posts ? all.doneMax : Infinity,
  };
}

const BARE_STATEMENT = `UPDATE bare_jobs SET state = 'published', started_at = now(), published_at = now()
 WHERE id = (SELECT id FROM bare_jobs WHERE state = 'pending' AND due_at <= now()
             ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED)
 RETURNING id`;

/** The baseline: as many rows of nothing to do, drained by one connection as fast as it claims them. */
async function bareBurst(scene: FormatsScene, channelId: string, options: ConnectorsOptions): Promise<Outcome> {
  await scene.pool.query('CREATE TABLE IF NOT EXISTS bare_jobs (LIKE scheduled_posts INCLUDING DEFAULTS INCLUDING INDEXES)');
  await scene.pool.query('TRUNCATE bare_jobs');
  const due = new Date(Date.now() + 2000);
  await scene.pool.query(
    `INSERT INTO bare_jobs (content_item_id, channel_integration_id, run_at, due_at) SELECT gen_random_uuid(), $1, $2, $2 FROM generate_series(1, $3::int)`,
    [channelId, due, options.posts],
  );
  await scene.pool.query('VACUUM ANALYZE bare_jobs');
  const client = new pg.Client({ connectionString: scene.databaseUrl });
  await client.connect();
  try {
    await sleep(due.getTime() - Date.now());
    let done = 0;
    while (done < options.posts && Date.now() < due.getTime() + options.timeoutMs) done += (await client.query(BARE_STATEMENT)).rowCount ?? 0;
  } finally {
    await client.end();
  }
  const { rows } = await scene.pool.query<{ state: string; late: number | null; done: number | null }>(
    `SELECT state, extract(epoch FROM started_at - run_at)::float8 * 1000 AS late, extract(epoch FROM published_at - run_at)::float8 * 1000 AS done FROM bare_jobs`,
  );
  const all = figures(rows);
  return { burst: 'bare', all, byNetwork: {}, duplicates: 0, itemsPosted: NaN, failed: [], drainMs: all.published === all.posts ? all.doneMax : Infinity };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value: number, digits = 0) => formatNumber(value, digits, 'not done');

function report(outcomes: Outcome[], options: ConnectorsOptions): string {
  const of = (burst: Burst) => outcomes.filter((outcome) => outcome.burst === burst);
  const m = (burst: Burst, pick: (outcome: Outcome) => number) => median(of(burst).map(pick));
  const bare = m('bare', (outcome) => outcome.drainMs);
  const spec: Array<[string, (outcome: Outcome) => number, number]> = [
    ['Posts published', (outcome) => outcome.all.published, 0],
    ['Duplicates', (outcome) => outcome.duplicates, 0],
    ['Lateness p50 (ms)', (outcome) => outcome.all.lateP50, 0],
    ['Lateness p99 (ms)', (outcome) => outcome.all.lateP99, 0],
    ['Due to published p50 (ms)', (outcome) => outcome.all.doneP50, 0],
    ['**Time to drain (s)**', (outcome) => outcome.drainMs / 1000, 2],
    ['Drain against the bare loop', (outcome) => outcome.drainMs / bare, 1],
  ];
  const byNetwork = (burst: Burst) =>
    (burst === 'cross' ? IMAGE_NETWORKS : NETWORKS).map((network) => {
      const pick = (field: keyof KindFigures) => median(of(burst).map((outcome) => outcome.byNetwork[network]?.[field] ?? NaN));
      return `| ${NAMES[burst]}: ${NAMES[network]} | ${fmt(pick('published'))} of ${fmt(pick('posts'))} | ${fmt(pick('lateP50'))} | ${fmt(pick('lateP99'))} | ${fmt(pick('doneMax') / 1000, 2)} |`;
    });
  const failures = [...new Set(outcomes.flatMap((outcome) => outcome.failed))];
  const crossItems = Math.ceil(options.posts / IMAGE_NETWORKS.length);
  return [
    `Load: ${fmt(options.posts)} posts due at the same instant per burst (one image each; a 3-second video on YouTube and TikTok), one worker (PUBLISH_CONCURRENCY 8, the default), ` +
      `each network against its fake on loopback (answers at once; Instagram fetches each image from the API server; X and LinkedIn take uploads in steps, Threads fetches images as Instagram does, YouTube takes a resumable session, TikTok an upload then a status check). ` +
      `The cross-posted burst is ${fmt(crossItems)} items on the ${IMAGE_NETWORKS.length} image networks. The bare loop drains as many rows with one connection and no work per job. ` +
      `${options.rounds} round${options.rounds === 1 ? '' : 's'}; figures are medians over rounds.`,
    '',
    `| | ${BURSTS.map((burst) => NAMES[burst]).join(' | ')} |`,
    `|---|${BURSTS.map(() => '---:').join('|')}|`,
    ...spec.map(([name, pick, digits]) => `| ${name} | ${BURSTS.map((burst) => (burst === 'bare' && name.startsWith('Duplicates') ? '–' : fmt(m(burst, pick), digits))).join(' | ')} |`),
    '',
    'By network within the mixed and cross-posted bursts:',
    '',
    '| | Published | Lateness p50 (ms) | Lateness p99 (ms) | Last published (s) |',
    '|---|---:|---:|---:|---:|',
    ...byNetwork('mixed'),
    ...byNetwork('cross'),
    '',
    `Cross-posted items POSTED once all their channels were out: ${fmt(m('cross', (outcome) => outcome.itemsPosted))} of ${fmt(crossItems)}.`,
    failures.length ? `Failures: ${failures.join('; ')}.` : 'No post failed.',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The phase

export async function connectorsPhase(scene: FormatsScene, options: ConnectorsOptions): Promise<string> {
  const fakes: Fakes = {
    instagram: await startFakeInstagram({ quotaTotal: 1_000_000, inProgressPolls: 0 }),
    bluesky: await startFakeBluesky(),
    mastodon: await startFakeMastodon(),
    // X's media processing takes no polls here: a one-image post has none anyway.
    x: await startFakeX(),
    linkedin: await startFakeLinkedIn(),
    youtube: await startFakeYouTube(),
    threads: await startFakeThreads(),
    tiktok: await startFakeTikTok(),
  };
  onCleanup(async () => {
    await Promise.all(Object.values(fakes).map((fake) => fake.close()));
  });
  const env = {
    ...instagramSettings(fakes.instagram),
    BLUESKY_SERVICE_URL: fakes.bluesky.url,
    MASTODON_INSTANCE_URL: fakes.mastodon.url,
    X_CLIENT_ID: fakes.x.clientId,
    X_CLIENT_SECRET: fakes.x.clientSecret,
    X_AUTHORIZE_URL: `${fakes.x.url}/i/oauth2/authorize`,
    X_API_URL: fakes.x.url,
    LINKEDIN_CLIENT_ID: fakes.linkedin.clientId,
    LINKEDIN_CLIENT_SECRET: fakes.linkedin.clientSecret,
    LINKEDIN_AUTHORIZE_URL: `${fakes.linkedin.url}/oauth/v2/authorization`,
    LINKEDIN_TOKEN_URL: `${fakes.linkedin.url}/oauth/v2/accessToken`,
    LINKEDIN_API_URL: fakes.linkedin.url,
    YOUTUBE_CLIENT_ID: fakes.youtube.clientId,
    YOUTUBE_CLIENT_SECRET: fakes.youtube.clientSecret,
    YOUTUBE_AUTHORIZE_URL: `${fakes.youtube.url}/o/oauth2/v2/auth`,
    YOUTUBE_TOKEN_URL: `${fakes.youtube.url}/token`,
    YOUTUBE_API_URL: fakes.youtube.url,
    THREADS_APP_ID: fakes.threads.appId,
    THREADS_APP_SECRET: fakes.threads.appSecret,
    THREADS_AUTHORIZE_URL: `${fakes.threads.url}/oauth/authorize`,
    THREADS_API_URL: fakes.threads.url,
    TIKTOK_CLIENT_KEY: fakes.tiktok.clientKey,
    TIKTOK_CLIENT_SECRET: fakes.tiktok.clientSecret,
    TIKTOK_AUTHORIZE_URL: `${fakes.tiktok.url}/v2/auth/authorize/`,
    TIKTOK_API_URL: fakes.tiktok.url,
  };
  const url = await startApi(scene, env);
  const channels = await connectAll(url, scene, fakes);
  const assets = await uploadAssets(url, scene);
  const worker = spawnNode([path.join(repoRoot, 'server/dist/worker-main.js')], appEnv(scene.databaseUrl, { DATA_DIR: scene.dataDir, PUBLIC_URL: url, LOG_LEVEL: 'info', ...env }), 10_000);
  onCleanup(() => worker.stopAndShow('connectors worker'));
  await waitForOutput(worker, 'DoppelCart worker running', 'the worker');
  const outcomes: Outcome[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const burst of BURSTS) {
      log(`connectors, round ${round}: ${options.posts} posts, ${NAMES[burst].toLowerCase()}`);
      const outcome = burst === 'bare' ? await bareBurst(scene, channels.sandbox, options) : await runBurst(scene, fakes, assets, channels, burst, round, options);
      outcomes.push(outcome);
      log(
        `${burst}: drained in ${fmt(outcome.drainMs / 1000, 2)} s, lateness p50 ${fmt(outcome.all.lateP50)} ms p99 ${fmt(outcome.all.lateP99)} ms, ` +
          `${outcome.all.published} of ${outcome.all.posts} published, ${outcome.duplicates} duplicates`,
      );
    }
  }
  return report(outcomes, options);
}

