import type { AccountFigures, MetricsDeps, PostFigures } from '../connector.js';
import { withRenewal } from '../oauth/with-renewal.js';
import { tikTokAccess } from './tiktok-access.js';

// What TikTok tells about a post and an account (docs/networks/tiktok.md): a video's views,
// likes, comments and shares (video.list), the account's followers (user.info.stats). Reach
// and saves are not offered: unavailable.


export async function tikTokPostMetrics(deps: MetricsDeps, channelId: string, postId: string): Promise<PostFigures> {
  const videos = await withRenewal((refused) => tikTokAccess(deps, channelId, refused), (access) => access.client.videos([postId]));
  if (!videos) return null;
  const video = videos.find((entry) => entry.id === postId);
  // Deleted, or an inbox upload the creator has not posted: nothing to read.
  if (!video) return { values: {}, unavailable: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'totalInteractions'] };
  const likes = video.like_count ?? 0;
  const comments = video.comment_count ?? 0;
  const shares = video.share_count ?? 0;
  return { values: { views: video.view_count ?? null, likes, comments, shares, totalInteractions: likes + comments + shares }, unavailable: ['reach', 'saved'] };
}

export async function tikTokAccountMetrics(deps: MetricsDeps, channelId: string): Promise<AccountFigures> {
  const user = await withRenewal((refused) => tikTokAccess(deps, channelId, refused), (access) => access.client.me());
  if (!user) return null;
  return { followers: user.follower_count ?? null, values: {}, unavailable: ['reach', 'views'] };
}
