import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createItem, expectData } from '../support/fixtures.js';
import type { FakeEndpoint } from '../support/fake-instagram.js';
import { useWorkerScene } from '../support/publishing-scene.js';
import { eventually, within } from '../support/live-subscription.js';
import { schedule, secondsFromNow, uploadImage, withImage } from '../support/publishing.js';
import { expectSettledOnce, makeDueNow, startWorker, workerEnv, type PostUnderTest, type WorkerProcess } from '../support/worker-process.js';

// Exactly-once publishing from the user's view (quality.md): a worker process is killed with
// SIGKILL at each step of an Instagram publish, and at random moments while Sandbox and
// Instagram posts (images and carousels) are in flight; a fresh worker takes over when the lease runs out. Every
// post ends PUBLISHED once or FAILED with a reason, nothing stays stuck, nothing goes out twice.
// The API server runs no publisher (RUN_WORKER=false): only the spawned workers publish.
// Posts are scheduled through the API an hour ahead, then made due at once (makeDueNow): a
// lead of a second or two races the schedule request itself on a loaded machine.

const scene = useWorkerScene();

const spawnWorker = () => startWorker(workerEnv(scene.server, scene.fake));

async function instagramItem(caption: string) {
  const assetId = await uploadImage(scene.server.url, scene.user.token, scene.personaId, scene.jpeg);
  return withImage(scene.user.request, await createItem(scene.user.request, scene.personaId, { status: 'READY', caption, platform: 'INSTAGRAM' }), assetId);
}

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;

/** A READY Instagram carousel of two images: its children are steps of their own. */
async function carouselItem(caption: string) {
  const [first, second] = await Promise.all([1, 2].map(() => uploadImage(scene.server.url, scene.user.token, scene.personaId, scene.jpeg)));
  const item = await createItem(scene.user.request, scene.personaId, { status: 'DRAFT', caption, platform: 'INSTAGRAM' });
  const input = { expectedVersion: item.version, status: 'READY', format: 'CAROUSEL', media: [{ assetId: first }, { assetId: second }] };
  return expectData(await scene.user.request<any>(UPDATE, { id: item.id, input })).updateContentItem;
}

async function sandboxItem(caption: string) {
  return createItem(scene.user.request, scene.personaId, { status: 'READY', caption, platform: 'SANDBOX' });
}

async function scheduleAt(item: { id: string; version: number; caption: string }, platform: 'instagram' | 'sandbox', at: string): Promise<PostUnderTest> {
  const channel = platform === 'instagram' ? scene.instagramChannel : scene.sandboxChannel;
  const post = expectData(await schedule(scene.user.request, item, channel, { at })).schedulePost;
  return { postId: post.id, itemId: item.id, caption: item.caption, platform };
}

const publishRequests = (containerId: string | null) =>
  scene.fake.requests.filter((request) => request.endpoint === 'media_publish' && request.params.creation_id === containerId).length;

// Each held request hangs inside the fake: 'after' once its effect has happened (the worker
// dies before hearing the answer), 'never' with no effect at all.
// 'before' with `late`: the dead worker's request is let through only after recovery (a slow
// network delivering it late); it must not publish a second time.
const STEPS: Array<{ step: string; endpoint: FakeEndpoint; apply: 'after' | 'never' | 'before'; late?: boolean }> = [
  { step: 'creating the container (created, answer lost)', endpoint: 'container_create', apply: 'after' },
  { step: 'creating the container (never created)', endpoint: 'container_create', apply: 'never' },
  { step: 'reading the container status', endpoint: 'container_status', apply: 'after' },
  { step: 'media_publish (published, answer lost)', endpoint: 'media_publish', apply: 'after' },
  { step: 'media_publish (never published)', endpoint: 'media_publish', apply: 'never' },
  { step: 'media_publish (request lands after recovery)', endpoint: 'media_publish', apply: 'before', late: true },
  { step: 'reading the permalink', endpoint: 'permalink', apply: 'after' },
];

