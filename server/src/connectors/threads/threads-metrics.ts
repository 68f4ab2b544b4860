import type { AccountFigures, MetricsDeps, PostFigures } from '../connector.js';
import { NetworkError } from '../http/network-error.js';
import { withRenewal } from '../oauth/with-renewal.js';
import { threadsAccess } from './threads-access.js';

// What Threads tells about a post and an account (docs/networks/threads.md): a post's views,
// likes, replies, reposts, quotes and shares (media insights), the account's followers
// (threads_insights followers_count). Reach and saves are not offered: unavailable.

const POST_METRICS = ['views', 'likes', 'replies', 'reposts', 'quotes', 'shares'] as const;


export async function threadsPostMetrics(deps: MetricsDeps, channelId: string, postId: string): Promise<PostFigures> {
  try {
    const values = await withRenewal((refused) => threadsAccess(deps, channelId, refused), (access) => access.client.insights(`${encodeURIComponent(postId)}/insights`, POST_METRICS));
    if (!values) return null;
    const likes = values.likes ?? 0;
    const comments = values.replies ?? 0;
    const shares = (values.reposts ?? 0) + (values.quotes ?? 0) + (values.shares ?? 0);
    return { values: { views: values.views ?? null, likes, comments, shares, totalInteractions: likes + comments + shares }, unavailable: ['reach', 'saved'] };
  } catch (error) {
    if (error instanceof NetworkError && error.status === 404) return { values: {}, unavailable: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] };
    throw error;
  }
}

export async function threadsAccountMetrics(deps: MetricsDeps, channelId: string): Promise<AccountFigures> {
  const values = await withRenewal((refused) => threadsAccess(deps, channelId, refused), (access) => access.client.insights(`${encodeURIComponent(access.userId)}/threads_insights`, ['followers_count']));
  if (!values) return null;
  return { followers: values.followers_count ?? null, values: {}, unavailable: ['reach', 'views'] };
}
