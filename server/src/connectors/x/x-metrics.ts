import type { AccountFigures, MetricsDeps, PostFigures } from '../connector.js';
import { NetworkError } from '../http/network-error.js';
import { withRenewal } from '../oauth/with-renewal.js';
import { xAccess } from './x-access.js';


// What X tells about a post and an account (docs/networks/x.md): a post's public metrics
// (likes, replies, reposts and quotes, bookmarks, impressions) and the account's followers.
// X gives no reach: it is unavailable.

export async function xPostMetrics(deps: MetricsDeps, channelId: string, postId: string): Promise<PostFigures> {
  try {
    const post = await withRenewal((refused) => xAccess(deps, channelId, refused), (access) => access.client.post(postId));
    if (!post) return null;
    const metrics = post.public_metrics;
    if (!metrics) return { values: {}, unavailable: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] };
    const likes = metrics.like_count;
    const comments = metrics.reply_count;
    const shares = metrics.retweet_count + metrics.quote_count;
    const saved = metrics.bookmark_count ?? null;
    const views = metrics.impression_count ?? null;
    const unavailable = ['reach', ...(saved === null ? ['saved'] : []), ...(views === null ? ['views'] : [])];
    return { values: { likes, comments, shares, saved, views, totalInteractions: likes + comments + shares + (saved ?? 0) }, unavailable };
  } catch (error) {
    // Deleted on X: nothing to read any more.
    if (error instanceof NetworkError && error.status === 404) return { values: {}, unavailable: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] };
    throw error;
  }
}

export async function xAccountMetrics(deps: MetricsDeps, channelId: string): Promise<AccountFigures> {
  const me = await withRenewal((refused) => xAccess(deps, channelId, refused), (access) => access.client.me());
  if (!me) return null;
  return { followers: me.public_metrics?.followers_count ?? null, values: {}, unavailable: ['reach', 'views'] };
}
