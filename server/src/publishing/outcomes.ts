import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import { announcePost } from '../modules/scheduling/post-events.js';
import { updateScheduledPost } from '../modules/scheduling/scheduled-post.repository.js';
import { PUBLISHER, settleItems } from '../modules/scheduling/settle-items.js';
import { lockHeld } from './claims.repository.js';

// The three ways a claimed post ends its turn, each one transaction: the post's state, its
// item's status (which follows all of the item's current posts: settle-items.ts) and the
// events commit together or not at all.

export { PUBLISHER };

export interface Held {
  db: Database;
  config: Config;
  owner: string;
}

/** Marks the post PUBLISHED and settles its item (POSTED once all its channels are out). `within` adds writes to the same transaction. */
export async function finishPublished(
  held: Held,
  post: ScheduledPostRow,
  result: { platformPostId: string | null; permalink: string | null; publishedAt: Date },
  within?: (trx: Database) => Promise<{ platformPostId: string; permalink: string }>,
): Promise<ScheduledPostRow | null> {
  return held.db.transaction().execute(async (trx) => {
    if (!(await lockHeld(trx, post.id, held.owner))) return null;
    const extra = within ? await within(trx) : null;
    const published = await updateScheduledPost(trx, post.id, {
      state: 'published',
      platformPostId: extra?.platformPostId ?? result.platformPostId,
      permalink: extra?.permalink ?? result.permalink,
      publishedAt: result.publishedAt,
      lastError: null,
      leaseOwner: null,
      leaseExpiresAt: null,
    });
    await settleItems(trx, [post.contentItemId], { config: held.config, actor: PUBLISHER });
    await announcePost(trx, published);
    return published;
  });
}

/** Marks the post FAILED with the reason people will read, and settles its item (FAILED once no channel is left to go). */
export async function finishFailed(held: Held, post: ScheduledPostRow, reason: string): Promise<ScheduledPostRow | null> {
  const text = reason.slice(0, 2000);
  return held.db.transaction().execute(async (trx) => {
    if (!(await lockHeld(trx, post.id, held.owner))) return null;
    const failed = await updateScheduledPost(trx, post.id, { state: 'failed', lastError: text, leaseOwner: null, leaseExpiresAt: null });
    await settleItems(trx, [post.contentItemId], { config: held.config, actor: PUBLISHER });
    await announcePost(trx, failed);
    return failed;
  });
}

/** Backoff for errors before anything was published: 30 s doubling, at most 15 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}

/** Puts the post back in the queue for a later attempt, keeping what it has done so far. */
export async function releaseForRetry(held: Held, post: ScheduledPostRow, error: string, delayMs: number): Promise<ScheduledPostRow | null> {
  return held.db.transaction().execute(async (trx) => {
    if (!(await lockHeld(trx, post.id, held.owner))) return null;
    const pending = await updateScheduledPost(trx, post.id, {
      state: 'pending',
      dueAt: new Date(Date.now() + delayMs),
      lastError: error.slice(0, 2000),
      leaseOwner: null,
      leaseExpiresAt: null,
    });
    await announcePost(trx, pending);
    return pending;
  });
}
