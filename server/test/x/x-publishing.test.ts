import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { xAccess } from '../../src/connectors/x/x-access.js';
import { createLogger } from '../../src/logger.js';
import { mediaTools } from '../../src/media/media-tools.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeX, type FakeX } from '../support/fake-x.js';
import { signUpUser } from '../support/graphql-client.js';
import { postOf, readyNetworkItem, retriedNow } from '../support/network-posts.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectOAuth, schedule, secondsFromNow, START_CONNECTION, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// X through its connector, against a fake X that speaks API v2: connecting with OAuth 2.0 and
// PKCE (the flow bound to the browser, each code and state used once), posts with images and
// alt text and with a video uploaded in chunks and processed, the recovery rule (a post whose
// answer was lost is found on the timeline, never sent twice), X's duplicate refusal, rate
// limits, a two-hour token renewed once however many ask, metrics, and a revoked app.

const CHANNEL = `query ($id: ID!) { channelIntegration(id: $id) { id status statusReason } }`;

let fake: FakeX;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];
let video: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeX({ processingPolls: 2 });
  server = await startTestServer({
    X_CLIENT_ID: fake.clientId,
    X_CLIENT_SECRET: fake.clientSecret,
    X_AUTHORIZE_URL: `${fake.url}/i/oauth2/authorize`,
    X_API_URL: fake.url,
    X_TIMEOUT_MS: '1500',
    PUBLISH_MAX_ATTEMPTS: '3',
  });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c84', '#48c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-x-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 720, height: 1280, seconds: 3 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];
const deps = async () => ({ db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config });

const readyItem = (caption: string, media: Array<{ assetId: string; altText?: string }>, format?: string) => readyNetworkItem(user.request, personaId, 'X', caption, media, { format });



describe('connecting X', () => {
  it('sends the browser to X with an S256 challenge, never the verifier, and connects the account with its tokens sealed', async () => {
    const connected = await connectOAuth(server.url, user.request, personaId, 'X');
    expect(connected.authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(connected.authorizeUrl.searchParams.get('scope')).toBe('tweet.read tweet.write users.read media.write offline.access');
    expect(connected.landing.pathname).toBe(`/personas/${personaId}/channels`);
    expect(connected.landing.searchParams.get('connected')).toBe('x');
    expect(connected.channel).toMatchObject({ platform: 'X', accountName: `@${fake.username}`, externalAccountId: fake.userId, status: 'ACTIVE' });
    channelId = connected.channel.id;
    const stored = await row('SELECT access_token_enc, refresh_token_enc, token_expires_at FROM channel_integrations WHERE id = $1', [channelId]);
    expect(stored.refresh_token_enc).not.toBeNull();
    expect(stored.token_expires_at.getTime() - Date.now()).toBeGreaterThan(7000_000);
    const token = (await xAccess(await deps(), channelId))!.accessToken;
    expect(stored.access_token_enc.toString('latin1')).not.toContain(token);
    // The flow's state was taken: nothing is left to replay.
    expect(await row('SELECT count(*)::int AS n FROM oauth_states', [])).toEqual({ n: 0 });
  });

  it('refuses a callback replayed, one finished in another browser, and a refusal on the consent page, changing nothing', async () => {
    const first = await connectOAuth(server.url, user.request, personaId, 'X');
    const replayed = await fetch(first.callback, { redirect: 'manual', headers: { cookie: first.cookie } });
    expect(new URL(replayed.headers.get('location')!, server.url).searchParams.get('channelError')).toMatch(/expired or was already used/);

    const started = await user.request<any>(START_CONNECTION, { personaId, platform: 'X' });
    const consent = await fetch(expectData(started).startChannelConnection.authorizeUrl, { redirect: 'manual' });
    const elsewhere = await fetch(consent.headers.get('location')!, { redirect: 'manual' });
    expect(new URL(elsewhere.headers.get('location')!, server.url).searchParams.get('channelError')).toMatch(/started in another browser/);

    fake.setConsent('deny');
    const denied = await connectOAuth(server.url, user.request, personaId, 'X');
    fake.setConsent('approve');
    expect(denied.landing.searchParams.get('channelError')).toBe('X did not connect: access_denied');
    expect(await row("SELECT count(*)::int AS n FROM channel_integrations WHERE platform = 'x'", [])).toEqual({ n: 1 });
  });

  it('refuses to start for a network that connects another way', async () => {
    const refused = await user.request<any>(START_CONNECTION, { personaId, platform: 'MASTODON' });
    expect(expectError(refused, 'BAD_USER_INPUT').extensions?.field).toBe('platform');
  });
});

describe('publishing on X', () => {
  it('posts two images with their alt text and links to the post', async () => {
    const caption = 'Seed swap on Saturday & Sunday 🌱 https://example.com/swap #seedswap';
    const item = await readyItem(caption, [{ assetId: images[0]!, altText: 'Envelopes of seeds' }, { assetId: images[1]!, altText: 'A table at the swap' }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    const published = fake.posts.filter((entry) => entry.text === caption);
    expect(published).toHaveLength(1);
    expect(published[0]!.altTexts).toEqual(['Envelopes of seeds', 'A table at the swap']);
    expect(post.platform_post_id).toBe(published[0]!.id);
    expect(post.permalink).toBe(`https://x.com/${fake.username}/status/${published[0]!.id}`);
  });

  it('posts a video uploaded in chunks once X has processed it', async () => {
    const statusCalls = fake.calls('media_status');
    const item = await readyItem('A moving morning', [{ assetId: video }], 'REEL');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id, ['published', 'failed'], 30_000);
    expect(post.state).toBe('published');
    expect(fake.calls('media_status') - statusCalls).toBe(2);
    expect(fake.posts.filter((entry) => entry.text === 'A moving morning')).toHaveLength(1);
  });

  it('finds a post whose answer was lost on the timeline instead of sending it again', async () => {
    const caption = 'Lost answer, one post';
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    const creates = fake.calls('create_post');
    const uploads = fake.calls('media_initialize');
    fake.failNext('create_post', 'timeout_after');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    // Looked for and found: created once, uploaded once.
    expect(fake.calls('create_post') - creates).toBe(1);
    expect(fake.calls('media_initialize') - uploads).toBe(1);
    const published = fake.posts.filter((entry) => entry.text === caption);
    expect(published).toHaveLength(1);
    expect(post.platform_post_id).toBe(published[0]!.id);
  });

  it('sends again a post X never received, once', async () => {
    const caption = 'Never arrived the first time';
    const item = await readyItem(caption, [{ assetId: images[1]! }]);
    fake.failNext('create_post', 'server_error');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    expect(fake.posts.filter((entry) => entry.text === caption)).toHaveLength(1);
  });

  it('waits out a rate limit until the time X gives', async () => {
    const caption = 'After the rate limit';
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    fake.failNext('create_post', 'rate_limit');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id, ['published'], 30_000);
    expect(post.last_error).toBeNull();
    expect(fake.posts.filter((entry) => entry.text === caption)).toHaveLength(1);
  });

  it('fails a post X refuses as a duplicate of one the account already has, with X’s words', async () => {
    const caption = 'Already said this';
    fake.posts.push({ id: '1', text: caption, mediaIds: [], altTexts: [], createdAt: new Date(Date.now() - 86400_000) });
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'failed', item_status: 'failed' });
    expect(post.last_error).toBe('X refused the post: You are not allowed to create a Tweet with duplicate content.');
  });

  it("holds an item made for another network to X's own rules", async () => {
    const item = await createItem(user.request, personaId, { status: 'READY', caption: 'x'.repeat(281), platform: 'INSTAGRAM', overrideReason: 'a test of length only' });
    const refused = await schedule(user.request, item, channelId, { at: secondsFromNow(600) });
    expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/the caption must be at most 280 characters \(has 281\)/);
  });
});

