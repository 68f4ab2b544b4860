import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { createItem, expectData } from '../support/fixtures.js';
import type { FakeEndpoint } from '../support/fake-instagram.js';
import { eventually, within } from '../support/live-subscription.js';
import { uploadClient } from '../support/media-uploads.js';
import { useWorkerScene } from '../support/publishing-scene.js';
import { schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { expectSettledOnce, makeDueNow, startWorker, workerEnv } from '../support/worker-process.js';

// Exactly-once for the formats with more than one step on Instagram: a worker is killed with
// SIGKILL at each step of a carousel publish (each child, the parent, their statuses, the
// publish) and of a Reel's (the video container and its processing); a fresh worker takes
// over. Each post is published once, whole, or fails with a reason; never half a carousel.
// Stories (a video one) go through the same steps as a Reel without a caption.

const scene = useWorkerScene();
const spawnWorker = () => startWorker(workerEnv(scene.server, scene.fake));
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;

let dir: string;
let images: string[];
let video: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-crash-formats-'));
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1080, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c33', '#3c3'].map(async (colour) => uploadImage(scene.server.url, scene.user.token, scene.personaId, await jpeg(colour))));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 360, height: 640, seconds: 4 });
  video = (await uploadClient(scene.server.url, scene.user.token).uploadFile(scene.personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function formatItem(caption: string, input: Record<string, unknown>) {
  const item = await createItem(scene.user.request, scene.personaId, { status: 'DRAFT', caption, platform: 'INSTAGRAM' });
  return expectData(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', ...input } })).updateContentItem;
}

const CAROUSEL_STEPS: Array<{ step: string; endpoint: FakeEndpoint; apply: 'after' | 'never'; skip?: number }> = [
  { step: 'creating the first child (created, answer lost)', endpoint: 'container_create', apply: 'after' },
  { step: 'creating the second child (created, answer lost)', endpoint: 'container_create', apply: 'after', skip: 1 },
  { step: 'creating the second child (never created)', endpoint: 'container_create', apply: 'never', skip: 1 },
  { step: "reading a child's status", endpoint: 'container_status', apply: 'after' },
  { step: 'creating the last child (created, answer lost)', endpoint: 'container_create', apply: 'after', skip: 2 },
  // Three children, then the parent: the fourth container request.
  { step: 'creating the parent (created, answer lost)', endpoint: 'container_create', apply: 'after', skip: 3 },
  { step: 'creating the parent (never created)', endpoint: 'container_create', apply: 'never', skip: 3 },
  { step: "reading a later slide's status (the video, processing)", endpoint: 'container_status', apply: 'after', skip: 2 },
  { step: 'media_publish (published, answer lost)', endpoint: 'media_publish', apply: 'after' },
  { step: 'media_publish (never published)', endpoint: 'media_publish', apply: 'never' },
];

const REEL_STEPS: Array<{ step: string; endpoint: FakeEndpoint; apply: 'after' | 'never'; skip?: number }> = [
  { step: 'creating the video container (created, answer lost)', endpoint: 'container_create', apply: 'after' },
  { step: 'polling the video while it processes', endpoint: 'container_status', apply: 'after', skip: 1 },
  { step: 'media_publish (published, answer lost)', endpoint: 'media_publish', apply: 'after' },
];

const STORY_STEPS: Array<{ step: string; endpoint: FakeEndpoint; apply: 'after' | 'never'; skip?: number }> = [
  { step: 'creating the story container (created, answer lost)', endpoint: 'container_create', apply: 'after' },
  { step: 'polling the video while it processes', endpoint: 'container_status', apply: 'after', skip: 1 },
  { step: 'media_publish (published, answer lost)', endpoint: 'media_publish', apply: 'after' },
  { step: 'media_publish (never published)', endpoint: 'media_publish', apply: 'never' },
];

async function crashAndRecover(caption: string, input: Record<string, unknown>, hold: { endpoint: FakeEndpoint; apply: 'after' | 'never'; skip?: number }) {
  const item = await formatItem(caption, input);
  const held = scene.fake.hold(hold.endpoint, { apply: hold.apply, skip: hold.skip });
  const [victim, post] = await Promise.all([
    spawnWorker(),
    schedule(scene.user.request, item, scene.instagramChannel, { at: secondsFromNow(3600) }).then((result) => expectData(result).schedulePost),
  ]);
  await makeDueNow(scene.server.handle.db, [post.id]);
  await within(held.arrived, 15_000, `${hold.endpoint} request`);
  await victim.kill();
  held.release();
  await spawnWorker();
  const [settled] = await expectSettledOnce(scene.server.handle.pool, scene.fake, [{ postId: post.id, itemId: item.id, caption, platform: 'instagram' }], 30_000);
  // The fake is healthy again: recovery ends in a publish, not a give-up.
  expect(settled).toMatchObject({ state: 'published', item_status: 'posted' });
  return scene.fake.published.find((media) => media.caption === caption)!;
}

describe('a worker killed at each step of a carousel publish', () => {
  it.each(CAROUSEL_STEPS)('publishes the whole carousel once after a kill -9 while $step', async (hold) => {
    const caption = `Carousel crash ${randomUUID().slice(0, 8)}`;
    const published = await crashAndRecover(caption, { format: 'CAROUSEL', media: [{ assetId: images[0] }, { assetId: video }, { assetId: images[1] }] }, hold);
    expect(published.mediaType).toBe('CAROUSEL_ALBUM');
    expect(published.children!.map((child) => child.mediaType)).toEqual(['IMAGE', 'VIDEO', 'IMAGE']);
    if (hold.skip === 3 && hold.endpoint === 'container_create') {
      // The parent was asked for once more, from the same recorded children (none made twice).
      const parents = scene.fake.requests.filter((request) => request.endpoint === 'container_create' && request.params.media_type === 'CAROUSEL' && request.params.caption === caption);
      expect(parents).toHaveLength(2);
      expect(parents[0]!.params.children).toBe(parents[1]!.params.children);
    }
  });
});

describe('a worker killed at each step of a Reel publish', () => {
  it.each(REEL_STEPS)('publishes the Reel once after a kill -9 while $step', async (hold) => {
    const caption = `Reel crash ${randomUUID().slice(0, 8)}`;
    const published = await crashAndRecover(caption, { format: 'REEL', media: [{ assetId: video }], coverAssetId: images[0] }, hold);
    expect(published).toMatchObject({ mediaType: 'VIDEO', productType: 'REELS' });
  });
});

describe('a worker killed at each step of a Story publish', () => {
  it.each(STORY_STEPS)('publishes the Story once after a kill -9 while $step', async (hold) => {
    // A Story has no caption on Instagram: the test finds it among the fake's Stories.
    const caption = `Story crash ${randomUUID().slice(0, 8)}`;
    const before = scene.fake.published.length;
    const item = await formatItem(caption, { format: 'STORY', media: [{ assetId: video }] });
    const held = scene.fake.hold(hold.endpoint, { apply: hold.apply, skip: hold.skip });
    const [victim, post] = await Promise.all([
      spawnWorker(),
      schedule(scene.user.request, item, scene.instagramChannel, { at: secondsFromNow(3600) }).then((result) => expectData(result).schedulePost),
    ]);
    await makeDueNow(scene.server.handle.db, [post.id]);
    await within(held.arrived, 15_000, `${hold.endpoint} request`);
    await victim.kill();
    held.release();
    await spawnWorker();
    const settled = await eventually(async () => {
      const { rows } = await scene.server.handle.pool.query(
        'SELECT s.state, s.platform_post_id, i.status AS item_status FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id WHERE s.id = $1',
        [post.id],
      );
      expect(rows[0].state).toBe('published');
      return rows[0];
    }, 30_000);
    expect(settled.item_status).toBe('posted');
    const stories = scene.fake.published.slice(before).filter((media) => media.productType === 'STORY');
    expect(stories).toHaveLength(1);
    expect(stories[0]!.mediaType).toBe('VIDEO');
    // Even when the publish answer was lost: a Story has no caption, so it is found among the account's Stories.
    expect(settled.platform_post_id).toBe(stories[0]!.mediaId);
  });
});
