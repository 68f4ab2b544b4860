// Post metrics as DoppelCart stores them, and the one definition of engagement rate used by
// every figure in the app: interactions per person reached, or per view when the platform
// gives no reach. Unknown stays null; it is never counted as zero.

export const POST_METRICS = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] as const;
export type PostMetric = (typeof POST_METRICS)[number];
/** What Reels and Stories add: a Story's replies, taps and exits; a Reel's watch time. */
export const FORMAT_METRICS = ['replies', 'tapsForward', 'tapsBack', 'exits', 'avgWatchTimeMs', 'watchTimeSeconds'] as const;
export type FormatMetric = (typeof FORMAT_METRICS)[number];
export type PostMetricValues = Partial<Record<PostMetric | FormatMetric, number | null>>;

/** Instagram's insight names as DoppelCart stores them. */
const FROM_INSTAGRAM: Record<string, { metric: PostMetric | FormatMetric; scale?: number }> = {
  views: { metric: 'views' }, reach: { metric: 'reach' }, likes: { metric: 'likes' }, comments: { metric: 'comments' },
  shares: { metric: 'shares' }, saved: { metric: 'saved' }, total_interactions: { metric: 'totalInteractions' },
  replies: { metric: 'replies' }, tap_forward: { metric: 'tapsForward' }, tap_back: { metric: 'tapsBack' }, tap_exit: { metric: 'exits' },
  ig_reels_avg_watch_time: { metric: 'avgWatchTimeMs' },
  // Meta gives the total in milliseconds; seconds fit the column for any Reel.
  ig_reels_video_view_total_time: { metric: 'watchTimeSeconds', scale: 1 / 1000 },
};

/** Instagram's figures under DoppelCart's names (anything else it sends is left out). */
export function fromInstagram(values: Partial<Record<string, number>>): PostMetricValues {
  const stored: PostMetricValues = {};
  for (const [name, value] of Object.entries(values)) {
    const known = FROM_INSTAGRAM[name];
    if (known && value !== undefined) stored[known.metric] = known.scale ? Math.round(value * known.scale) : value;
  }
  return stored;
}

export function engagementRate(values: { totalInteractions?: number | null; reach?: number | null; views?: number | null }): number | null {
  const interactions = values.totalInteractions;
  if (interactions === null || interactions === undefined) return null;
  const audience = values.reach || values.views;
  return audience ? interactions / audience : null;
}

/** Post checkpoints: when after publishing, and how late a collection may still count as it. */
export const CHECKPOINTS = [
  { name: '1h', afterMs: 3600_000, lateMs: 2 * 3600_000 },
  { name: '1d', afterMs: 24 * 3600_000, lateMs: 12 * 3600_000 },
  { name: '7d', afterMs: 7 * 24 * 3600_000, lateMs: 2 * 24 * 3600_000 },
  { name: '30d', afterMs: 30 * 24 * 3600_000, lateMs: 5 * 24 * 3600_000 },
] as const;
export type CheckpointName = (typeof CHECKPOINTS)[number]['name'];

/** The account checkpoint for a UTC day: one account snapshot per channel per day. */
export function accountCheckpoint(at: Date): string {
  return `day:${at.toISOString().slice(0, 10)}`;
}
