import { z } from 'zod';
import { InstagramApiError } from './instagram-errors.js';

// Insights through the Instagram API with Instagram Login (instagram.md, Insights). What Meta
// will not give (lagging data, a metric this media type lacks, a small account's followers)
// comes back as `unavailable`, never as zero. Needs the instagram_business_manage_insights scope.

/** Per-media metrics on current API versions; impressions, plays and video_views are deprecated and never asked for. */
export const MEDIA_METRICS = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'total_interactions'] as const;
/** A Reel's, besides: average and total watch time (milliseconds). */
export const REEL_METRICS = [...MEDIA_METRICS, 'ig_reels_avg_watch_time', 'ig_reels_video_view_total_time'] as const;
/** A Story's (kept by Meta for 24 hours): navigation comes broken down into taps forward and back, exits and swipes. */
export const STORY_METRICS = ['views', 'reach', 'replies', 'shares', 'total_interactions', 'navigation'] as const;
/** What the navigation breakdown gives, by Meta's names. */
export const STORY_NAVIGATION = ['tap_forward', 'tap_back', 'tap_exit', 'swipe_forward'] as const;
export type MediaMetric = (typeof REEL_METRICS)[number] | (typeof STORY_METRICS)[number] | (typeof STORY_NAVIGATION)[number];
/** Which media product the insights are for: feed posts and carousels, Reels, Stories. */
export type MediaProduct = 'FEED' | 'REELS' | 'STORY';

/** Account figures for the last day; followers is the live follower count. */
export const ACCOUNT_METRICS = ['followers', 'reach', 'views'] as const;
export type AccountMetric = (typeof ACCOUNT_METRICS)[number];

export interface MediaInsights {
  values: Partial<Record<MediaMetric, number>>;
  unavailable: MediaMetric[];
}

export interface AccountInsights {
  followers: number | null;
  reach: number | null;
  views: number | null;
  unavailable: AccountMetric[];
}

export interface InstagramInsightsClient {
  /** Lifetime figures of one post of `product` (FEED by default). Missing metrics (up to 48 h of lag, or unsupported for its type) are `unavailable`. */
  mediaInsights(token: string, mediaId: string, product?: MediaProduct): Promise<MediaInsights>;
  /** Follower count now, and the account's reach and views over the last day. */
  accountInsights(token: string, igUserId: string): Promise<AccountInsights>;
}

/** One GET through the client's request path (timeouts, error classification, secret scrubbing). */
export type GraphGet = <S extends z.ZodType>(operation: string, address: string, params: Record<string, string>, schema: S) => Promise<z.output<S>>;

const count = z.number().int().nonnegative();
// Meta answers `{name, period, values:[{value}]}` (time series, also the lifetime shape) or
// `{name, total_value:{value}}` (metric_type=total_value); either may come with no value yet.
const insightsAnswer = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      values: z.array(z.object({ value: count })).optional(),
      total_value: z
        .object({
          value: count,
          breakdowns: z.array(z.object({ results: z.array(z.object({ dimension_values: z.array(z.string()), value: count })) })).optional(),
        })
        .optional(),
    }),
  ),
});
const followersAnswer = z.object({ followers_count: count.nullish() });

/** The figure of each named metric that carries one; the latest value of a series. */
export function readInsights(body: z.output<typeof insightsAnswer>): Map<string, number> {
  const figures = new Map<string, number>();
  for (const entry of body.data) {
    const value = entry.total_value?.value ?? entry.values?.at(-1)?.value;
    if (value !== undefined) figures.set(entry.name, value);
    // A broken-down metric (a Story's navigation) gives each part by its dimension value.
    for (const result of entry.total_value?.breakdowns?.flatMap((breakdown) => breakdown.results) ?? []) {
      const part = result.dimension_values[0];
      if (part) figures.set(part, result.value);
    }
  }
  return figures;
}

/**
 * The requested metrics that a code-100 error says are not supported ("(#100) The Media
 * Insights API does not support the saved metric for this media product type"). Empty for
 * any other error, including "metric[0] must be one of the following values: ...".
 */
export function unsupportedMetrics(error: unknown, requested: readonly string[]): string[] {
  if (!(error instanceof InstagramApiError) || error.code !== 100) return [];
  const named = new Set<string>();
  // Only sentences that speak of support ("... Please use the views metric instead" names a
  // metric that is fine), and there the names just before "metric(s)": one or a list.
  for (const sentence of error.platformMessage.split(/(?<=\.)\s+/)) {
    if (!/support/i.test(sentence)) continue;
    for (const match of sentence.matchAll(/([a-z_]+(?:\s*,\s*[a-z_]+)*)\s+metrics?\b/gi)) {
      for (const name of match[1]!.split(',')) named.add(name.trim().toLowerCase());
    }
  }
  return requested.filter((metric) => named.has(metric));
}

/**
 * Asks for `metrics`; while Meta refuses one of them as unsupported, drops it and asks again
 * without it (each metric is dropped at most once, so this ends). Returns what was answered
 * and which metrics were dropped.
 */
async function withoutUnsupported<M extends string>(
  metrics: readonly M[],
  ask: (metrics: readonly M[]) => Promise<Map<string, number>>,
): Promise<{ figures: Map<string, number>; dropped: Set<M> }> {
  const dropped = new Set<M>();
  for (;;) {
    const asking = metrics.filter((metric) => !dropped.has(metric));
    if (asking.length === 0) return { figures: new Map(), dropped };
    try {
      return { figures: await ask(asking), dropped };
    } catch (error) {
      const refused = unsupportedMetrics(error, asking) as M[];
      if (refused.length === 0) throw error;
      for (const metric of refused) dropped.add(metric);
    }
  }
}

export function createInsightsClient(graph: string, get: GraphGet, pathId: (value: string) => string): InstagramInsightsClient {
  return {
    async mediaInsights(token, mediaId, product = 'FEED') {
      const address = `${graph}/${pathId(mediaId)}/insights`;
      const asked: readonly MediaMetric[] = product === 'REELS' ? REEL_METRICS : product === 'STORY' ? STORY_METRICS : MEDIA_METRICS;
      const { figures } = await withoutUnsupported(asked, async (metrics) => {
        const params: Record<string, string> = { metric: metrics.join(','), access_token: token };
        if (metrics.includes('navigation')) params.breakdown = 'story_navigation_action_type';
        return readInsights(await get('media insights', address, params, insightsAnswer));
      });
      const values: Partial<Record<MediaMetric, number>> = {};
      const unavailable: MediaMetric[] = [];
      const reported = asked.flatMap((metric) => (metric === 'navigation' ? [...STORY_NAVIGATION] : [metric]));
      for (const metric of reported) {
        const value = figures.get(metric);
        if (value === undefined) unavailable.push(metric);
        else values[metric] = value;
      }
      return { values, unavailable };
    },

    async accountInsights(token, igUserId) {
      const user = `${graph}/${pathId(igUserId)}`;
      const [followers, { figures }] = await Promise.all([
        get('account followers', user, { fields: 'followers_count', access_token: token }, followersAnswer),
        withoutUnsupported(['reach', 'views'] as const, async (metrics) => {
          const params = { metric: metrics.join(','), period: 'day', metric_type: 'total_value', access_token: token };
          return readInsights(await get('account insights', `${user}/insights`, params, insightsAnswer));
        }),
      ]);
      const result: AccountInsights = {
        followers: followers.followers_count ?? null,
        reach: figures.get('reach') ?? null,
        views: figures.get('views') ?? null,
        unavailable: [],
      };
      result.unavailable = ACCOUNT_METRICS.filter((metric) => result[metric] === null);
      return result;
    },
  };
}
