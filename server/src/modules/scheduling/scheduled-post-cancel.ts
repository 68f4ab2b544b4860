import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { applyChangeIn } from '../content-item/content-item-edit.service.js';
import { userActor } from '../shared/actor.js';
import { announcePost } from './post-events.js';
import { cancelPostRow, lockPendingPostsOnChannel } from './scheduled-post.repository.js';

/** A channel going away takes its waiting posts with it; their items go back to READY. */
export async function cancelPendingPostsOnChannel(trx: Database, config: Config, channelId: string, userId: string, reason: string) {
  for (const post of await lockPendingPostsOnChannel(trx, channelId)) {
    const cancelled = await cancelPostRow(trx, post.id, reason);
    await applyChangeIn(trx, config, post.content_item_id, userActor(userId), { to: 'ready', reason, values: {}, managesPublishingJob: true });
    await announcePost(trx, cancelled);
  }
}