describe('a worker killed at each step of an Instagram publish', () => {
  it.each(STEPS)('recovers after a kill -9 while $step', async ({ step, endpoint, apply, late }) => {
    const caption = `Crash while ${step} ${randomUUID().slice(0, 8)}`;
    const item = await instagramItem(caption);
    const held = scene.fake.hold(endpoint, { apply });
    const [victim, post] = await Promise.all([spawnWorker(), scheduleAt(item, 'instagram', secondsFromNow(3600))]);
    await makeDueNow(scene.server.handle.db, [post.postId]);
    await within(held.arrived, 10_000, `${endpoint} request`);
    await victim.kill();
    if (!late) held.release();
    const [before] = (await scene.server.handle.pool.query('SELECT state, container_id, publish_requested_at FROM scheduled_posts WHERE id = $1', [post.postId])).rows;
    expect(before.state).toBe('publishing');

    await spawnWorker();
    const [settled] = await expectSettledOnce(scene.server.handle.pool, scene.fake, [post]);
    // The fake is healthy again, so recovery must end in a publish, not a give-up.
    expect(settled).toMatchObject({ state: 'published', item_status: 'posted' });
    // Claimed by the victim, then by the new worker (again if a step outran the lease under load).
    expect(settled!.attempts).toBeGreaterThanOrEqual(2);
    if (endpoint === 'media_publish' && apply === 'after') {
      // The container said PUBLISHED: the new worker read it instead of publishing again.
      expect(settled!.container_id).toBe(before.container_id);
      expect(publishRequests(settled!.container_id)).toBe(1);
    }
    // Not published by the victim: the new worker published the same container.
    if (endpoint === 'media_publish' && apply !== 'after') expect(publishRequests(settled!.container_id)).toBeGreaterThanOrEqual(2);
    if (late) {
      // The fake handles a released request without further I/O: one turn of the loop and it is done.
      held.release();
      await new Promise((resolve) => setImmediate(resolve));
      expect(scene.fake.published.filter((media) => media.caption === caption)).toHaveLength(1);
    }
    if (endpoint === 'container_create' && apply === 'after') {
      // The first container exists on the platform but its id was never stored: it stays unpublished.
      expect(before.container_id).toBeNull();
      expect(scene.fake.requests.filter((request) => request.endpoint === 'container_create' && request.params.caption === caption)).toHaveLength(2);
    }
  });

  it('recovers after a kill -9 inside the final transaction, before it commits', async () => {
    const caption = `Crash before commit ${randomUUID().slice(0, 8)}`;
    const item = await instagramItem(caption);
    const held = scene.fake.hold('permalink', { apply: 'after' });
    const [victim, post] = await Promise.all([spawnWorker(), scheduleAt(item, 'instagram', secondsFromNow(3600))]);
    await makeDueNow(scene.server.handle.db, [post.postId]);
    await within(held.arrived, 10_000, 'permalink request');
    // Hold the post's row so the worker's finishing transaction blocks on it, after BEGIN.
    const blocker = await scene.server.handle.pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM scheduled_posts WHERE id = $1 FOR UPDATE', [post.postId]);
      held.release();
      await eventually(async () => {
        const { rows } = await scene.server.handle.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%scheduled_posts%for update%'`,
        );
        expect(rows[0].n).toBe(1);
      }, 10_000);
      await victim.kill();
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    const [before] = (await scene.server.handle.pool.query('SELECT state, platform_post_id FROM scheduled_posts WHERE id = $1', [post.postId])).rows;
    expect(before.state).toBe('publishing');
    expect(scene.fake.published.filter((media) => media.caption === caption)).toHaveLength(1);

    await spawnWorker();
    const [settled] = await expectSettledOnce(scene.server.handle.pool, scene.fake, [post]);
    expect(settled).toMatchObject({ state: 'published', item_status: 'posted', platform_post_id: before.platform_post_id });
  });

  it('records its own media, not a later post with the same caption, after the answer to media_publish was lost', async () => {
    // Recovery finds the media of a PUBLISHED container by caption among recent media; a
    // recurring post with the same text published meanwhile must not be taken for it.
    const caption = `Same words every week ${randomUUID().slice(0, 8)}`;
    const [first, second] = await Promise.all([instagramItem(caption), instagramItem(caption)]);
    const lostAnswer = scene.fake.hold('media_publish', { apply: 'after' });
    const [victim, post] = await Promise.all([spawnWorker(), scheduleAt(first, 'instagram', secondsFromNow(3600))]);
    const later = await scheduleAt(second, 'instagram', secondsFromNow(3600));
    await makeDueNow(scene.server.handle.db, [post.postId]);
    await within(lostAnswer.arrived, 10_000, 'media_publish request');
    await victim.kill();
    lostAnswer.release();
    // The new worker publishes the later post before the recovering one reads recent media.
    const lookup = scene.fake.hold('recent_media', { apply: 'before' });
    await makeDueNow(scene.server.handle.db, [later.postId]);
    await spawnWorker();
    await within(lookup.arrived, 10_000, 'recent media lookup');
    await eventually(async () => expect(scene.fake.published.filter((media) => media.caption === caption)).toHaveLength(2), 10_000);
    lookup.release();
    await eventually(async () => {
      const { rows } = await scene.server.handle.pool.query(`SELECT count(*)::int AS n FROM scheduled_posts WHERE id = ANY($1::uuid[]) AND state = 'published'`, [[post.postId, later.postId]]);
      expect(rows[0].n).toBe(2);
    }, 20_000);
    const { rows } = await scene.server.handle.pool.query('SELECT id, container_id, platform_post_id FROM scheduled_posts WHERE id = ANY($1::uuid[])', [[post.postId, later.postId]]);
    const mediaOf = (containerId: string) => scene.fake.published.find((media) => media.containerId === containerId)?.mediaId;
    for (const row of rows) expect(row.platform_post_id, `post ${row.id === post.postId ? 'recovered' : 'later'}`).toBe(mediaOf(row.container_id));
  });
});

