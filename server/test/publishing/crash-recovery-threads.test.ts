import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeThreads, type FakeThreads, type ThreadsEndpoint } from '../support/fake-threads.js';
import { signUpUser } from '../support/graphql-client.js';
import { killAtStep } from '../support/kill-at-step.js';
import { connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, startWorker } from '../support/worker-process.js';

// Exactly-once on Threads: a worker is killed with SIGKILL while an item container, the
// carousel container or the publish is in flight (done with its answer lost, or never done);
// a fresh worker takes over. A container is published once, and the recorded container says
// whether it was: one post each time.

let fake: FakeThreads;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let settings: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeThreads();
  settings = { THREADS_APP_ID: fake.appId, THREADS_APP_SECRET: fake.appSecret, THREADS_AUTHORIZE_URL: `${fake.url}/oauth/authorize`, THREADS_API_URL: fake.url };
  server = await startTestServer({ RUN_WORKER: 'false', ...settings });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectOAuth(server.url, user.request, personaId, 'THREADS')).channel.id;
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1350, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#a63', '#36a'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
});
afterEach(() => killAllWorkers());
afterAll(async () => {
  await killAllWorkers();
  await server?.close();
  await fake?.close();
});

const spawnWorker = () =>
  startWorker({ DATABASE_URL: server.database.url, DATA_DIR: server.config.DATA_DIR, PUBLIC_URL: server.url, ...settings, THREADS_TIMEOUT_MS: '3000', PUBLISH_LEASE_SECONDS: '2', PUBLISH_SWEEP_SECONDS: '1' });

const STEPS: Array<{ step: string; endpoint: ThreadsEndpoint; apply: 'after' | 'never' }> = [
  { step: 'making an item container (made, answer lost)', endpoint: 'create_container', apply: 'after' },
  { step: 'publishing (published, answer lost)', endpoint: 'publish', apply: 'after' },
  { step: 'publishing (never published)', endpoint: 'publish', apply: 'never' },
];

describe('a worker killed at each step of a Threads carousel', () => {
  it.each(STEPS)('publishes the carousel once after a kill -9 while $step', async (hold) => {
    const caption = `Crash on Threads ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'THREADS' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
    const media = images.map((assetId) => ({ assetId }));
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
    expect(published[0]!.children).toBe(2);
    expect(settled.platform_post_id).toBe(published[0]!.id);
  });
});