describe('X tokens', () => {
  it('renews an expired token once however many ask at the same time, and publishes with the new one', async () => {
    const before = fake.refreshes();
    const stale = (await xAccess(await deps(), channelId))!.accessToken;
    fake.expireAccessTokens();
    const renewed = await Promise.all(Array.from({ length: 5 }, async () => (await xAccess(await deps(), channelId, stale))!.accessToken));
    expect(fake.refreshes() - before).toBe(1);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(stale);

    // X's clock runs out a token ours thinks is fine: the publish renews it and goes again.
    fake.expireAccessTokens();
    const caption = 'Posted after a renewal';
    const item = await readyItem(caption, [{ assetId: images[1]! }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id, ['published'], 30_000);
    expect(post.platform_post_id).toBe(fake.posts.find((entry) => entry.text === caption)!.id);
    expect(fake.refreshes() - before).toBe(2);
  });

  it('collects likes, replies, reposts, bookmarks and impressions and the followers; reach is unavailable', async () => {
    const first = fake.posts.find((entry) => entry.text.startsWith('Seed swap'))!;
    fake.setMetrics(first.id, { like_count: 9, reply_count: 4, retweet_count: 2, quote_count: 1, bookmark_count: 3, impression_count: 640 });
    await collectDueMetrics(await deps(), new Date(Date.now() + 3600_000 + 60_000));
    const snapshot = await row(
      `SELECT s.likes, s.comments, s.shares, s.saved, s.views, s.unavailable FROM analytics_snapshots s
         JOIN scheduled_posts p ON p.content_item_id = s.content_item_id AND p.channel_integration_id = s.channel_integration_id WHERE p.platform_post_id = $1`,
      [first.id],
    );
    expect(snapshot).toMatchObject({ likes: 9, comments: 4, shares: 3, saved: 3, views: 640, unavailable: ['reach'] });
    const account = await row('SELECT followers, unavailable FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [channelId]);
    expect(account).toMatchObject({ followers: 4321, unavailable: ['reach', 'views'] });
  });

  it('shows Needs reconnect once the app was revoked, and fails the post saying so', async () => {
    fake.revokeAccess();
    fake.expireAccessTokens();
    await server.handle.pool.query("UPDATE channel_integrations SET token_expires_at = now() + interval '1 minute' WHERE id = $1", [channelId]);
    const item = await readyItem('After the revocation', [{ assetId: images[0]! }]);
    const scheduled = await schedule(user.request, item, channelId, { at: secondsFromNow(2) });
    expectData(scheduled);
    const post = await postOf(server, item.id);
    expect(post.state).toBe('failed');
    expect(post.last_error).toMatch(/reconnect/);
    const channel = expectData(await user.request<any>(CHANNEL, { id: channelId })).channelIntegration;
    expect(channel.status).toBe('NEEDS_RECONNECT');
    expect(channel.statusReason).toMatch(/connect the account again/);
  });
});
