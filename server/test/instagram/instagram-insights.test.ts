import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInstagramClient, InstagramApiError, MEDIA_METRICS, type InstagramClient,
} from '../../src/channels/instagram/instagram-client.js';
import { derivedMediaInsights, startFakeInstagram, type FakeInstagram, type FakeInstagramOptions } from '../support/fake-instagram.js';

// Insights through the client against the fake Instagram (no database): both answer shapes,
// metrics Meta refuses for a media type, data lag, small accounts, and error classification.

const HOUR = 3600 * 1000;
const DEPRECATED = ['impressions', 'plays', 'video_views'];

let fake: FakeInstagram;
let client: InstagramClient;

async function useFake(options: FakeInstagramOptions = {}) {
  await fake?.close();
  fake = await startFakeInstagram(options);
  client = createInstagramClient({
    authorizeUrl: fake.authorizeUrl, apiUrl: fake.apiUrl, graphUrl: fake.graphUrl,
    appId: fake.appId, appSecret: fake.appSecret, redirectUri: 'https://app.example/callback', timeoutMs: 5_000,
  });
}

beforeEach(() => useFake());
afterEach(() => fake.close());

async function rejection(promise: Promise<unknown>): Promise<InstagramApiError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InstagramApiError);
  return error as InstagramApiError;
}

const insightRequests = () => fake.requests.filter((request) => request.endpoint === 'media_insights');
const askedMetrics = (endpoint: 'media_insights' | 'account_insights') =>
  fake.requests.filter((request) => request.endpoint === endpoint).map((request) => request.params.metric);
const FULL = { views: 5400, reach: 2100, likes: 180, comments: 12, shares: 9, saved: 31, total_interactions: 232 };

