import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { mediaTools } from '../../src/media/media-tools.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createPersona, expectData } from '../support/fixtures.js';
import { startFakeLinkedIn, type FakeLinkedIn } from '../support/fake-linkedin.js';
import { signUpUser } from '../support/graphql-client.js';
import { postOf, readyNetworkItem, retriedNow } from '../support/network-posts.js';
import { uploadClient } from '../support/media-uploads.js';
import { CHANNELS, connectOAuth, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// LinkedIn through its connector, against a fake that speaks the versioned REST API: a member
// and the organisation page they administer connected in one consent, posts with an image,
// several images and a video, hashtags kept as links in LinkedIn's little-text format, the
// recovery rule (a lost post found among the author's posts, or named by LinkedIn's duplicate
// refusal when the list lags), token renewal, metrics and a revoked app.

let fake: FakeLinkedIn;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let memberChannel: string;
let pageChannel: string;
let images: string[];
let video: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeLinkedIn();
  server = await startTestServer({
    LINKEDIN_CLIENT_ID: fake.clientId,
    LINKEDIN_CLIENT_SECRET: fake.clientSecret,
    LINKEDIN_ORGANIZATIONS: 'true',
    LINKEDIN_AUTHORIZE_URL: `${fake.url}/oauth/v2/authorization`,
    LINKEDIN_TOKEN_URL: `${fake.url}/oauth/v2/accessToken`,
    LINKEDIN_API_URL: fake.url,
    LINKEDIN_TIMEOUT_MS: '1500',
    PUBLISH_MAX_ATTEMPTS: '3',
  });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 1200, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c84', '#48c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-linkedin-'));
  await makeSampleVideo(mediaTools({}), path.join(dir, 'clip.mp4'), { width: 1280, height: 720, seconds: 4 });
  video = (await uploadClient(server.url, user.token).uploadFile(personaId, path.join(dir, 'clip.mp4'))).body.id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];
const deps = async () => ({ db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config });

const readyItem = (caption: string, media: Array<{ assetId: string; altText?: string }>, format?: string) => readyNetworkItem(user.request, personaId, 'LINKEDIN', caption, media, { format });



describe('connecting LinkedIn', () => {
  it('connects the member and the page they administer in one consent, each a channel with its tokens sealed', async () => {
    const connected = await connectOAuth(server.url, user.request, personaId, 'LINKEDIN');
    expect(connected.authorizeUrl.searchParams.get('code_challenge')).toBeNull();
    expect(connected.authorizeUrl.searchParams.get('scope')).toBe('openid profile w_member_social w_organization_social r_organization_social rw_organization_admin');
    expect(connected.landing.searchParams.get('connected')).toBe('linkedin');
    const channels = expectData(await user.request<any>(CHANNELS, { id: personaId })).persona.channelIntegrations.filter((channel: any) => channel.platform === 'LINKEDIN');
    expect(channels.map((channel: any) => [channel.accountName, channel.externalAccountId, channel.status]).sort()).toEqual([
      ['Fern Balcony Gardens (page)', fake.organizationUrn, 'ACTIVE'],
      ['Lena Fern', fake.memberUrn, 'ACTIVE'],
    ]);
    memberChannel = channels.find((channel: any) => channel.externalAccountId === fake.memberUrn).id;
    pageChannel = channels.find((channel: any) => channel.externalAccountId === fake.organizationUrn).id;
    // Connected again: the same two channels, renewed.
    await connectOAuth(server.url, user.request, personaId, 'LINKEDIN');
    expect(await row("SELECT count(*)::int AS n FROM channel_integrations WHERE platform = 'linkedin'", [])).toEqual({ n: 2 });
  });
});

