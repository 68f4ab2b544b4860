import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import { settleItems } from '../modules/scheduling/settle-items.js';
import { announcePosts } from '../modules/scheduling/post-events.js';
import { PUBLISHER } from './outcomes.js';
import { insertSandboxFeedRows, lockStillHeld, markPostsPublished } from './publishing.repository.js';

// Sandbox posts due together are published together: one transaction for a whole batch, with
// set-based statements (the items' statuses through the one item write path, the feed
// rows, the posts' PUBLISHED state and the events), so a burst of thousands drains at the
// speed of a few statements per batch instead of a dozen per post. Same guarantees as one at a
// time: each post is still held through its own claim's lease, the lifecycle rules are checked
// for every item, and everything commits or nothing does. Posts whose item cannot move are
// left for the one-at-a-time path, which records why.

export async function publishSandboxBatch(db: Database, config: Config, claimed: ScheduledPostRow[]): Promise<ScheduledPostRow[]> {
  if (!claimed.length) return [];
  return db.transaction().execute(async (trx) => {
    const held = await lockStillHeld(trx, claimed);
    if (!held.length) return [];
    const now = new Date();
    // Items settle as if the batch were out: POSTED when it was their last channel, SCHEDULED
    // still when another channel has yet to go.
    const assume = new Map(held.map((post) => [post.id, { state: 'published' as const, publishedAt: now }]));
    const settled = await settleItems(trx, held.map((post) => post.contentItemId), { config, actor: PUBLISHER, skipRefused: true, assume });
    const itemOf = new Map(settled.map((item) => [item.id, item]));
    const entries = held.flatMap((post) => {
      const item = itemOf.get(post.contentItemId);
      return item ? [{ post, item }] : [];
    });
    const published = await markPostsPublished(trx, await insertSandboxFeedRows(trx, entries, now), now);
    await announcePosts(trx, published);
    return published;
  });
}