describe('media insights', () => {
  it("asks a Reel for its watch time too, and a Story for replies and navigation broken down into taps and exits", async () => {
    const reel = fake.seedMedia({ productType: 'REELS', ageSeconds: 3600 });
    fake.setInsights(reel, { ...FULL, ig_reels_avg_watch_time: 4200, ig_reels_video_view_total_time: 880_000 });
    expect(await client.mediaInsights(fake.issueToken(), reel, 'REELS')).toEqual({
      values: { ...FULL, ig_reels_avg_watch_time: 4200, ig_reels_video_view_total_time: 880_000 },
      unavailable: [],
    });
    const story = fake.seedMedia({ productType: 'STORY', ageSeconds: 3600 });
    fake.setInsights(story, { views: 800, reach: 640, shares: 3, total_interactions: 14, replies: 11, tap_forward: 300, tap_back: 40, tap_exit: 90, swipe_forward: 12 });
    const read = await client.mediaInsights(fake.issueToken(), story, 'STORY');
    expect(read).toEqual({
      values: { views: 800, reach: 640, shares: 3, total_interactions: 14, replies: 11, tap_forward: 300, tap_back: 40, tap_exit: 90, swipe_forward: 12 },
      unavailable: [],
    });
    const asked = insightRequests().at(-1)!;
    expect(asked.params).toMatchObject({ metric: 'views,reach,replies,shares,total_interactions,navigation', breakdown: 'story_navigation_action_type' });
    // A feed post asked for a Story's metrics is refused for them: they come back unavailable, never zero.
    const post = fake.seedMedia({ ageSeconds: 3600 });
    const asStory = await client.mediaInsights(fake.issueToken(), post, 'STORY');
    expect(asStory.unavailable).toEqual(expect.arrayContaining(['replies', 'tap_forward', 'tap_back', 'tap_exit', 'swipe_forward']));
  });

  it('reads every metric from the {values:[{value}]} answer, asking once for the current set', async () => {
    const mediaId = fake.seedMedia({ ageSeconds: 3 * 24 * 3600 });
    fake.setInsights(mediaId, FULL);
    expect(await client.mediaInsights(fake.issueToken(), mediaId)).toEqual({ values: FULL, unavailable: [] });
    expect(insightRequests()).toEqual([
      expect.objectContaining({ method: 'GET', path: `/v23.0/${mediaId}/insights`, params: { metric: MEDIA_METRICS.join(','), access_token: '[redacted]' } }),
    ]);
  });

  it('reads the {total_value:{value}} answer, here with the figures the fake derives from the media id', async () => {
    await useFake({ insightsShape: 'total_value' });
    const mediaId = fake.seedMedia();
    const { values, unavailable } = await client.mediaInsights(fake.issueToken(), mediaId);
    expect(values).toEqual(derivedMediaInsights(mediaId));
    expect(unavailable).toEqual([]);
    expect(values.views).toBeGreaterThanOrEqual(values.reach!);
    expect(values.total_interactions).toBe(values.likes! + values.comments! + values.shares! + values.saved!);
  });

  it('reads a mixed answer: a series takes its latest value, and unasked or valueless entries are ignored', async () => {
    const mediaId = fake.seedMedia();
    fake.failNext('media_insights', {
      status: 200,
      body: {
        data: [
          { name: 'views', period: 'lifetime', values: [{ value: 10 }, { value: 12 }], id: `${mediaId}/insights/views/lifetime` },
          { name: 'reach', total_value: { value: 7 } },
          { name: 'likes', period: 'lifetime', values: [] },
          { name: 'follows', total_value: { value: 3 } },
        ],
      },
    });
    expect(await client.mediaInsights(fake.issueToken(), mediaId)).toEqual({
      values: { views: 12, reach: 7 },
      unavailable: ['likes', 'comments', 'shares', 'saved', 'total_interactions'],
    });
  });

  it('calls a metric missing from the answer unavailable, not zero', async () => {
    const mediaId = fake.seedMedia();
    fake.setInsights(mediaId, { ...FULL, shares: null });
    const { values, unavailable } = await client.mediaInsights(fake.issueToken(), mediaId);
    expect(unavailable).toEqual(['shares']);
    expect(values).not.toHaveProperty('shares');
  });

  it('drops a metric Meta says this media does not support, asks again without it, and keeps the rest', async () => {
    const mediaId = fake.seedMedia();
    fake.setInsights(mediaId, FULL);
    fake.unsupportedMetric(mediaId, 'saved');
    const { saved: _, ...rest } = FULL;
    expect(await client.mediaInsights(fake.issueToken(), mediaId)).toEqual({ values: rest, unavailable: ['saved'] });
    expect(askedMetrics('media_insights')).toEqual([MEDIA_METRICS.join(','), 'views,reach,likes,comments,shares,total_interactions']);

    // Two refused metrics: one more request each.
    const other = fake.seedMedia();
    fake.unsupportedMetric(other, 'shares');
    fake.unsupportedMetric(other, 'views');
    const second = await client.mediaInsights(fake.issueToken(), other);
    expect(second.unavailable).toEqual(['views', 'shares']);
    expect(Object.keys(second.values)).toEqual(['reach', 'likes', 'comments', 'saved', 'total_interactions']);
    expect(askedMetrics('media_insights').slice(2)).toHaveLength(3);
  });

  it('drops every metric a refusal lists at once', async () => {
    const mediaId = fake.seedMedia();
    fake.failNext('media_insights', {
      status: 400,
      body: { error: { code: 100, type: 'OAuthException', message: '(#100) The Media Insights API does not support the shares, saved metric for this media product type.' } },
    });
    const { unavailable } = await client.mediaInsights(fake.issueToken(), mediaId);
    expect(unavailable).toEqual(['shares', 'saved']);
    expect(askedMetrics('media_insights')).toEqual([MEDIA_METRICS.join(','), 'views,reach,likes,comments,total_interactions']);
  });

  it('drops a metric at most once: a refusal naming an already dropped metric propagates', async () => {
    const mediaId = fake.seedMedia();
    const refusal = { status: 400, body: { error: { code: 100, message: '(#100) The Media Insights API does not support the saved metric for this media product type.' } } };
    fake.failNext('media_insights', refusal, 5);
    const error = await rejection(client.mediaInsights(fake.issueToken(), mediaId));
    expect(error).toMatchObject({ kind: 'permanent', code: 100 });
    expect(fake.calls('media_insights')).toBe(2);
  });

  it('lets other code-100 errors propagate without retrying (an unknown media)', async () => {
    const error = await rejection(client.mediaInsights(fake.issueToken(), '18000000000000000'));
    expect(error).toMatchObject({ kind: 'permanent', status: 400, code: 100, subcode: 33 });
    fake.failNext('media_insights', { status: 400, body: { error: { code: 100, message: '(#100) metric[0] must be one of the following values: reach, views' } } });
    expect(await rejection(client.mediaInsights(fake.issueToken(), fake.seedMedia()))).toMatchObject({ kind: 'permanent', code: 100 });
    expect(fake.calls('media_insights')).toBe(2);
  });

  it('calls every metric of a lagging media unavailable, not zero', async () => {
    await useFake({ insightsLagSeconds: 48 * 3600 });
    const token = fake.issueToken();
    const fresh = fake.seedMedia({ ageSeconds: 3600 });
    const settled = fake.seedMedia({ ageSeconds: 49 * 3600 });
    expect(await client.mediaInsights(token, fresh)).toEqual({ values: {}, unavailable: [...MEDIA_METRICS] });
    expect((await client.mediaInsights(token, settled)).unavailable).toEqual([]);
    fake.advanceClock(48 * HOUR);
    expect((await client.mediaInsights(token, fresh)).values).toEqual(derivedMediaInsights(fresh));

    fake.lagInsights(settled);
    expect((await client.mediaInsights(token, settled)).unavailable).toEqual([...MEDIA_METRICS]);
    fake.lagInsights(settled, false);
    expect((await client.mediaInsights(token, settled)).unavailable).toEqual([]);
  });

  it('never asks for a deprecated metric, which the fake refuses as Meta does', async () => {
    const token = fake.issueToken();
    const mediaId = fake.seedMedia();
    fake.unsupportedMetric(mediaId, 'total_interactions');
    await client.mediaInsights(token, mediaId);
    await client.mediaInsights(token, fake.seedMedia());
    await client.accountInsights(token, fake.igUserId);
    const asked = fake.requests.flatMap((request) => (request.params.metric ?? '').split(',')).filter(Boolean);
    expect(asked.length).toBeGreaterThan(0);
    for (const metric of DEPRECATED) expect(asked).not.toContain(metric);

    const response = await fetch(`${fake.graphUrl}/${mediaId}/insights?metric=views,impressions&access_token=${token}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: '(#100) The Media Insights API does not support the impressions metric for this media product type.',
        type: 'OAuthException', code: 100, fbtrace_id: expect.any(String),
      },
    });
  });
});

describe('account insights', () => {
  it("reads the follower count and the last day's reach and views", async () => {
    await useFake({ followers: 5321 });
    fake.setAccountInsights({ reach: 640, views: 1875 });
    const token = fake.issueToken();
    expect(await client.accountInsights(token, fake.igUserId)).toEqual({ followers: 5321, reach: 640, views: 1875, unavailable: [] });
    fake.setFollowers(5400);
    expect((await client.accountInsights(token, fake.igUserId)).followers).toBe(5400);

    const asked = fake.requests.filter((request) => request.path.startsWith(`/v23.0/${fake.igUserId}`)).slice(0, 2);
    expect(asked.map((request) => [request.endpoint, request.params]).sort()).toEqual([
      ['account_insights', { metric: 'reach,views', period: 'day', metric_type: 'total_value', access_token: '[redacted]' }],
      ['me', { fields: 'followers_count', access_token: '[redacted]' }],
    ]);
  });

  it('reads figures the fake derives when none are set, and /me answers as before', async () => {
    const token = fake.issueToken();
    const insights = await client.accountInsights(token, fake.igUserId);
    expect(insights).toEqual({ followers: 1200, reach: expect.any(Number), views: expect.any(Number), unavailable: [] });
    expect(await client.accountInsights(token, fake.igUserId)).toEqual(insights);
    expect(await client.account(token)).toEqual({ userId: fake.igUserId, username: fake.username });
  });

  it('gives a small account no follower figure: null and unavailable, never zero', async () => {
    await useFake({ smallAccount: true });
    const token = fake.issueToken();
    expect(await client.accountInsights(token, fake.igUserId)).toMatchObject({ followers: null, unavailable: ['followers'] });
    fake.setSmallAccount(false);
    expect(await client.accountInsights(token, fake.igUserId)).toMatchObject({ followers: 1200, unavailable: [] });
    fake.setSmallAccount(true);
    const { reach, views } = await client.accountInsights(token, fake.igUserId);
    expect([typeof reach, typeof views]).toEqual(['number', 'number']);
  });

  it('calls a missing or refused metric unavailable, and asks again without a refused one', async () => {
    const token = fake.issueToken();
    fake.setAccountInsights({ reach: null, views: 900 });
    expect(await client.accountInsights(token, fake.igUserId)).toMatchObject({ reach: null, views: 900, unavailable: ['reach'] });

    fake.setAccountInsights({ reach: 300 });
    fake.unsupportedMetric(fake.igUserId, 'views');
    expect(await client.accountInsights(token, fake.igUserId)).toEqual({ followers: 1200, reach: 300, views: null, unavailable: ['views'] });
    expect(askedMetrics('account_insights')).toEqual(['reach,views', 'reach,views', 'reach']);
  });
});

describe('insights errors', () => {
  it("calls an expired or revoked token 'auth' (code 190) on every insights request", async () => {
    const token = fake.issueToken();
    const mediaId = fake.seedMedia();
    fake.failNext('media_insights', 'expired_token');
    expect(await rejection(client.mediaInsights(token, mediaId))).toMatchObject({ kind: 'auth', code: 190 });
    fake.failNext('account_insights', 'expired_token');
    expect(await rejection(client.accountInsights(token, fake.igUserId))).toMatchObject({ kind: 'auth', code: 190 });
    fake.failNext('me', 'expired_token');
    expect(await rejection(client.accountInsights(token, fake.igUserId))).toMatchObject({ kind: 'auth', code: 190 });
    fake.revokeToken(token);
    expect(await rejection(client.mediaInsights(token, mediaId))).toMatchObject({ kind: 'auth', code: 190, subcode: 458 });
  });

  it("calls a token without the insights permission 'auth' (code 10): only connecting again grants it", async () => {
    const token = fake.issueToken('long', ['instagram_business_basic', 'instagram_business_content_publish']);
    expect(await rejection(client.mediaInsights(token, fake.seedMedia()))).toMatchObject({ kind: 'auth', code: 10 });
    expect(await rejection(client.accountInsights(token, fake.igUserId))).toMatchObject({ kind: 'auth', code: 10 });
  });

  it("calls a 500 'transient' and throttling 'rate_limit', without retrying", async () => {
    const token = fake.issueToken();
    const mediaId = fake.seedMedia();
    fake.failNext('media_insights', 'server_error');
    expect(await rejection(client.mediaInsights(token, mediaId))).toMatchObject({ kind: 'transient', status: 500, code: 2 });
    fake.failNext('account_insights', 'server_error');
    expect(await rejection(client.accountInsights(token, fake.igUserId))).toMatchObject({ kind: 'transient', status: 500 });
    fake.failNext('media_insights', 'rate_limit');
    expect(await rejection(client.mediaInsights(token, mediaId))).toMatchObject({ kind: 'rate_limit', code: 4 });
    expect([fake.calls('media_insights'), fake.calls('account_insights')]).toEqual([2, 1]);
  });

  it("calls a malformed success 'transient', and refuses an id that would change the path", async () => {
    const mediaId = fake.seedMedia();
    fake.failNext('media_insights', { status: 200, body: { data: [{ name: 'views', values: [{ value: 'many' }] }] } });
    expect(await rejection(client.mediaInsights(fake.issueToken(), mediaId))).toMatchObject({ kind: 'transient', message: expect.stringMatching(/unexpected response/) });
    await expect(client.mediaInsights(fake.issueToken(), '../me')).rejects.toThrow(TypeError);
    await expect(client.accountInsights(fake.issueToken(), 'me/insights')).rejects.toThrow(TypeError);
  });
});