describe('a worker killed at random moments', () => {
  // As many runs as fit in the budget, between MIN_RUNS and MAX_RUNS: a worker start costs
  // about a second on an idle two-core machine and several under load.
  const MIN_RUNS = 8;
  const MAX_RUNS = 20;
  const BUDGET_MS = 45_000;

  /** Two Instagram posts (an image and a carousel) and two Sandbox posts, scheduled an hour ahead through the API, as users do. */
  const prepareRun = (run: number) => {
    const tag = `run ${run} ${randomUUID().slice(0, 8)}`;
    const at = secondsFromNow(3600);
    return Promise.all([
      instagramItem(`Random kill A ${tag}`).then((item) => scheduleAt(item, 'instagram', at)),
      carouselItem(`Random kill B ${tag}`).then((item) => scheduleAt(item, 'instagram', at)),
      sandboxItem(`Random kill C ${tag}`).then((item) => scheduleAt(item, 'sandbox', at)),
      sandboxItem(`Random kill D ${tag}`).then((item) => scheduleAt(item, 'sandbox', at)),
    ]);
  };

  it(`publishes every Sandbox and Instagram post once across ${MIN_RUNS}-${MAX_RUNS} kill -9 runs`, { timeout: 120_000 }, async () => {
    const started = Date.now();
    const killedAt: Record<string, number> = {};
    const all: PostUnderTest[] = [];
    // The worker that recovers one run is the victim of the next; the next run's posts are
    // prepared while this one runs.
    let [worker, next] = await Promise.all([spawnWorker(), prepareRun(0)]);
    let runs = 0;
    while (runs < MIN_RUNS || (runs < MAX_RUNS && Date.now() - started < BUDGET_MS)) {
      const posts = next;
      all.push(...posts);
      runs += 1;
      const preparing = prepareRun(runs);
      // Due now (each run's time is this moment); the running worker's timer fires at once.
      await makeDueNow(scene.server.handle.db, posts.map((post) => post.postId));
      // A random post and a random step of it: once the post is that far (polled), a kill timer
      // of 0-50 ms. Steps rather than a fixed window, because how long a step takes varies
      // tenfold with the machine's load and a window would hit the same early step every time.
      const target = posts[Math.floor(Math.random() * posts.length)]!;
      const step = Math.floor(Math.random() * (PHASES[target.platform].length + 1));
      if (step > 0) {
        await eventually(async () => {
          const phase = (await phasesOf([target]))[0]!.split(':')[1]!;
          const reached = phase === 'failed' ? PHASES[target.platform].length : PHASES[target.platform].indexOf(phase);
          expect(reached).toBeGreaterThanOrEqual(step - 1);
        }, 20_000);
      }
      const victim = worker;
      await new Promise<void>((resolve) => setTimeout(() => void victim.kill().then(resolve), Math.random() * 50));
      for (const phase of await phasesOf(posts)) killedAt[phase] = (killedAt[phase] ?? 0) + 1;
      worker = await spawnWorker();
      await expectSettledOnce(scene.server.handle.pool, scene.fake, posts);
      next = await preparing;
    }
    const settled = await expectSettledOnce(scene.server.handle.pool, scene.fake, all);
    const published = settled.filter((row) => row.state === 'published').length;
    console.info(
      `random kills: ${runs} runs, ${all.length} posts, ${published} published, ${all.length - published} failed, ` +
        `${Date.now() - started} ms; posts at the kill: ${JSON.stringify(killedAt)}`,
    );
    // The sandbox feed holds each post at most once (also checked per post above).
    const { rows } = await scene.server.handle.pool.query('SELECT count(*)::int AS n, count(DISTINCT scheduled_post_id)::int AS posts FROM sandbox_posts');
    expect(rows[0].n).toBe(rows[0].posts);
  });
});

/** The steps a post goes through, in order, as phasesOf names them. */
const PHASES = {
  // A single image skips 'children stored'; a carousel records its children before its container.
  instagram: ['claimed', 'children stored', 'container stored', 'publish requested', 'media id stored', 'published'],
  sandbox: ['claimed', 'published'],
};

