import { createHash } from 'node:crypto';
import { graphError, type Handler, type Params } from './common.js';
import type { FakeState } from './state.js';
import type { FakeMediaMetric, FakeMetricValues } from './types.js';

// Media and account insights as the Instagram API with Instagram Login answers them
// (instagram.md, Insights): deprecated metrics refused with code 100, metrics a media type
// lacks refused the same way, lagging data answered with `{data: []}`, and figures derived
// from the object id unless a test set them.

export const MEDIA_METRICS: readonly FakeMediaMetric[] = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'total_interactions'];
const REEL_ONLY = ['ig_reels_avg_watch_time', 'ig_reels_video_view_total_time'];
const STORY_ONLY = ['replies', 'navigation'];
/** What each media product type supports (Stories have no likes, comments or saves). */
const SUPPORTED: Record<string, readonly string[]> = {
  FEED: MEDIA_METRICS,
  REELS: [...MEDIA_METRICS, ...REEL_ONLY],
  STORY: ['views', 'reach', 'shares', 'total_interactions', ...STORY_ONLY],
};
const NAVIGATION_PARTS = ['tap_forward', 'tap_back', 'tap_exit', 'swipe_forward'];
export const DEPRECATED_METRICS = ['impressions', 'plays', 'video_views'];
const ACCOUNT_METRICS = ['reach', 'views', 'accounts_engaged', 'total_interactions', 'follower_count'];
const PERIODS = ['day', 'week', 'days_28', 'month', 'lifetime', 'total_over_range'];

const TITLES: Record<string, string> = {
  views: 'Views', reach: 'Accounts reached', likes: 'Likes', comments: 'Comments', shares: 'Shares', saved: 'Saved',
  total_interactions: 'Interactions', accounts_engaged: 'Accounts engaged', follower_count: 'Follower count',
  replies: 'Replies', navigation: 'Navigation', ig_reels_avg_watch_time: 'Average watch time', ig_reels_video_view_total_time: 'Total watch time',
};

/** A stable number in [min, max] for (seed, salt). */
function figure(seed: string, salt: string, min: number, max: number): number {
  const hash = createHash('sha256').update(`${seed}:${salt}`).digest().readUInt32BE(0);
  return min + (hash % (Math.max(min, max) - min + 1));
}

/** Plausible lifetime figures of a post: views >= reach, interactions a few percent of reach. */
export function derivedMediaInsights(mediaId: string): Record<string, number> {
  const reach = figure(mediaId, 'reach', 300, 3000);
  const likes = Math.round((reach * figure(mediaId, 'likes', 3, 12)) / 100);
  const counts = {
    views: reach + figure(mediaId, 'views', 0, reach),
    reach,
    likes,
    comments: figure(mediaId, 'comments', 0, Math.ceil(likes / 8)),
    shares: figure(mediaId, 'shares', 0, Math.ceil(likes / 6)),
    saved: figure(mediaId, 'saved', 0, Math.ceil(likes / 4)),
  };
  return { ...counts, total_interactions: counts.likes + counts.comments + counts.shares + counts.saved };
}

/** What Reels and Stories add, derived the same way (the handler answers only what the type supports). */
function derivedFormatInsights(mediaId: string): Record<string, number> {
  const reach = figure(mediaId, 'reach', 300, 3000);
  const likes = Math.round((reach * figure(mediaId, 'likes', 3, 12)) / 100);
  return {
    replies: figure(mediaId, 'replies', 0, Math.ceil(likes / 5)),
    tap_forward: figure(mediaId, 'tap-forward', 10, reach),
    tap_back: figure(mediaId, 'tap-back', 0, Math.ceil(reach / 10)),
    tap_exit: figure(mediaId, 'tap-exit', 0, Math.ceil(reach / 5)),
    swipe_forward: figure(mediaId, 'swipe-forward', 0, Math.ceil(reach / 10)),
    ig_reels_avg_watch_time: figure(mediaId, 'avg-watch', 1500, 9000),
    ig_reels_video_view_total_time: figure(mediaId, 'total-watch', 100_000, 5_000_000),
  };
}

function derivedAccountInsights(igUserId: string, followers: number): Record<string, number> {
  const reach = figure(igUserId, 'account-reach', 150, 900);
  return {
    reach,
    views: reach * 2 + figure(igUserId, 'account-views', 0, reach),
    accounts_engaged: figure(igUserId, 'accounts-engaged', 10, Math.ceil(reach / 5)),
    total_interactions: figure(igUserId, 'account-interactions', 20, Math.ceil(reach / 3)),
    follower_count: figure(igUserId, 'follower-count', 0, Math.ceil(followers / 100)),
  };
}

