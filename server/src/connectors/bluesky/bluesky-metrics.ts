import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { blueskyAgent } from './bluesky-client.js';
import { blueskyAccess } from './bluesky-tokens.js';

// What Bluesky tells about a post and an account (docs/networks/bluesky.md): likes, replies,
// reposts and quotes of a post (app.bsky.feed.getPosts), followers of the account
// (app.bsky.actor.getProfile). It has no views, reach or saves: those are unavailable.

export interface BlueskyMetricsDeps {
  db: Database;
  channels: Channels;
  config: Pick<Config, 'BLUESKY_SERVICE_URL' | 'BLUESKY_TIMEOUT_MS'>;
  logger: Logger;
}

const NOT_OFFERED = ['views', 'reach', 'saved'] as const;

/** A post's figures now; null when the channel cannot be asked (it needs reconnecting). */
export async function blueskyPostMetrics(deps: BlueskyMetricsDeps, channelId: string, uri: string) {
  const access = await blueskyAccess(deps, channelId);
  if (!access) return null;
  const agent = blueskyAgent(access.serviceUrl, access.did, access.accessJwt, deps.config.BLUESKY_TIMEOUT_MS);
  const { data } = await agent.app.bsky.feed.getPosts({ uris: [uri] });
  const post = data.posts.find((candidate) => candidate.uri === uri);
  // Deleted on Bluesky: nothing to read any more.
  if (!post) return { values: {}, unavailable: [...NOT_OFFERED, 'likes', 'comments', 'shares', 'totalInteractions'] };
  const likes = post.likeCount ?? 0;
  const replies = post.replyCount ?? 0;
  const shares = (post.repostCount ?? 0) + (post.quoteCount ?? 0);
  return { values: { likes, comments: replies, shares, totalInteractions: likes + replies + shares }, unavailable: [...NOT_OFFERED] };
}

/** The account's followers; reach and views are not offered. */
export async function blueskyAccountMetrics(deps: BlueskyMetricsDeps, channelId: string) {
  const access = await blueskyAccess(deps, channelId);
  if (!access) return null;
  const agent = blueskyAgent(access.serviceUrl, access.did, access.accessJwt, deps.config.BLUESKY_TIMEOUT_MS);
  const { data } = await agent.app.bsky.actor.getProfile({ actor: access.did });
  return { followers: data.followersCount ?? null, unavailable: ['reach', 'views'] };
}
