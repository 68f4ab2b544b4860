import type { ScheduledPostRow } from '../db/rows.js';
import { hashtagsIn } from '../modules/content-item/caption-hashtags.js';
import { finishPublished, type Held } from './outcomes.js';

/**
 * The Sandbox "platform" is a table: the feed row and the post's PUBLISHED state commit in one
 * transaction (and sandbox_posts.scheduled_post_id is unique), so a crash at any point leaves
 * either nothing published or everything, and a post is never in the feed twice.
 */
export async function publishToSandbox(held: Held, post: ScheduledPostRow): Promise<void> {
  const item = await held.db
    .selectFrom('content_items')
    .select(['id', 'persona_id', 'caption', 'asset_id'])
    .where('id', '=', post.content_item_id)
    .executeTakeFirst();
  if (!item) return; // deleted with its posts; nothing left to publish
  const publishedAt = new Date();
  await finishPublished(held, post, { platformPostId: null, permalink: null, publishedAt }, async (trx) => {
    const row = await trx
      .insertInto('sandbox_posts')
      .values({
        channel_integration_id: post.channel_integration_id,
        scheduled_post_id: post.id,
        content_item_id: item.id,
        caption: item.caption,
        hashtags: hashtagsIn(item.caption),
        asset_id: item.asset_id,
        published_at: publishedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { platformPostId: row.id, permalink: `/personas/${item.persona_id}/sandbox#post-${row.id}` };
  });
}
