import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeX, type FakeX, type XEndpoint } from '../support/fake-x.js';
import { signUpUser } from '../support/graphql-client.js';
import { killAtStep } from '../support/kill-at-step.js';
import { connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, startWorker } from '../support/worker-process.js';

// Exactly-once on X, which has no idempotency key: a worker is killed with SIGKILL at each
// external step of a post (each part of a media upload, the alt text, the create with its
// answer lost or never sent) and a fresh worker takes over. The recovery rule (look for the
// post on the account's timeline before sending it again) gives one post each time.

let fake: FakeX;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let xSettings: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeX();
  xSettings = { X_CLIENT_ID: fake.clientId, X_CLIENT_SECRET: fake.clientSecret, X_AUTHORIZE_URL: `${fake.url}/i/oauth2/authorize`, X_API_URL: fake.url };
  server = await startTestServer({ RUN_WORKER: 'false', ...xSettings });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectOAuth(server.url, user.request, personaId, 'X')).channel.id;
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
    ...xSettings,
    X_TIMEOUT_MS: '3000',
    PUBLISH_LEASE_SECONDS: '2',
    PUBLISH_SWEEP_SECONDS: '1',
  });

const STEPS: Array<{ step: string; endpoint: XEndpoint; apply: 'after' | 'never' }> = [
  { step: 'starting the first upload (started, answer lost)', endpoint: 'media_initialize', apply: 'after' },
  { step: 'sending a chunk (stored, answer lost)', endpoint: 'media_append', apply: 'after' },
  { step: 'finishing an upload (finished, answer lost)', endpoint: 'media_finalize', apply: 'after' },
  { step: 'giving the alt text (stored, answer lost)', endpoint: 'media_metadata', apply: 'after' },
  { step: 'creating the post (created, answer lost)', endpoint: 'create_post', apply: 'after' },
  { step: 'creating the post (never created)', endpoint: 'create_post', apply: 'never' },
];

describe('a worker killed at each step of an X post', () => {
  it.each(STEPS)('publishes the post once after a kill -9 while $step', async (hold) => {
    const caption = `Crash on X ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'X' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
    const media = images.map((assetId, index) => ({ assetId, altText: `Picture ${index + 1}` }));
    const item = expectData(await user.request<any>(update, { id: draft.id, input: { expectedVersion: draft.version, status: 'READY', format: 'CAROUSEL', media } })).updateContentItem;
    const settled = await killAtStep({
      server,
      step: hold.step,
      held: fake.hold(hold.endpoint, { apply: hold.apply }),
      spawnWorker,
      schedulePost: async () => expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(3600) })).schedulePost,
    });
    const published = fake.posts.filter((entry) => entry.text === caption);
    expect(published).toHaveLength(1);
    expect(settled.platform_post_id).toBe(published[0]!.id);
    expect(published[0]!.altTexts).toEqual(['Picture 1', 'Picture 2']);
  });
});
