// Post metrics as the item's Performance section lists them. The API names unavailable
// metrics the way the platforms do (`total_interactions`); fields are camelCase.

export const itemMetrics = [
  { key: 'reach', label: 'Reach' },
  { key: 'views', label: 'Views' },
  { key: 'likes', label: 'Likes' },
  { key: 'comments', label: 'Comments' },
  { key: 'shares', label: 'Shares' },
  { key: 'saved', label: 'Saved' },
  { key: 'totalInteractions', label: 'Interactions' },
] as const;

export type ItemMetricKey = (typeof itemMetrics)[number]['key'];

const normalized = (name: string) => name.replace(/_/g, '').toLowerCase();

/** A figure, or null when the platform did not give it (listed as unavailable, or absent). */
export function metricValue(
  snapshot: Partial<Record<ItemMetricKey, number | null>> & { unavailable?: readonly string[] },
  key: ItemMetricKey,
): number | null {
  if (snapshot.unavailable?.some((name) => normalized(name) === normalized(key))) return null;
  return snapshot[key] ?? null;
}

const checkpoints: Record<string, string> = { '1h': '1 hour', '1d': '1 day', '7d': '7 days', '30d': '30 days' };

export function checkpointLabel(checkpoint: string | null | undefined): string {
  return (checkpoint && checkpoints[checkpoint]) || 'Other';
}