/** Where each post is (`platform:phase`): to aim the kills, and for the summary of what they hit. */
async function phasesOf(posts: PostUnderTest[]): Promise<string[]> {
  const { rows } = await scene.server.handle.pool.query(
    `SELECT s.state, s.container_id, s.child_container_ids, s.publish_requested_at, s.platform_post_id, c.platform
       FROM scheduled_posts s JOIN channel_integrations c ON c.id = s.channel_integration_id WHERE s.id = ANY($1::uuid[])`,
    [posts.map((post) => post.postId)],
  );
  return rows.map((row) => {
    if (row.state !== 'publishing') return `${row.platform}:${row.state}`;
    if (row.platform_post_id) return `${row.platform}:media id stored`;
    if (row.publish_requested_at) return `${row.platform}:publish requested`;
    if (row.container_id) return `${row.platform}:container stored`;
    if (row.child_container_ids.length) return `${row.platform}:children stored`;
    return `${row.platform}:claimed`;
  });
}

describe('leases of the default length, kept alive by a heartbeat', () => {
  /** Workers as deployed: the default lease and sweep, not the short ones the tests above use. */
  const defaultWorker = () => {
    const env = workerEnv(scene.server, scene.fake);
    delete env.PUBLISH_LEASE_SECONDS;
    delete env.PUBLISH_SWEEP_SECONDS;
    return startWorker(env);
  };
  const claimOf = async (postId: string) =>
    (await scene.server.handle.pool.query('SELECT state, lease_owner, lease_expires_at, attempts FROM scheduled_posts WHERE id = $1', [postId])).rows[0];
  const holderOf = (workers: WorkerProcess[], leaseOwner: string) => workers.find((worker) => leaseOwner.split(':')[1] === String(worker.pid))!;

  it('publishes a killed worker’s post from the other worker within 15 s of its due time', async () => {
    const caption = `Takeover ${randomUUID().slice(0, 8)}`;
    const held = scene.fake.hold('media_publish', { apply: 'never' });
    const [workers, post] = await Promise.all([Promise.all([defaultWorker(), defaultWorker()]), instagramItem(caption).then((item) => scheduleAt(item, 'instagram', secondsFromNow(3600)))]);
    const dueAt = Date.now();
    await makeDueNow(scene.server.handle.db, [post.postId]);
    await within(held.arrived, 10_000, 'media_publish request');
    const claim = await claimOf(post.postId);
    const victim = holderOf(workers, claim.lease_owner);
    await victim.kill();

    const [settled] = await expectSettledOnce(scene.server.handle.pool, scene.fake, [post], 30_000);
    expect(settled).toMatchObject({ state: 'published', item_status: 'posted', attempts: 2 });
    const { rows } = await scene.server.handle.pool.query('SELECT published_at, lease_owner FROM scheduled_posts WHERE id = $1', [post.postId]);
    expect(rows[0].published_at.getTime() - dueAt).toBeLessThan(15_000);
    expect(scene.fake.published.filter((media) => media.caption === caption)).toHaveLength(1);
  });

  it('lets a live worker keep a post past its first lease while the platform is slow, with no takeover', async () => {
    const caption = `Slow platform ${randomUUID().slice(0, 8)}`;
    const held = scene.fake.hold('media_publish', { apply: 'before' });
    const [workers, post] = await Promise.all([Promise.all([defaultWorker(), defaultWorker()]), instagramItem(caption).then((item) => scheduleAt(item, 'instagram', secondsFromNow(3600)))]);
    await makeDueNow(scene.server.handle.db, [post.postId]);
    await within(held.arrived, 10_000, 'media_publish request');
    const first = await claimOf(post.postId);
    expect(holderOf(workers, first.lease_owner)).toBeDefined();
    // The first lease's end passes while the request hangs: the heartbeat has renewed it, and the claim is the same.
    await eventually(async () => {
      const now = await claimOf(post.postId);
      expect(now).toMatchObject({ state: 'publishing', lease_owner: first.lease_owner, attempts: 1 });
      expect(Date.now()).toBeGreaterThan(first.lease_expires_at.getTime() + 1_000);
      expect(now.lease_expires_at.getTime()).toBeGreaterThan(Date.now());
    }, 20_000);
    held.release();
    const [settled] = await expectSettledOnce(scene.server.handle.pool, scene.fake, [post]);
    expect(settled).toMatchObject({ state: 'published', attempts: 1 });
    expect(scene.fake.published.filter((media) => media.caption === caption)).toHaveLength(1);
  });
});
