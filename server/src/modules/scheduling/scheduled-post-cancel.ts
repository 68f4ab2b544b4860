import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { userActor } from '../shared/actor.js';
import { announcePosts } from './post-events.js';
import { cancelPostRows, lockPendingPostsOnChannel } from './scheduled-post.repository.js';
import { settleItems } from './settle-items.js';

/**
 * A channel going away takes its waiting posts with it; their items go back to READY, unless
 * they are cross-posted and another channel's post still counts (settle-items.ts).
 */
export async function cancelPendingPostsOnChannel(trx: Database, config: Config, channelId: string, userId: string, reason: string) {
  const posts = await lockPendingPostsOnChannel(trx, channelId);
  const cancelled = await cancelPostRows(trx, posts.map((post) => ({ id: post.id, reason })));
  await settleItems(trx, posts.map((post) => post.contentItemId), { config, actor: userActor(userId), reason });
  await announcePosts(trx, cancelled);
}
