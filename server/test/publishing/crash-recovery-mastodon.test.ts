import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeMastodon, type FakeMastodon, type MastodonEndpoint } from '../support/fake-mastodon.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually, within } from '../support/live-subscription.js';
import { schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, makeDueNow, startWorker } from '../support/worker-process.js';

// Exactly-once on Mastodon: a worker is killed with SIGKILL at each external step of a status
// (an upload, the create with its answer lost or never sent) and a fresh worker takes over.
// The idempotency key recorded before the create makes the repeat safe: one status each.

let fake: FakeMastodon;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];

beforeAll(async () => {
  fake = await startFakeMastodon();
  server = await startTestServer({ RUN_WORKER: 'false', MASTODON_INSTANCE_URL: fake.url });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const connect = `mutation ($input: ConnectMastodonChannelInput!) { connectMastodonChannel(input: $input) { id } }`;
  channelId = expectData(await user.request<any>(connect, { input: { personaId, accessToken: fake.token } })).connectMastodonChannel.id;
  const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } }).jpeg().toBuffer();
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
    MASTODON_INSTANCE_URL: fake.url,
    MASTODON_TIMEOUT_MS: '3000',
    PUBLISH_LEASE_SECONDS: '2',
    PUBLISH_SWEEP_SECONDS: '1',
  });

const STEPS: Array<{ step: string; endpoint: MastodonEndpoint; apply: 'after' | 'never' }> = [
  { step: 'uploading the first image (stored, answer lost)', endpoint: 'media_upload', apply: 'after' },
  { step: 'creating the status (created, answer lost)', endpoint: 'statuses', apply: 'after' },
  { step: 'creating the status (never created)', endpoint: 'statuses', apply: 'never' },
];

describe('a worker killed at each step of a Mastodon status', () => {
  it.each(STEPS)('publishes the status once after a kill -9 while $step', async (hold) => {
    const caption = `Crash on Mastodon ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'MASTODON' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
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
      const { rows } = await server.handle.pool.query('SELECT state, platform_post_id, connector_state FROM scheduled_posts WHERE id = $1', [post.id]);
      expect(rows[0].state).toBe('published');
      return rows[0];
    }, 30_000);
    const published = fake.posts.filter((entry) => entry.text === caption);
    expect(published).toHaveLength(1);
    expect(published[0]!.idempotencyKey).toBe(settled.connector_state.idempotencyKey);
    expect(settled.platform_post_id).toBe(published[0]!.id);
    expect(published[0]!.mediaIds).toHaveLength(2);
  });
});
