import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeBluesky, type BlueskyEndpoint, type FakeBluesky } from '../support/fake-bluesky.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually, within } from '../support/live-subscription.js';
import { schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, makeDueNow, startWorker } from '../support/worker-process.js';

// Exactly-once on Bluesky: a worker is killed with SIGKILL at each external step of a post
// (each image upload, the record's creation with its answer lost or never sent) and a fresh
// worker takes over. The record key chosen and recorded before the first step makes the
// retry safe: each post ends on Bluesky once.

let fake: FakeBluesky;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];

beforeAll(async () => {
  fake = await startFakeBluesky();
  server = await startTestServer({ RUN_WORKER: 'false', BLUESKY_SERVICE_URL: fake.url });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const connect = `mutation ($input: ConnectBlueskyChannelInput!) { connectBlueskyChannel(input: $input) { id } }`;
  channelId = expectData(await user.request<any>(connect, { input: { personaId, handle: fake.handle, appPassword: fake.appPassword } })).connectBlueskyChannel.id;
  const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 1200, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#a63', '#36a'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
});
afterEach(() => killAllWorkers());
afterAll(async () => {
  await killAllWorkers();
  await server?.close();
  await fake?.close();
});

const spawnWorker = () =>
  startWorker({
    DATABASE_URL: server.database.url,
    DATA_DIR: server.config.DATA_DIR,
    PUBLIC_URL: server.url,
    BLUESKY_SERVICE_URL: fake.url,
    BLUESKY_TIMEOUT_MS: '3000',
    PUBLISH_LEASE_SECONDS: '2',
    PUBLISH_SWEEP_SECONDS: '1',
  });

const STEPS: Array<{ step: string; endpoint: BlueskyEndpoint; apply: 'after' | 'never' }> = [
  { step: 'uploading the first image (stored, answer lost)', endpoint: 'uploadBlob', apply: 'after' },
  { step: 'creating the record (created, answer lost)', endpoint: 'createRecord', apply: 'after' },
  { step: 'creating the record (never created)', endpoint: 'createRecord', apply: 'never' },
  { step: 'reading the handle for a mention', endpoint: 'resolveHandle', apply: 'after' },
];

describe('a worker killed at each step of a Bluesky post', () => {
  it.each(STEPS)('publishes the post once after a kill -9 while $step', async (hold) => {
    const caption = `Crash on Bluesky ${randomUUID().slice(0, 8)} with @${fake.handle}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'BLUESKY' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;
    const input = { expectedVersion: draft.version, status: 'READY', format: 'CAROUSEL', media: images.map((assetId) => ({ assetId })) };
    const item = expectData(await user.request<any>(update, { id: draft.id, input })).updateContentItem;
    const held = fake.hold(hold.endpoint, { apply: hold.apply });
    const [victim, post] = await Promise.all([
      spawnWorker(),
      schedule(user.request, item, channelId, { at: secondsFromNow(3600) }).then((result) => expectData(result).schedulePost),
    ]);
    await makeDueNow(server.handle.db, [post.id]);
    await within(held.arrived, 15_000, `${hold.endpoint} request`);
    await victim.kill();
    held.release();
    await spawnWorker();
    const settled = await eventually(async () => {
      const { rows } = await server.handle.pool.query('SELECT state, platform_post_id, connector_state, last_error FROM scheduled_posts WHERE id = $1', [post.id]);
      expect(rows[0].state).toBe('published');
      return rows[0];
    }, 30_000);
    const published = fake.posts.filter((entry) => entry.record.text === caption);
    expect(published).toHaveLength(1);
    expect(published[0]!.rkey).toBe(settled.connector_state.rkey);
    expect(settled.platform_post_id).toBe(published[0]!.uri);
    expect(published[0]!.record.embed!.images).toHaveLength(2);
  });
});

describe('a cross-post whose worker is killed mid-way', () => {
  it('goes out once on Bluesky and once on the Sandbox, and the item is POSTED when both are', async () => {
    const sandbox = expectData(await user.request<any>('mutation ($personaId: ID!) { connectSandboxChannel(personaId: $personaId) { id } }', { personaId })).connectSandboxChannel;
    const caption = `Cross-post crash ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'BLUESKY' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
    const item = expectData(await user.request<any>(update, { id: draft.id, input: { expectedVersion: draft.version, status: 'READY', media: [{ assetId: images[0] }] } })).updateContentItem;
    const crossPost = `mutation ($input: CrossPostInput!) { crossPost(input: $input) { id } }`;
    // The Bluesky record is created but its answer never reaches the worker, which dies then.
    const held = fake.hold('createRecord', { apply: 'after' });
    const [victim, posts] = await Promise.all([
      spawnWorker(),
      user
        .request<any>(crossPost, { input: { itemId: item.id, channels: [{ channelId }, { channelId: sandbox.id }], when: { at: secondsFromNow(3600) }, expectedVersion: item.version } })
        .then((result) => expectData(result).crossPost),
    ]);
    await makeDueNow(server.handle.db, posts.map((post: { id: string }) => post.id));
    await within(held.arrived, 15_000, 'createRecord request');
    await victim.kill();
    held.release();
    await spawnWorker();
    const status = await eventually(async () => {
      const { rows } = await server.handle.pool.query('SELECT status FROM content_items WHERE id = $1', [item.id]);
      expect(rows[0].status).toBe('posted');
      return rows[0].status;
    }, 30_000);
    expect(status).toBe('posted');
    const { rows } = await server.handle.pool.query('SELECT state FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
    expect(rows.map((row) => row.state)).toEqual(['published', 'published']);
    expect(fake.posts.filter((entry) => entry.record.text === caption)).toHaveLength(1);
    const feed = await server.handle.pool.query('SELECT count(*)::int AS n FROM sandbox_posts WHERE content_item_id = $1', [item.id]);
    expect(feed.rows[0].n).toBe(1);
  });
});
