import type { Database } from '../../db/database.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import { publishEvents } from '../../realtime/events.js';
import { findItemOwners } from './scheduled-post.repository.js';

/** Queues post_updated for calendars and for publishers' timers (delivered on commit). */
export async function announcePosts(db: Database, posts: readonly ScheduledPostRow[]): Promise<void> {
  if (!posts.length) return;
  const owners = new Map((await findItemOwners(db, [...new Set(posts.map((post) => post.contentItemId))])).map((owner) => [owner.contentItemId, owner]));
  await publishEvents(
    db,
    posts.map((post) => {
      const owner = owners.get(post.contentItemId)!;
      return {
        type: 'post_updated',
        postId: post.id,
        personaId: owner.personaId,
        userId: owner.userId,
        dueAt: post.state === 'pending' ? post.dueAt.toISOString() : null,
      };
    }),
  );
}

export function announcePost(db: Database, post: ScheduledPostRow): Promise<void> {
  return announcePosts(db, [post]);
}
