import type { ScheduledPostState } from '../shared/domain.js';

// The status an item takes from its current posts, one per channel (cross-posting, issue 17).
// Pure: the repository gathers the posts, writers apply the answer.
//
// - any post still pending or going out: SCHEDULED;
// - all of them out: POSTED, at the time the last one went out;
// - otherwise (some failed, none left to go): FAILED, naming each failed channel and why. The
//   posts that went out stay out; retrying a failed channel schedules it alone again.
// - none left at all (every one cancelled): READY.

export interface CurrentPost {
  state: ScheduledPostState;
  /** The channel's name as people know it, e.g. "Bluesky @lena.bsky.social". */
  channelLabel: string;
  publishedAt: Date | null;
  lastError: string | null;
}

export type ItemOutcome =
  | { status: 'scheduled' }
  | { status: 'posted'; publishedAt: Date }
  | { status: 'failed'; reason: string }
  | { status: 'ready' };

export function itemOutcomeOf(posts: readonly CurrentPost[]): ItemOutcome {
  const counted = posts.filter((post) => post.state !== 'cancelled');
  if (!counted.length) return { status: 'ready' };
  if (counted.some((post) => post.state === 'pending' || post.state === 'publishing')) return { status: 'scheduled' };
  const failed = counted.filter((post) => post.state === 'failed');
  if (!failed.length) {
    const last = Math.max(...counted.map((post) => post.publishedAt?.getTime() ?? 0));
    return { status: 'posted', publishedAt: new Date(last) };
  }
  // One channel: its reason as it is (what a single post always said).
  if (counted.length === 1) return { status: 'failed', reason: failed[0]!.lastError ?? 'publishing failed' };
  const reasons = failed.map((post) => `${post.channelLabel}: ${post.lastError ?? 'publishing failed'}`).join('; ');
  return { status: 'failed', reason: `${failed.length} of ${counted.length} channels failed (${reasons})` };
}
