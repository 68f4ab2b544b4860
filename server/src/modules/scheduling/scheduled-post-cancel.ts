import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { writeItemChanges } from '../content-item/item-writes.js';
import { userActor } from '../shared/actor.js';
import { announcePosts } from './post-events.js';
import { cancelPostRows, lockPendingPostsOnChannel } from './scheduled-post.repository.js';

/** A channel going away takes its waiting posts with it; their items go back to READY. */
export async function cancelPendingPostsOnChannel(trx: Database, config: Config, channelId: string, userId: string, reason: string) {
  const posts = await lockPendingPostsOnChannel(trx, channelId);
  const cancelled = await cancelPostRows(trx, posts.map((post) => ({ id: post.id, reason })));
  await writeItemChanges(
    trx,
    posts.map((post) => ({ itemId: post.contentItemId, to: 'ready', reason, values: {} })),
    { config, actor: userActor(userId), withPublishingJob: true },
  );
  await announcePosts(trx, cancelled);
}
