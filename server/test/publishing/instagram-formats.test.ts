import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectInstagram, instagramSettings, POSTS, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Carousels, Reels and Stories on Instagram, against the fake Graph API that enforces the
// documented rules for each (children, then the parent; video processing; media types).

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let dir: string;
let personaId: string;
let channelId: string;
let images: string[];
let video: string;

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version status format } }`;

beforeAll(async () => {
  fake = await startFakeInstagram({ videoPolls: 3 });
  server = await startTestServer({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '20', UPLOAD_CHUNK_KB: '256' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectInstagram(server.url, user.request, personaId)).channel.id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-ig-formats-'));
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1350, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c33', '#3c3', '#33c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 720, height: 1280, seconds: 4 });
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

async function settled(itemId: string) {
  return eventually(async () => {
    const posts = expectData(await user.request<any>(POSTS, { filter: { personaId, from: secondsFromNow(-600), to: secondsFromNow(600) } })).scheduledPosts;
    const post = posts.find((candidate: any) => candidate.item.id === itemId);
    expect(['PUBLISHED', 'FAILED']).toContain(post?.state);
    return post;
  }, 20_000);
}

describe('Instagram formats', () => {
  it('publishes a carousel: each child recorded as it is made, then the parent, slides in order with alt text', async () => {
    const item = await readyItem('Three frames of one morning #film', {
      format: 'CAROUSEL',
      media: [{ assetId: images[0], altText: 'A red door' }, { assetId: video }, { assetId: images[1], altText: 'A green wall' }],
    });
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2.5) }));
    const post = await settled(item.id);
    expect(post).toMatchObject({ state: 'PUBLISHED', item: { status: 'POSTED' } });
    const published = fake.published.find((media) => media.caption === 'Three frames of one morning #film')!;
    expect(published).toMatchObject({ mediaType: 'CAROUSEL_ALBUM', productType: 'FEED', mediaId: post.platformPostId });
    expect(published.children!.map((child) => [child.mediaType, child.altText])).toEqual([['IMAGE', 'A red door'], ['VIDEO', undefined], ['IMAGE', 'A green wall']]);
    const [row] = (await server.handle.pool.query('SELECT container_id, child_container_ids FROM scheduled_posts WHERE content_item_id = $1', [item.id])).rows;
    expect(fake.container(row.container_id)).toMatchObject({ mediaType: 'CAROUSEL', children: row.child_container_ids, state: 'PUBLISHED' });
    // Children were made before the parent, one request each, and no other parent was made.
    const creates = fake.requests.filter((request) => request.endpoint === 'container_create' && (request.params.is_carousel_item === 'true' || request.params.media_type === 'CAROUSEL'));
    expect(creates.slice(-4).map((request) => request.params.media_type ?? 'IMAGE')).toEqual(['IMAGE', 'VIDEO', 'IMAGE', 'CAROUSEL']);
  });

  it('publishes a Reel with its cover, shared to the feed, after the video has processed', async () => {
    const item = await readyItem('Morning routine in 4 seconds', { format: 'REEL', media: [{ assetId: video }], coverAssetId: images[2] });
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2.5) }));
    expect((await settled(item.id)).state).toBe('PUBLISHED');
    const published = fake.published.find((media) => media.caption === 'Morning routine in 4 seconds')!;
    expect(published).toMatchObject({ mediaType: 'VIDEO', productType: 'REELS' });
    expect(published.coverUrl).toBeTruthy();
    const create = fake.requests.filter((request) => request.endpoint === 'container_create' && request.params.media_type === 'REELS').at(-1)!;
    expect(create.params).toMatchObject({ share_to_feed: 'true', caption: 'Morning routine in 4 seconds' });
    // The video took several status polls before it was FINISHED, and was published once.
    expect(fake.published.filter((media) => media.caption === 'Morning routine in 4 seconds')).toHaveLength(1);
  });

  it('publishes a Story from a video and one from an image', async () => {
    const videoStory = await readyItem('A story in motion', { format: 'STORY', media: [{ assetId: video }] });
    const imageStory = await readyItem('A still story', { format: 'STORY', media: [{ assetId: images[1] }] });
    expectData(await schedule(user.request, videoStory, channelId, { at: secondsFromNow(2.5) }));
    expectData(await schedule(user.request, imageStory, channelId, { at: secondsFromNow(2.5) }));
    expect((await settled(videoStory.id)).state).toBe('PUBLISHED');
    expect((await settled(imageStory.id)).state).toBe('PUBLISHED');
    const stories = fake.published.filter((media) => media.productType === 'STORY');
    expect(stories.map((media) => media.mediaType).sort()).toEqual(['IMAGE', 'VIDEO']);
  });

  it('fails a carousel whose slide Instagram cannot process, publishing nothing of it', async () => {
    const item = await readyItem('Never half a carousel', { format: 'CAROUSEL', media: [{ assetId: images[0] }, { assetId: images[1] }] });
    const before = fake.published.length;
    // The first child's processing fails on Instagram's side.
    fake.failNext('container_create', 'container_error');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2.5) }));
    const post = await settled(item.id);
    expect(post.state).toBe('FAILED');
    expect(post.lastError).toMatch(/could not process slide 1/);
    expect(fake.published.length).toBe(before);
    expect(fake.requests.filter((request) => request.endpoint === 'container_create' && request.params.media_type === 'CAROUSEL' && request.params.caption === 'Never half a carousel')).toHaveLength(0);
  });

  it('refuses to schedule what the format lacks, naming it', async () => {
    const item = await createItem(user.request, personaId, { status: 'DRAFT', caption: 'Too short', platform: 'INSTAGRAM' });
    const draft = expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, format: 'CAROUSEL', media: [{ assetId: images[0] }] } })).updateContentItem;
    const refused = expectError(await schedule(user.request, draft, channelId, { at: secondsFromNow(60) }), 'BAD_USER_INPUT', 'input.itemId');
    expect(refused.message).toMatch(/a carousel needs 2 to 10 images or videos \(has 1\)/);
  });
});
