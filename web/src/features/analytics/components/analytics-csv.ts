import type { Platform } from '../../../gql/graphql';
import { toCsv, type CsvCell } from '../../../lib/csv';
import { calendarDateIn } from '../../../lib/dates';

// The dashboard as a spreadsheet: one row per day of the period with figures, then one row
// per post. Unknown figures are empty cells, never 0, and every row says whether its figures
// are simulated.

export interface CsvDay {
  day: string;
  posts: number;
  views: number;
  reach: number;
  totalInteractions: number;
  engagementRate?: number | null;
  followers?: number | null;
  simulated: boolean;
}

export interface CsvPost {
  platform: Platform;
  publishedAt: string;
  views?: number | null;
  reach?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saved?: number | null;
  totalInteractions?: number | null;
  engagementRate?: number | null;
  simulated: boolean;
  item: { id: string; title: string };
}

export interface CsvSummary {
  timeZone: string;
  simulated: boolean;
  daily: readonly CsvDay[];
  posts: readonly CsvPost[];
}

export const csvHeader = [
  'row', 'day', 'item_id', 'title', 'platform', 'published_at', 'posts', 'views', 'reach', 'likes',
  'comments', 'shares', 'saved', 'total_interactions', 'engagement_rate', 'followers', 'simulated',
] as const;

const rate = (value: number | null | undefined) => (value == null ? null : Number(value.toFixed(6)));

function dayRow(day: CsvDay): CsvCell[] {
  return ['day', day.day, null, null, null, null, day.posts, day.views, day.reach, null, null, null, null,
    day.totalInteractions, rate(day.engagementRate), day.followers, day.simulated];
}

function postRow(post: CsvPost, timeZone: string): CsvCell[] {
  return ['post', calendarDateIn(post.publishedAt, timeZone), post.item.id, post.item.title, post.platform, post.publishedAt,
    null, post.views, post.reach, post.likes, post.comments, post.shares, post.saved, post.totalInteractions,
    rate(post.engagementRate), null, post.simulated];
}

/** The posts of several rankings, each once, oldest first. */
export function uniquePosts(...lists: ReadonlyArray<readonly CsvPost[]>): CsvPost[] {
  const byItem = new Map<string, CsvPost>();
  for (const post of lists.flat()) byItem.set(post.item.id, post);
  return [...byItem.values()].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

export function analyticsCsv({ timeZone, daily, posts }: CsvSummary): string {
  return toCsv([csvHeader, ...daily.map(dayRow), ...posts.map((post) => postRow(post, timeZone))]);
}

export function csvFileName(handle: string, fromDay: string, toDay: string): string {
  return `${handle.replace(/[^\w.-]+/g, '_')}-analytics-${fromDay}-to-${toDay}.csv`;
}
