import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually, within } from '../support/live-subscription.js';
import { CHANNELS, connectInstagram, schedule, secondsFromNow, uploadImage, withImage, instagramSettings } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Collection from the fake Graph API: the real collector asks for current metrics only, keeps
// what the platform cannot give as unavailable (never zero), survives lag and small accounts,
// and takes each checkpoint once. The collector runs with a clock moved ahead.

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let jpeg: Buffer;

beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({
    ...instagramSettings(fake),
    INSTAGRAM_CONTAINER_POLL_MS: '20',
    ANALYTICS_SWEEP_SECONDS: '86400',
  });
  user = await signUpUser(server.url);
  jpeg = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#aa5533' } }).jpeg().toBuffer();
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

async function publishedPost(caption: string, format: 'POST' | 'STORY' = 'POST') {
  const persona = await createPersona(user.request);
  const { channel } = await connectInstagram(server.url, user.request, persona.id);
  const assetId = await uploadImage(server.url, user.token, persona.id, jpeg);
  const item = await withImage(user.request, await createItem(user.request, persona.id, { status: 'READY', caption, platform: 'INSTAGRAM' }), assetId);
  if (format !== 'POST') Object.assign(item, expectData(await user.request<any>(`mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }`, { id: item.id, input: { expectedVersion: item.version, format } })).updateContentItem);
  expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) }));
  const mediaId = await eventually(async () => {
    const { rows } = await server.handle.pool.query(`SELECT platform_post_id FROM scheduled_posts WHERE content_item_id = $1 AND state = 'published'`, [item.id]);
    expect(rows[0]?.platform_post_id).toBeTruthy();
    return rows[0].platform_post_id as string;
  }, 10_000);
  return { persona, channel, item, mediaId };
}

const snapshots = async (itemId: string) =>
  (await server.handle.pool.query(`SELECT checkpoint, reach, saved, likes, simulated, unavailable FROM analytics_snapshots WHERE content_item_id = $1 ORDER BY captured_at`, [itemId])).rows;

async function collectAt(hoursAhead: number) {
  const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent') };
  return collectDueMetrics(deps, new Date(Date.now() + hoursAhead * 3600_000 + 60_000));
}

describe('Instagram metrics collection', () => {
  it('stores current metrics at each checkpoint once, and an unsupported metric as unavailable', async () => {
    const { item, mediaId } = await publishedPost('Collected #one');
    fake.setInsights(mediaId, { reach: 900, likes: 40, total_interactions: 55 });
    fake.unsupportedMetric(mediaId, 'saved');
    expect((await collectAt(1)).posts).toBeGreaterThanOrEqual(1);
    await collectAt(1);
    const [first, ...rest] = await snapshots(item.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ checkpoint: '1h', reach: 900, likes: 40, saved: null, simulated: false, unavailable: ['saved'] });
    const asked = fake.requests.filter((request) => request.endpoint === 'media_insights').map((request) => String(request.params.metric));
    expect(asked.join(',')).not.toMatch(/impressions|plays|video_views/);

    fake.setInsights(mediaId, { reach: 2500 });
    await collectAt(24);
    expect((await snapshots(item.id)).map((row) => [row.checkpoint, row.reach])).toEqual([['1h', 900], ['1d', 2500]]);
    const performance = expectData(await user.request<any>('query ($id: ID!) { contentItem(id: $id) { performance { reach engagementRate simulated } } }', { id: item.id })).contentItem.performance;
    expect(performance).toMatchObject({ reach: 2500, simulated: false });
    // Instagram's total_interactions is the interactions engagement is counted from.
    expect(performance.engagementRate).toBeCloseTo(55 / 2500);
  });

  it("stores a Story's replies, taps and exits while Meta keeps them, and nothing asked after 24 hours", async () => {
    const { item, mediaId } = await publishedPost('A story #three', 'STORY');
    fake.setInsights(mediaId, { views: 800, reach: 640, total_interactions: 14, replies: 11, tap_forward: 300, tap_back: 40, tap_exit: 90 });
    await collectAt(1);
    const read = async () => (await server.handle.pool.query(`SELECT checkpoint, reach, replies, taps_forward, taps_back, exits, likes, unavailable FROM analytics_snapshots WHERE content_item_id = $1 ORDER BY captured_at`, [item.id])).rows;
    expect((await read())[0]).toMatchObject({ checkpoint: '1h', reach: 640, replies: 11, taps_forward: 300, taps_back: 40, exits: 90, likes: null });
    const { analytics } = expectData(await user.request<any>('query ($id: ID!) { contentItem(id: $id) { analytics { checkpoint replies tapsForward tapsBack exits } } }', { id: item.id })).contentItem;
    expect(analytics).toEqual([{ checkpoint: '1h', replies: 11, tapsForward: 300, tapsBack: 40, exits: 90 }]);
    const askedAbout = () => fake.requests.filter((request) => request.endpoint === 'media_insights' && request.path.includes(mediaId)).length;
    const asked = askedAbout();
    expect(asked).toBeGreaterThan(0);
    await collectAt(7 * 24);
    const [, week] = await read();
    expect(week).toMatchObject({ checkpoint: '7d', reach: null, replies: null });
    expect(week.unavailable).toEqual(expect.arrayContaining(['views', 'reach', 'replies', 'tap_forward', 'tap_exit']));
    expect(askedAbout()).toBe(asked);
  });

  it('keeps lagging metrics unavailable rather than zero', async () => {
    const { item, mediaId } = await publishedPost('Lagging #two');
    fake.lagInsights(mediaId);
    await collectAt(1);
    const [lagging] = await snapshots(item.id);
    expect(lagging).toMatchObject({ checkpoint: '1h', reach: null, likes: null });
    expect(lagging.unavailable).toEqual(expect.arrayContaining(['views', 'reach', 'likes', 'total_interactions']));
  });

  it('records account followers daily, and none for a small account, without failing', async () => {
    const { persona, channel } = await publishedPost('Account #three');
    fake.setFollowers(4321);
    await collectAt(1);
    const account = async () =>
      (await server.handle.pool.query(`SELECT followers, unavailable, checkpoint FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL`, [channel.id])).rows;
    expect(await account()).toEqual([expect.objectContaining({ followers: 4321, unavailable: [] })]);

    const small = await publishedPost('Small #four');
    fake.setSmallAccount(true);
    await collectAt(30);
    const { rows } = await server.handle.pool.query(`SELECT followers, unavailable FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL ORDER BY captured_at DESC LIMIT 1`, [small.channel.id]);
    expect(rows[0]).toMatchObject({ followers: null, unavailable: ['followers'] });
    fake.setSmallAccount(false);
    expect(persona.id).toBeTruthy();
  });

  it('marks the channel for reconnecting when the account figures are refused, without waiting on itself', async () => {
    const persona = await createPersona(user.request);
    await connectInstagram(server.url, user.request, persona.id);
    fake.revokeAllTokens();
    await within(collectAt(2), 10_000, 'account collection');
    const [channel] = expectData(await user.request<any>(CHANNELS, { id: persona.id })).persona.channelIntegrations;
    expect(channel.status).toBe('NEEDS_RECONNECT');
  });

  it('marks the channel for reconnecting when the token is refused, and keeps going', async () => {
    const { persona, item } = await publishedPost('Expired #five');
    fake.revokeAllTokens();
    await collectAt(1);
    expect(await snapshots(item.id)).toEqual([]);
    const [channel] = expectData(await user.request<any>(CHANNELS, { id: persona.id })).persona.channelIntegrations;
    expect(channel.status).toBe('NEEDS_RECONNECT');
  });
});
