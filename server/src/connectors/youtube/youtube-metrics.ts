import type { AccountFigures, MetricsDeps, PostFigures } from '../connector.js';
import { withRenewal } from '../oauth/with-renewal.js';
import { youTubeAccess } from './youtube-access.js';

// What YouTube tells about a video and a channel (docs/networks/youtube.md): a video's views,
// likes and comments (videos.list statistics), the channel's subscribers. Reach, shares and
// saves are in YouTube Analytics, which needs its own scope: unavailable.

const NOT_OFFERED = ['reach', 'shares', 'saved'];
const count = (value: string | undefined) => (value === undefined ? null : Number(value));


export async function youTubePostMetrics(deps: MetricsDeps, channelId: string, videoId: string): Promise<PostFigures> {
  const answer = await withRenewal((refused) => youTubeAccess(deps, channelId, refused), async (access) => ({ video: await access.client.video(videoId) }));
  if (!answer) return null;
  // Deleted (or made private) on YouTube: nothing to read any more.
  if (!answer.video?.statistics) return { values: {}, unavailable: [...NOT_OFFERED, 'views', 'likes', 'comments', 'totalInteractions'] };
  const { viewCount, likeCount, commentCount } = answer.video.statistics;
  const [views, likes, comments] = [count(viewCount), count(likeCount), count(commentCount)];
  const unavailable = [...NOT_OFFERED, ...(likes === null ? ['likes'] : []), ...(comments === null ? ['comments'] : [])];
  return { values: { views, likes, comments, totalInteractions: (likes ?? 0) + (comments ?? 0) }, unavailable };
}

export async function youTubeAccountMetrics(deps: MetricsDeps, channelId: string): Promise<AccountFigures> {
  const channel = await withRenewal((refused) => youTubeAccess(deps, channelId, refused), (access) => access.client.myChannel());
  if (!channel) return null;
  const hidden = channel.statistics?.hiddenSubscriberCount === true;
  const followers = hidden ? null : count(channel.statistics?.subscriberCount);
  return { followers, values: {}, unavailable: ['reach', 'views', ...(followers === null ? ['followers'] : [])] };
}
