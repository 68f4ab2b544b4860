import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectInstagram, instagramSettings, POSTS, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A video Instagram is still processing must not hold one of the worker's publishing slots:
// Reels take minutes on Meta, and a burst of them would make every post behind them late.
// The post is parked until its next status poll (its lease runs until then, no worker holds
// it) and the slot publishes what is due meanwhile.

const PROCESSING_MS = 2_500;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`;

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let dir: string;
let personaId: string;
let channelId: string;
let image: string;
let video: string;

beforeAll(async () => {
  fake = await startFakeInstagram({ videoPolls: 1, videoProcessingMs: PROCESSING_MS, quotaTotal: 1000 });
  // One slot: whatever holds it holds the whole worker.
  server = await startTestServer({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '1000', PUBLISH_CONCURRENCY: '1' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectInstagram(server.url, user.request, personaId)).channel.id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-processing-slots-'));
  image = await uploadImage(server.url, user.token, personaId, await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#468' } }).jpeg().toBuffer());
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 360, height: 640, seconds: 4 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

async function readyItem(caption: string, input: Record<string, unknown>) {
  const item = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'INSTAGRAM' });
  return expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', ...input } })).updateContentItem;
}

const postRow = async (itemId: string) =>
  (await server.handle.pool.query('SELECT state, attempts, published_at, lease_owner FROM scheduled_posts WHERE content_item_id = $1', [itemId])).rows[0];

describe('a video being processed by Instagram', () => {
  it('leaves the worker free: a post due later goes out while the Reel processes, and the Reel once, with no attempt spent', async () => {
    const reel = await readyItem('Slow reel #processing', { format: 'REEL', media: [{ assetId: video }] });
    const photo = await readyItem('Quick photo #meanwhile', { assetId: image });
    expectData(await schedule(user.request, reel, channelId, { at: secondsFromNow(2) }));
    expectData(await schedule(user.request, photo, channelId, { at: secondsFromNow(2.5) }));

    const photoPost = await eventually(async () => {
      const row = await postRow(photo.id);
      expect(row.state).toBe('published');
      return row;
    }, 20_000);
    // The photo went out while the Reel was still processing (on the old code it waited for it).
    expect(await postRow(reel.id)).toMatchObject({ state: 'publishing', published_at: null });

    const reelPost = await eventually(async () => {
      const row = await postRow(reel.id);
      expect(row.state).toBe('published');
      return row;
    }, 20_000);
    expect(reelPost.published_at.getTime()).toBeGreaterThan(photoPost.published_at.getTime());
    // Parking is not an attempt: the give-up rules count real attempts only.
    expect(reelPost.attempts).toBe(1);
    expect(fake.published.filter((media) => media.caption === 'Slow reel #processing')).toHaveLength(1);
    expect(fake.published.filter((media) => media.caption === 'Quick photo #meanwhile')).toHaveLength(1);

    const posts = expectData(await user.request<any>(POSTS, { filter: { personaId, from: secondsFromNow(-600), to: secondsFromNow(600) } })).scheduledPosts;
    expect(posts.find((post: any) => post.item.id === reel.id)).toMatchObject({ state: 'PUBLISHED', item: { status: 'POSTED' } });
  });
});
