// Post metrics as DoppelCart stores them, and the one definition of engagement rate used by
// every figure in the app: interactions per person reached, or per view when the platform
// gives no reach. Unknown stays null; it is never counted as zero.

export const POST_METRICS = ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] as const;
export type PostMetric = (typeof POST_METRICS)[number];
export type PostMetricValues = Partial<Record<PostMetric, number | null>>;

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