describe('publishing on LinkedIn', () => {
  it('posts an image as the member with its alt text, hashtags kept as links and markup characters escaped', async () => {
    const caption = 'Repotting (finally) the fig_tree #balconygarden #UrbanJungle';
    const item = await readyItem(caption, [{ assetId: images[0]!, altText: 'A fig in a new pot' }]);
    expectData(await schedule(user.request, item, memberChannel, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    const published = fake.posts.filter((entry) => entry.author === fake.memberUrn);
    expect(published).toHaveLength(1);
    expect(published[0]!.commentary).toBe('Repotting \\(finally\\) the fig\\_tree {hashtag|\\#|balconygarden} {hashtag|\\#|UrbanJungle}');
    expect(published[0]!.content).toEqual({ media: { id: expect.stringMatching(/^urn:li:image:/), altText: 'A fig in a new pot' } });
    expect(post.platform_post_id).toBe(published[0]!.urn);
    expect(post.permalink).toBe(`https://www.linkedin.com/feed/update/${published[0]!.urn}/`);
  });

  it('posts several images, and a video once LinkedIn has processed it, as the page', async () => {
    const carousel = await readyItem('Two views of the same balcony', [{ assetId: images[0]! }, { assetId: images[1]! }]);
    expectData(await schedule(user.request, carousel, pageChannel, { at: secondsFromNow(2) }));
    expect((await postOf(server, carousel.id)).state).toBe('published');
    const clip = await readyItem('A minute on the balcony', [{ assetId: video }], 'REEL');
    expectData(await schedule(user.request, clip, pageChannel, { at: secondsFromNow(2) }));
    expect((await postOf(server, clip.id, ['published', 'failed'], 30_000)).state).toBe('published');
    const byPage = fake.posts.filter((entry) => entry.author === fake.organizationUrn);
    expect(byPage.map((entry) => entry.content)).toEqual([
      { multiImage: { images: [{ id: expect.stringMatching(/^urn:li:image:/) }, { id: expect.stringMatching(/^urn:li:image:/) }] } },
      { media: { id: expect.stringMatching(/^urn:li:video:/) } },
    ]);
  });

  it('finds a post whose answer was lost among the author’s posts instead of sending it again', async () => {
    const caption = 'Lost answer, one post';
    const item = await readyItem(caption, [{ assetId: images[1]! }]);
    const creates = fake.calls('create_post');
    fake.failNext('create_post', 'timeout_after');
    expectData(await schedule(user.request, item, memberChannel, { at: secondsFromNow(2) }));
    const post = await retriedNow(server, item.id);
    expect(post.state).toBe('published');
    expect(fake.calls('create_post') - creates).toBe(1);
    expect(fake.posts.filter((entry) => entry.commentary === caption)).toHaveLength(1);
    expect(post.platform_post_id).toBe(fake.posts.find((entry) => entry.commentary === caption)!.urn);
  });

  it('takes the post LinkedIn names in its duplicate refusal when the list has not caught up', async () => {
    const caption = 'The list lags behind';
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    const creates = fake.calls('create_post');
    fake.failNext('create_post', 'timeout_after');
    fake.setListingLags(true);
    try {
      expectData(await schedule(user.request, item, memberChannel, { at: secondsFromNow(2) }));
      const post = await retriedNow(server, item.id);
      expect(post.state).toBe('published');
      expect(fake.calls('create_post') - creates).toBe(2);
      const published = fake.posts.filter((entry) => entry.commentary === caption);
      expect(published).toHaveLength(1);
      expect(post.platform_post_id).toBe(published[0]!.urn);
    } finally {
      fake.setListingLags(false);
    }
  });

  it('renews an expired token with the refresh token and publishes', async () => {
    const before = fake.refreshes();
    fake.expireAccessTokens();
    const item = await readyItem('After a renewal', [{ assetId: images[1]! }]);
    expectData(await schedule(user.request, item, memberChannel, { at: secondsFromNow(2) }));
    expect((await postOf(server, item.id, ['published'], 30_000)).state).toBe('published');
    expect(fake.refreshes() - before).toBe(1);
  });

  it("collects a post's likes and comments and the page's followers; the rest is unavailable", async () => {
    const first = fake.posts.find((entry) => entry.author === fake.memberUrn)!;
    fake.setLikes(first.urn, 12, 5);
    await collectDueMetrics(await deps(), new Date(Date.now() + 3600_000 + 60_000));
    const snapshot = await row('SELECT likes, comments, views, unavailable FROM analytics_snapshots WHERE content_item_id = (SELECT content_item_id FROM scheduled_posts WHERE platform_post_id = $1)', [first.urn]);
    expect(snapshot).toMatchObject({ likes: 12, comments: 5, views: null, unavailable: ['views', 'reach', 'shares', 'saved'] });
    const page = await row('SELECT followers FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [pageChannel]);
    expect(page.followers).toBe(2048);
    const member = await row('SELECT followers, unavailable FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [memberChannel]);
    expect(member).toMatchObject({ followers: null, unavailable: ['reach', 'views', 'followers'] });
  });

  it('shows Needs reconnect once the app was revoked', async () => {
    fake.revokeAccess();
    const item = await readyItem('After the revocation', [{ assetId: images[0]! }]);
    expectData(await schedule(user.request, item, memberChannel, { at: secondsFromNow(2) }));
    const post = await postOf(server, item.id);
    expect(post.state).toBe('failed');
    expect(post.last_error).toMatch(/reconnect/);
    expect(await row('SELECT status FROM channel_integrations WHERE id = $1', [memberChannel])).toEqual({ status: 'needs_reconnect' });
  });
});