/** Derived figures with a test's overrides on top; null leaves a metric out. */
function merged(derived: Record<string, number>, overrides: FakeMetricValues<string>): Map<string, number> {
  const result = new Map(Object.entries(derived));
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null || value === undefined) result.delete(name);
    else result.set(name, value);
  }
  return result;
}

const requestedMetrics = (params: Params) => (params.metric ?? '').split(',').map((name) => name.trim()).filter(Boolean);
const refuse = (api: string, metric: string, what: string) =>
  graphError(400, { code: 100, message: `(#100) The ${api} does not support the ${metric} metric for this ${what}.` });

/** Meta's refusal of the request's metrics, or null. */
function checkMetrics(metrics: string[], valid: readonly string[], unsupported: Set<string> | undefined, api: string, what: string) {
  if (metrics.length === 0) return graphError(400, { code: 100, message: '(#100) The parameter metric is required' });
  const deprecated = metrics.find((name) => DEPRECATED_METRICS.includes(name));
  if (deprecated) return refuse(api, deprecated, what);
  const unknown = metrics.findIndex((name) => !valid.includes(name));
  if (unknown >= 0) return graphError(400, { code: 100, message: `(#100) metric[${unknown}] must be one of the following values: ${valid.join(', ')}` });
  const refused = metrics.find((name) => unsupported?.has(name));
  return refused ? refuse(api, refused, what) : null;
}

export function insightsHandlers(state: FakeState): Record<'media_insights' | 'account_insights', Handler> {
  const { insights, media, now } = state;
  return {
    async media_insights(params, [id]) {
      const mediaId = id!;
      const metrics = requestedMetrics(params);
      const item = media.get(mediaId)!;
      const product = item.productType ?? 'FEED';
      const valid = [...MEDIA_METRICS, ...REEL_ONLY, ...STORY_ONLY];
      const notForType = new Set([...valid.filter((name) => !SUPPORTED[product]!.includes(name)), ...(insights.unsupported.get(mediaId) ?? [])]);
      const refused = checkMetrics(metrics, valid, notForType, 'Media Insights API', 'media product type');
      if (refused) return refused;
      if (metrics.includes('navigation') && params.breakdown !== 'story_navigation_action_type') {
        return graphError(400, { code: 100, message: '(#100) The navigation metric requires breakdown=story_navigation_action_type' });
      }
      if (insights.lagging.has(mediaId) || now() - item.publishedAt < insights.lagSeconds * 1000) return { status: 200, json: { data: [] } };
      const figures = merged({ ...derivedMediaInsights(mediaId), ...derivedFormatInsights(mediaId) }, insights.media.get(mediaId) ?? {});
      const data = metrics.filter((name) => figures.has(name) || (name === 'navigation' && NAVIGATION_PARTS.some((part) => figures.has(part)))).map((name) => {
        const entry = { name, period: 'lifetime', title: TITLES[name], id: `${mediaId}/insights/${name}/lifetime` };
        if (name === 'navigation') {
          // Broken down by action, as Meta answers with breakdown=story_navigation_action_type.
          const results = NAVIGATION_PARTS.filter((part) => figures.has(part)).map((part) => ({ dimension_values: [part], value: figures.get(part)! }));
          const value = results.reduce((sum, result) => sum + result.value, 0);
          return { ...entry, total_value: { value, breakdowns: [{ dimension_keys: ['story_navigation_action_type'], results }] } };
        }
        const value = figures.get(name)!;
        return insights.shape === 'total_value' ? { ...entry, total_value: { value } } : { ...entry, values: [{ value }] };
      });
      return { status: 200, json: { data } };
    },

    async account_insights(params) {
      const igUserId = state.igUserId;
      const metrics = requestedMetrics(params);
      const refused = checkMetrics(metrics, ACCOUNT_METRICS, insights.unsupported.get(igUserId), 'Insights API', 'account');
      if (refused) return refused;
      if (!PERIODS.includes(params.period ?? '')) return graphError(400, { code: 100, message: `(#100) param period must be one of {${PERIODS.join(', ')}}` });
      const totals = params.metric_type === 'total_value';
      if (metrics.includes('views') && !totals) {
        return graphError(400, { code: 100, message: '(#100) The following metrics (views) should be specified with parameter metric_type=total_value' });
      }
      const figures = merged(derivedAccountInsights(igUserId, insights.followers), insights.account);
      if (insights.smallAccount) figures.delete('follower_count');
      const endTime = new Date(now()).toISOString().replace(/T.*$/, 'T07:00:00+0000');
      const data = metrics.filter((name) => figures.has(name)).map((name) => {
        const value = figures.get(name)!;
        const entry = { name, period: params.period, title: TITLES[name], description: '', id: `${igUserId}/insights/${name}/${params.period}` };
        return totals ? { ...entry, total_value: { value } } : { ...entry, values: [{ value, end_time: endTime }] };
      });
      return { status: 200, json: { data } };
    },
  };
}
