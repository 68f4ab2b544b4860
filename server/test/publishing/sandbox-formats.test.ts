import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectSandbox, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The Sandbox shows each format as the platform would: a carousel keeps its slides in order,
// a Reel its video, and a Story leaves the feed a day after it went out.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let video: string;
let dir: string;

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;
const FEED = `query ($personaId: ID!) { sandboxFeed(personaId: $personaId) { id caption format expiresAt publishedAt media { altText asset { id kind } } item { id } } }`;

beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  channelId = (await connectSandbox(user.request, personaId)).id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-sandbox-formats-'));
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1080, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c33', '#3c3'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 360, height: 640, seconds: 4 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function publish(caption: string, input: Record<string, unknown>) {
  const item = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'SANDBOX' });
  const ready = expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', ...input } })).updateContentItem;
  expectData(await schedule(user.request, ready, channelId, { at: secondsFromNow(2.5) }));
  return eventually(async () => {
    const post = expectData(await user.request<any>(FEED, { personaId })).sandboxFeed.find((entry: any) => entry.item?.id === item.id);
    expect(post).toBeDefined();
    return post;
  }, 10_000);
}

describe('Sandbox formats', () => {
  it('publishes a carousel with its slides in order, and a Reel with its video', async () => {
    const carousel = await publish('Two rooms', { format: 'CAROUSEL', media: [{ assetId: images[1], altText: 'A green room' }, { assetId: video }, { assetId: images[0] }] });
    expect(carousel).toMatchObject({ format: 'CAROUSEL', expiresAt: null });
    expect(carousel.media).toEqual([
      { altText: 'A green room', asset: { id: images[1], kind: 'IMAGE' } },
      { altText: '', asset: { id: video, kind: 'VIDEO' } },
      { altText: '', asset: { id: images[0], kind: 'IMAGE' } },
    ]);
    const reel = await publish('A moving morning', { format: 'REEL', media: [{ assetId: video }] });
    expect(reel).toMatchObject({ format: 'REEL', media: [{ asset: { id: video, kind: 'VIDEO' } }] });
  });

  it('lets a Story go from the feed a day after it was published', async () => {
    const story = await publish('Here today', { format: 'STORY', media: [{ assetId: images[0] }] });
    expect(story.format).toBe('STORY');
    expect(Date.parse(story.expiresAt) - Date.parse(story.publishedAt)).toBe(24 * 3600 * 1000);
    // A day later (the row's clock moved back, as the feed reads the database's time).
    await server.handle.pool.query(`UPDATE sandbox_posts SET published_at = published_at - interval '25 hours', expires_at = expires_at - interval '25 hours' WHERE id = $1`, [story.id]);
    const feed = expectData(await user.request<any>(FEED, { personaId })).sandboxFeed;
    expect(feed.map((entry: any) => entry.id)).not.toContain(story.id);
  });
});
