import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools, runTool } from '../../src/media/media-tools.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeOpenAI, type FakeOpenAI, type MultipartBody } from '../support/fake-openai.js';
import { signUpUser } from '../support/graphql-client.js';
import { uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// AI video through an OpenAI-compatible /videos endpoint (the `openai` SDK's videos API against
// a fake speaking its wire format): the job is created with the prompt and the item's image as
// its reference, polled until completed, its MP4 downloaded and stored as a generated video
// with provenance. A job the model fails ends the run with the model's reason.

let fake: FakeOpenAI;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let dir: string;
let clip: Buffer;

const RUN = `query ($id: ID!) { generationRun(id: $id) { id kind state progress error generator model asset { id kind source digitalSourceType durationSeconds url generatedFrom { id } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;
const GENERATE = `mutation ($itemId: ID!) { generateItemVideo(itemId: $itemId) { id generator } }`;

const job = (status: string, progress: number, extra: Record<string, unknown> = {}) => ({
  id: 'video_68d7512d07848190b3e45da0ecbebcde',
  object: 'video',
  model: 'sora-2',
  status,
  progress,
  created_at: 1_800_000_000,
  seconds: '8',
  size: '720x1280',
  ...extra,
});

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, AI_TIMEOUT_MS: '10000', AI_MAX_RETRIES: '0', VIDEO_POLL_MS: '10' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-video-model-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'model.mp4'), { width: 720, height: 1280, seconds: 4 });
  clip = await readFile(path.join(dir, 'model.mp4'));
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

async function itemWithImage(caption: string) {
  const jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#7a5' } }).jpeg().toBuffer();
  const image = await uploadImage(server.url, user.token, personaId, jpeg);
  const item = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'INSTAGRAM' });
  expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, media: [{ assetId: image }] } }));
  return { item, image };
}

const runOf = async (id: string) => expectData(await user.request<any>(RUN, { id })).generationRun;

describe('AI video from the video model', () => {
  it('creates the job with the item image as reference, follows it to completion, and keeps the video with provenance', async () => {
    const { item, image } = await itemWithImage('Terracotta pots in the rain');
    fake.script(
      { path: '/v1/videos', body: job('queued', 0) },
      { body: job('in_progress', 40) },
      { body: job('completed', 100) },
      { raw: { bytes: clip, contentType: 'video/mp4' } },
    );
    const started = expectData(await user.request<any>(GENERATE, { itemId: item.id })).generateItemVideo;
    expect(started.generator).not.toBe('OFFLINE');
    await expect.poll(() => runOf(started.id), { timeout: 30_000, interval: 100 }).toMatchObject({ state: 'SUCCEEDED', progress: 100 });
    const run = await runOf(started.id);
    expect(run).toMatchObject({ model: 'sora-2', asset: { kind: 'VIDEO', source: 'GENERATED', generatedFrom: [{ id: image }] } });
    expect(run.asset.digitalSourceType).toBe('http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia');
    expect(run.asset.durationSeconds).toBeCloseTo(4, 0);

    // What the model was asked: the documented create, then retrieve until completed, then the content.
    const calls = fake.requests.slice(-4);
    expect(calls.map((call) => call.path.split('?')[0])).toEqual(['/v1/videos', `/v1/videos/${job('', 0).id}`, `/v1/videos/${job('', 0).id}`, `/v1/videos/${job('', 0).id}/content`]);
    const create = calls[0]!.body as MultipartBody;
    expect(create.fields).toMatchObject({ model: 'sora-2', seconds: '8', size: '720x1280' });
    expect(create.fields.prompt).toContain('Terracotta pots in the rain');
    expect(create.files).toHaveLength(1);
    expect(create.files[0]).toMatchObject({ field: 'input_reference', type: 'image/jpeg' });
    // The item's image as stored (uploads are re-encoded): the same picture.
    expect(await sharp(create.files[0]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
    expect(calls[0]!.authorization).toBe('Bearer sk-test');

    // The stored file is the model's video, with the provenance written into its metadata.
    const stored = path.join(dir, 'stored.mp4');
    await writeFile(stored, Buffer.from(await (await fetch(new URL(run.asset.url, server.url))).arrayBuffer()));
    const tags = (await runTool(mediaTools({}).ffprobe, ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'default=nw=1:nk=1', stored], { collect: true })).toString();
    expect(tags).toMatch(/trainedAlgorithmicMedia/);
  });

  it("ends the run with the model's reason when the job fails, keeping nothing", async () => {
    const { item } = await itemWithImage('A storm on the balcony');
    fake.script(
      { path: '/v1/videos', body: job('in_progress', 10) },
      { body: job('failed', 10, { error: { code: 'moderation_blocked', message: 'The request was blocked by the moderation system.' } }) },
    );
    const started = expectData(await user.request<any>(GENERATE, { itemId: item.id })).generateItemVideo;
    await expect.poll(() => runOf(started.id), { timeout: 30_000, interval: 100 }).toMatchObject({ state: 'FAILED' });
    const run = await runOf(started.id);
    expect(run.error).toBe('The video model could not make the video: The request was blocked by the moderation system.');
    expect(run.asset).toBeNull();
  });
});
