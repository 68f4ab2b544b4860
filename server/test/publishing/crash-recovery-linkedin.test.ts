import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeLinkedIn, type FakeLinkedIn, type LinkedInEndpoint } from '../support/fake-linkedin.js';
import { signUpUser } from '../support/graphql-client.js';
import { killAtStep } from '../support/kill-at-step.js';
import { connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, startWorker } from '../support/worker-process.js';

// Exactly-once on LinkedIn, which has no idempotency key: a worker is killed with SIGKILL at
// each external step of a post (starting an image upload, sending its bytes, the create with
// its answer lost or never sent) and a fresh worker takes over. The recovery rule (look among
// the author's posts, then LinkedIn's duplicate refusal) gives one post each time.

let fake: FakeLinkedIn;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let settings: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeLinkedIn();
  settings = {
    LINKEDIN_CLIENT_ID: fake.clientId,
    LINKEDIN_CLIENT_SECRET: fake.clientSecret,
    LINKEDIN_AUTHORIZE_URL: `${fake.url}/oauth/v2/authorization`,
    LINKEDIN_TOKEN_URL: `${fake.url}/oauth/v2/accessToken`,
    LINKEDIN_API_URL: fake.url,
  };
  server = await startTestServer({ RUN_WORKER: 'false', ...settings });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectOAuth(server.url, user.request, personaId, 'LINKEDIN')).channel.id;
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
  startWorker({ DATABASE_URL: server.database.url, DATA_DIR: server.config.DATA_DIR, PUBLIC_URL: server.url, ...settings, LINKEDIN_TIMEOUT_MS: '3000', PUBLISH_LEASE_SECONDS: '2', PUBLISH_SWEEP_SECONDS: '1' });

const STEPS: Array<{ step: string; endpoint: LinkedInEndpoint; apply: 'after' | 'never' }> = [
  { step: 'starting an image upload (started, answer lost)', endpoint: 'images_initialize', apply: 'after' },
  { step: 'sending the image (stored, answer lost)', endpoint: 'upload', apply: 'after' },
  { step: 'creating the post (created, answer lost)', endpoint: 'create_post', apply: 'after' },
  { step: 'creating the post (never created)', endpoint: 'create_post', apply: 'never' },
];

describe('a worker killed at each step of a LinkedIn post', () => {
  it.each(STEPS)('publishes the post once after a kill -9 while $step', async (hold) => {
    const caption = `Crash on LinkedIn ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'LINKEDIN' });
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
    const published = fake.posts.filter((entry) => entry.commentary === caption);
    expect(published).toHaveLength(1);
    expect(settled.platform_post_id).toBe(published[0]!.urn);
  });
});
