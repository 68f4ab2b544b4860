import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { mediaTools } from '../../src/media/media-tools.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeTikTok, type FakeTikTok } from '../support/fake-tiktok.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { postOf, readyNetworkItem } from '../support/network-posts.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { makeDueNow } from '../support/worker-process.js';

// TikTok through its connector, against a fake that speaks the Content Posting API: Login Kit
// OAuth (client_key), a direct video post labelled AI-generated with the most public privacy
// the creator allows, photos pulled from public URLs, the recovery rule (a publish_id is
// recorded first and asked again: an upload answer lost still makes one post), inbox mode,
// metrics and a token renewed.

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;

let fake: FakeTikTok;
let server: TestServer;
let inboxServer: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let video: string;
let dir: string;

const settings = (mode: string) => ({
  TIKTOK_CLIENT_KEY: fake.clientKey,
  TIKTOK_CLIENT_SECRET: fake.clientSecret,
  TIKTOK_AUTHORIZE_URL: `${fake.url}/v2/auth/authorize/`,
  TIKTOK_API_URL: fake.url,
  TIKTOK_TIMEOUT_MS: '2000',
  TIKTOK_POST_MODE: mode,
  PUBLISH_MAX_ATTEMPTS: '3',
});

beforeAll(async () => {
  fake = await startFakeTikTok();
  server = await startTestServer(settings('direct'));
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1920, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c84', '#48c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-tiktok-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 720, height: 1280, seconds: 4 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await inboxServer?.close();
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];

const readyItem = (caption: string, media: Array<{ assetId: string }>, format: string) => readyNetworkItem(user.request, personaId, 'TIKTOK', caption, media, { format });


describe('TikTok', () => {
  it('connects through Login Kit with its client_key', async () => {
    const connected = await connectOAuth(server.url, user.request, personaId, 'TIKTOK');
    expect(connected.authorizeUrl.searchParams.get('client_key')).toBe(fake.clientKey);
    expect(connected.channel).toMatchObject({ platform: 'TIKTOK', accountName: `@${fake.username}`, externalAccountId: fake.openId, status: 'ACTIVE' });
    channelId = connected.channel.id;
  });

  it('posts a video directly, labelled AI-generated, with the most public privacy the creator allows, and links to it', async () => {
    const item = await readyItem('Sowing chillies in 30 seconds #chillies', [{ assetId: video }], 'REEL');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    const made = fake.posts.find((entry) => entry.title === 'Sowing chillies in 30 seconds #chillies')!;
    expect(made).toMatchObject({ kind: 'video', mode: 'direct', privacy: 'PUBLIC_TO_EVERYONE', isAigc: true });
    expect(post.platform_post_id).toBe(made.postId);
    expect(post.permalink).toBe(`https://www.tiktok.com/@${fake.username}/video/${made.postId}`);
  });

  it('posts photos TikTok pulls from their public URLs', async () => {
    const item = await readyItem('Two balcony corners', [{ assetId: images[0]! }, { assetId: images[1]! }], 'CAROUSEL');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    expect((await postOf(server, item.id)).state).toBe('published');
    expect(fake.posts.find((entry) => entry.kind === 'photo')).toMatchObject({ photos: 2, title: 'Two balcony corners', isAigc: true });
  });

  it('asks the recorded publish_id after an upload answer was lost, and makes one post', async () => {
    const caption = 'One post, whatever the upload answer';
    const item = await readyItem(caption, [{ assetId: video }], 'REEL');
    const inits = fake.calls('video_init');
    fake.failNext('upload', 'timeout_after');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const pending = await eventually(async () => {
      const current = await row('SELECT id, state, last_error FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
      expect(current).toMatchObject({ state: 'pending', last_error: expect.any(String) });
      return current;
    }, 20_000);
    await makeDueNow(server.handle.db, [pending.id]);
    const post = await postOf(server, item.id, ['published', 'failed'], 30_000);
    expect(post.state).toBe('published');
    expect(fake.calls('video_init') - inits).toBe(1);
    expect(fake.posts.filter((entry) => entry.title === caption)).toHaveLength(1);
  });

  it('renews the one-day token and collects views, likes, comments, shares and followers', async () => {
    await server.handle.pool.query("UPDATE channel_integrations SET token_expires_at = now() + interval '1 minute' WHERE id = $1", [channelId]);
    const before = fake.refreshes();
    const first = fake.posts.find((entry) => entry.kind === 'video' && entry.postId)!;
    fake.setStats(first.postId!, { view_count: 5000, like_count: 420, comment_count: 31, share_count: 12 });
    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config };
    await collectDueMetrics(deps, new Date(Date.now() + 3600_000 + 60_000));
    expect(fake.refreshes() - before).toBe(1);
    const snapshot = await row('SELECT views, likes, comments, shares, unavailable FROM analytics_snapshots WHERE content_item_id = (SELECT content_item_id FROM scheduled_posts WHERE platform_post_id = $1)', [first.postId]);
    expect(snapshot).toMatchObject({ views: 5000, likes: 420, comments: 31, shares: 12, unavailable: ['reach', 'saved'] });
    const account = await row('SELECT followers FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [channelId]);
    expect(account.followers).toBe(3210);
  });

  it("sends a video to the creator's inbox in inbox mode", async () => {
    inboxServer = await startTestServer(settings('inbox'));
    const owner = await signUpUser(inboxServer.url);
    const persona = (await createPersona(owner.request)).id;
    const channel = (await connectOAuth(inboxServer.url, owner.request, persona, 'TIKTOK')).channel.id;
    const clip = (await uploadClient(inboxServer.url, owner.token).uploadFile(persona, path.join(dir, 'clip.mp4'))).body.id;
    const item = await createItem(owner.request, persona, { status: 'DRAFT', caption: 'Finish me in the app', platform: 'TIKTOK' });
    const ready = expectData(await owner.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', format: 'REEL', media: [{ assetId: clip }] } })).updateContentItem;
    expectData(await schedule(owner.request, ready, channel, { at: secondsFromNow(2) }));
    const post = await eventually(async () => {
      const current = (await inboxServer.handle.pool.query('SELECT state, platform_post_id, permalink FROM scheduled_posts WHERE content_item_id = $1', [item.id])).rows[0];
      expect(current?.state).toBe('published');
      return current;
    }, 20_000);
    const sent = fake.posts.find((entry) => entry.mode === 'inbox')!;
    expect(post).toMatchObject({ platform_post_id: sent.publishId, permalink: null });
  });
});
