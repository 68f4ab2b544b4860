import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { mediaTools } from '../../src/media/media-tools.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeThreads, type FakeThreads } from '../support/fake-threads.js';
import { signUpUser } from '../support/graphql-client.js';
import { postOf, readyNetworkItem, retriedNow } from '../support/network-posts.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Threads through its connector, against a fake that speaks its API: Meta's OAuth with the
// one-hour token traded for a 60-day one and renewed a week ahead, containers made from public
// URLs (the fake fetches them) for an image with alt text, a carousel and a video, the recovery
// rule (a container is published once: a lost answer finds the post, a publish never sent goes
// again), metrics and a revoked app.

let fake: FakeThreads;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let video: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeThreads();
  server = await startTestServer({
    THREADS_APP_ID: fake.appId,
    THREADS_APP_SECRET: fake.appSecret,
    THREADS_AUTHORIZE_URL: `${fake.url}/oauth/authorize`,
    THREADS_API_URL: fake.url,
    THREADS_TIMEOUT_MS: '2000',
    PUBLISH_MAX_ATTEMPTS: '3',
  });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1350, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c84', '#48c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-threads-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 720, height: 1280, seconds: 4 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];

const readyItem = (caption: string, media: Array<{ assetId: string; altText?: string }>, format?: string) => readyNetworkItem(user.request, personaId, 'THREADS', caption, media, { format });



describe('Threads', () => {
  it('connects with a 60-day token traded for the first one', async () => {
    const connected = await connectOAuth(server.url, user.request, personaId, 'THREADS');
    expect(connected.authorizeUrl.searchParams.get('scope')).toBe('threads_basic,threads_content_publish,threads_manage_insights');
    expect(connected.channel).toMatchObject({ platform: 'THREADS', accountName: `@${fake.username}`, externalAccountId: fake.userId, status: 'ACTIVE' });
    channelId = connected.channel.id;
    expect(fake.calls('exchange')).toBe(1);
    const stored = await row('SELECT token_expires_at FROM channel_integrations WHERE id = $1', [channelId]);
    expect(stored.token_expires_at.getTime() - Date.now()).toBeGreaterThan(59 * 86_400_000);
  });

  it('posts an image with its alt text from its public URL and links to the post', async () => {
    const item = await readyItem('Repotting day 🌱', [{ assetId: images[0]!, altText: 'A fig in a new pot' }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    const published = fake.posts.find((entry) => entry.text === 'Repotting day 🌱')!;
    expect(published).toMatchObject({ mediaType: 'IMAGE', altTexts: ['A fig in a new pot'] });
    expect(post.permalink).toBe(`https://www.threads.net/@${fake.username}/post/${published.id}`);
  });

  it('posts a carousel of item containers, and a video once Threads has processed it', async () => {
    const carousel = await readyItem('Two views', [{ assetId: images[0]! }, { assetId: images[1]! }]);
    expectData(await schedule(user.request, carousel, channelId, { at: secondsFromNow(2) }));
    expect((await postOf(server, carousel.id)).state).toBe('published');
    const clip = await readyItem('A minute on the balcony', [{ assetId: video }], 'REEL');
    expectData(await schedule(user.request, clip, channelId, { at: secondsFromNow(2) }));
    expect((await postOf(server, clip.id, ['published', 'failed'], 30_000)).state).toBe('published');
    expect(fake.posts.find((entry) => entry.text === 'Two views')).toMatchObject({ mediaType: 'CAROUSEL', children: 2 });
    expect(fake.posts.find((entry) => entry.text === 'A minute on the balcony')).toMatchObject({ mediaType: 'VIDEO' });
  });

  it('finds the post of a container whose publish answer was lost: one post', async () => {
    const caption = 'Lost answer, one thread';
    const item = await readyItem(caption, [{ assetId: images[1]! }]);
    const publishes = fake.calls('publish');
    fake.failNext('publish', 'timeout_after');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    expect(fake.calls('publish') - publishes).toBe(1);
    expect(fake.posts.filter((entry) => entry.text === caption)).toHaveLength(1);
    expect(post.platform_post_id).toBe(fake.posts.find((entry) => entry.text === caption)!.id);
  });

  it('publishes again the container of a publish that never arrived: one post', async () => {
    const caption = 'Never arrived, one thread';
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    const containers = fake.calls('create_container');
    fake.failNext('publish', 'server_error');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    expect(fake.calls('create_container') - containers).toBe(1);
    expect(fake.posts.filter((entry) => entry.text === caption)).toHaveLength(1);
  });

  it('refuses a caption over 500 characters before anything is stored', async () => {
    const item = await createItem(user.request, personaId, { status: 'READY', caption: 't'.repeat(501), platform: 'INSTAGRAM', overrideReason: 'a test of length only' });
    const refused = await schedule(user.request, item, channelId, { at: secondsFromNow(600) });
    expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/at most 500 characters \(has 501\)/);
  });

  it('renews the 60-day token a week before it runs out, and collects insights and followers', async () => {
    await server.handle.pool.query("UPDATE channel_integrations SET token_expires_at = now() + interval '3 days' WHERE id = $1", [channelId]);
    const before = fake.refreshes();
    const first = fake.posts.find((entry) => entry.text === 'Repotting day 🌱')!;
    fake.setInsights(first.id, { views: 900, likes: 40, replies: 6, reposts: 3, quotes: 1, shares: 2 });
    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config };
    await collectDueMetrics(deps, new Date(Date.now() + 3600_000 + 60_000));
    expect(fake.refreshes() - before).toBe(1);
    const renewed = await row('SELECT token_expires_at FROM channel_integrations WHERE id = $1', [channelId]);
    expect(renewed.token_expires_at.getTime() - Date.now()).toBeGreaterThan(59 * 86_400_000);
    const snapshot = await row('SELECT views, likes, comments, shares, unavailable FROM analytics_snapshots WHERE content_item_id = (SELECT content_item_id FROM scheduled_posts WHERE platform_post_id = $1)', [first.id]);
    expect(snapshot).toMatchObject({ views: 900, likes: 40, comments: 6, shares: 6, unavailable: ['reach', 'saved'] });
    const account = await row('SELECT followers FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [channelId]);
    expect(account.followers).toBe(777);
  });

  it('shows Needs reconnect once the token is refused and cannot be renewed', async () => {
    fake.revokeAccess();
    const item = await readyItem('After the revocation', [{ assetId: images[0]! }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post.state).toBe('failed');
    expect(post.last_error).toMatch(/reconnect/);
    expect(await row('SELECT status FROM channel_integrations WHERE id = $1', [channelId])).toEqual({ status: 'needs_reconnect' });
  });
});
