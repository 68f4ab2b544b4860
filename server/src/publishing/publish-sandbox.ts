import type { ScheduledPostRow } from '../db/rows.js';
import { finishPublished, type Held } from './outcomes.js';
import { findPostContent, insertSandboxFeedRows } from './publishing.repository.js';

/**
 * The Sandbox "platform" is a table: the feed row and the post's PUBLISHED state commit in one
 * transaction (and sandbox_posts.scheduled_post_id is unique), so a crash at any point leaves
 * either nothing published or everything, and a post is never in the feed twice.
 */
export async function publishToSandbox(held: Held, post: ScheduledPostRow): Promise<void> {
  const item = await findPostContent(held.db, post);
  if (!item) return; // deleted with its posts; nothing left to publish
  const publishedAt = new Date();
  await finishPublished(held, post, { platformPostId: null, permalink: null, publishedAt }, async (trx) => {
    const [row] = await insertSandboxFeedRows(trx, [{ post, item }], publishedAt);
    return { platformPostId: row!.platformPostId, permalink: row!.permalink };
  });
}
