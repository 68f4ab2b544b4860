import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeTikTok, type FakeTikTok, type TikTokEndpoint } from '../support/fake-tiktok.js';
import { signUpUser } from '../support/graphql-client.js';
import { killAtStep } from '../support/kill-at-step.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectOAuth, schedule, secondsFromNow } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { killAllWorkers, startWorker } from '../support/worker-process.js';

// Exactly-once on TikTok: a worker is killed with SIGKILL while the post is started (its
// publish_id never recorded), while the video goes up (received, answer lost) and before it
// arrives; a fresh worker takes over. One publish_id makes at most one post, and the recorded
// one is asked again: one post each time.

let fake: FakeTikTok;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let video: string;
let dir: string;
let settings: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeTikTok();
  settings = { TIKTOK_CLIENT_KEY: fake.clientKey, TIKTOK_CLIENT_SECRET: fake.clientSecret, TIKTOK_AUTHORIZE_URL: `${fake.url}/v2/auth/authorize/`, TIKTOK_API_URL: fake.url };
  server = await startTestServer({ RUN_WORKER: 'false', ...settings });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectOAuth(server.url, user.request, personaId, 'TIKTOK')).channel.id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-tiktok-crash-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'short.mp4'), { width: 720, height: 1280, seconds: 3 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'short.mp4'))).body.id;
});
afterEach(() => killAllWorkers());
afterAll(async () => {
  await killAllWorkers();
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const spawnWorker = () =>
  startWorker({ DATABASE_URL: server.database.url, DATA_DIR: server.config.DATA_DIR, PUBLIC_URL: server.url, ...settings, TIKTOK_TIMEOUT_MS: '3000', PUBLISH_LEASE_SECONDS: '2', PUBLISH_SWEEP_SECONDS: '1' });

const STEPS: Array<{ step: string; endpoint: TikTokEndpoint; apply: 'after' | 'never' }> = [
  { step: 'starting the post (started, answer lost)', endpoint: 'video_init', apply: 'after' },
  { step: 'sending the video (received, answer lost)', endpoint: 'upload', apply: 'after' },
  { step: 'sending the video (never received)', endpoint: 'upload', apply: 'never' },
];

describe('a worker killed at each step of a TikTok video post', () => {
  it.each(STEPS)('makes one post after a kill -9 while $step', async (hold) => {
    const title = `Crash on TikTok ${randomUUID().slice(0, 8)}`;
    const draft = await createItem(user.request, personaId, { status: 'DRAFT', title, caption: title, platform: 'TIKTOK' });
    const update = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
    const item = expectData(await user.request<any>(update, { id: draft.id, input: { expectedVersion: draft.version, status: 'READY', format: 'REEL', media: [{ assetId: video }] } })).updateContentItem;
    const settled = await killAtStep({
      server,
      step: hold.step,
      held: fake.hold(hold.endpoint, { apply: hold.apply }),
      spawnWorker,
      schedulePost: async () => expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(3600) })).schedulePost,
    });
    const made = fake.posts.filter((entry) => entry.title === title);
    expect(made).toHaveLength(1);
    expect(settled.platform_post_id).toBe(made[0]!.postId);
  });
});
