import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { mediaTools } from '../../src/media/media-tools.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeYouTube, type FakeYouTube } from '../support/fake-youtube.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { postOf, readyNetworkItem, retriedNow } from '../support/network-posts.js';
import { uploadClient } from '../support/media-uploads.js';
import { connectOAuth, schedule, secondsFromNow } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { makeDueNow } from '../support/worker-process.js';

// YouTube through its connector, against a fake that speaks the Data API v3: Google's OAuth
// with PKCE and offline access, a Short and a video uploaded through resumable sessions with
// their title, tags and synthetic-media declaration, an answer lost after the last byte settled
// by asking the session (one video), a session YouTube forgot ending "unconfirmed", a token
// renewed, and metrics.

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;

let fake: FakeYouTube;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let short: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeYouTube();
  server = await startTestServer({
    YOUTUBE_CLIENT_ID: fake.clientId,
    YOUTUBE_CLIENT_SECRET: fake.clientSecret,
    YOUTUBE_AUTHORIZE_URL: `${fake.url}/o/oauth2/v2/auth`,
    YOUTUBE_TOKEN_URL: `${fake.url}/token`,
    YOUTUBE_API_URL: fake.url,
    YOUTUBE_TIMEOUT_MS: '2000',
    PUBLISH_MAX_ATTEMPTS: '3',
  });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-youtube-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'short.mp4'), { width: 720, height: 1280, seconds: 4 });
  short = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'short.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];

const readyItem = (title: string, caption: string, format = 'REEL') => readyNetworkItem(user.request, personaId, 'YOUTUBE', caption, [{ assetId: short }], { format, title });



describe('YouTube', () => {
  it("connects the account's channel through Google's consent page with PKCE and offline access", async () => {
    const connected = await connectOAuth(server.url, user.request, personaId, 'YOUTUBE');
    expect(connected.authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(connected.authorizeUrl.searchParams.get('access_type')).toBe('offline');
    expect(connected.channel).toMatchObject({ platform: 'YOUTUBE', accountName: fake.handle, externalAccountId: fake.channelId, status: 'ACTIVE' });
    channelId = connected.channel.id;
    expect(await row('SELECT refresh_token_enc IS NOT NULL AS kept FROM channel_integrations WHERE id = $1', [channelId])).toEqual({ kept: true });
  });

  it('uploads a Short with its title, hashtags as tags and the synthetic-media declaration, and links to it', async () => {
    const item = await readyItem('Chillies <in> a minute', 'Sowing chillies indoors, start to finish. #chillies #balconygarden');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    expect(fake.videos).toHaveLength(1);
    expect(fake.videos[0]).toMatchObject({
      title: 'Chillies in a minute',
      description: expect.stringMatching(/^Sowing chillies indoors/),
      tags: ['chillies', 'balconygarden'],
      privacyStatus: 'public',
      containsSyntheticMedia: true,
    });
    expect(post.platform_post_id).toBe(fake.videos[0]!.id);
    expect(post.permalink).toBe(`https://www.youtube.com/shorts/${fake.videos[0]!.id}`);
  });

  it('asks the session after an answer lost on the last byte, and records the video it made: one video', async () => {
    const item = await readyItem('A lost answer', 'One video, whatever happens to the answer.', 'POST');
    const starts = fake.calls('upload_start');
    const before = fake.videos.length;
    fake.failNext('upload_session', 'timeout_after');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    expect(fake.calls('upload_start') - starts).toBe(1);
    expect(fake.videos.length - before).toBe(1);
    expect(post.permalink).toBe(`https://www.youtube.com/watch?v=${fake.videos.at(-1)!.id}`);
  });

  it('ends a post whose session YouTube forgot as unconfirmed rather than uploading it twice', async () => {
    const item = await readyItem('A forgotten session', 'Nobody can tell whether this one went out.');
    const before = fake.videos.length;
    fake.failNext('upload_session', 'server_error');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const pending = await eventually(async () => {
      const current = await row('SELECT id, state, last_error FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
      expect(current).toMatchObject({ state: 'pending', last_error: expect.any(String) });
      return current;
    }, 20_000);
    fake.forgetSessions();
    await makeDueNow(server.handle.db, [pending.id]);
    const post = await postOf(server, item.id, ['failed'], 30_000);
    expect(post.last_error).toMatch(/^unconfirmed: check the account/);
    expect(fake.videos.length).toBe(before);
  });

  it('refuses an image for YouTube before anything is stored', async () => {
    const item = await createItem(user.request, personaId, { status: 'DRAFT', title: 'A photo', caption: 'Just a photo', platform: 'YOUTUBE' });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'photo.png');
    const uploaded = await fetch(`${server.url}/api/assets?personaId=${personaId}`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: form });
    const imageId = ((await uploaded.json()) as { id: string }).id;
    const refused = await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', format: 'POST', media: [{ assetId: imageId }] } });
    expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/video/);
  });

  it('renews an expired token and collects views, likes, comments and subscribers', async () => {
    const before = fake.refreshes();
    fake.expireAccessTokens();
    const first = fake.videos[0]!;
    fake.setStatistics(first.id, { viewCount: 1200, likeCount: 88, commentCount: 7 });
    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config };
    await collectDueMetrics(deps, new Date(Date.now() + 3600_000 + 60_000));
    expect(fake.refreshes() - before).toBe(1);
    const snapshot = await row('SELECT views, likes, comments, unavailable FROM analytics_snapshots WHERE content_item_id = (SELECT content_item_id FROM scheduled_posts WHERE platform_post_id = $1)', [first.id]);
    expect(snapshot).toMatchObject({ views: 1200, likes: 88, comments: 7, unavailable: ['reach', 'shares', 'saved'] });
    const account = await row('SELECT followers FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [channelId]);
    expect(account.followers).toBe(1500);
  });
});
