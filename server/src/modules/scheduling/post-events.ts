import type { Database } from '../../db/database.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import { publishEvent } from '../../realtime/events.js';
import { findItemOwner } from './scheduled-post.repository.js';

/** Queues post_updated for calendars and for publishers' timers (delivered on commit). */
export async function announcePost(db: Database, post: ScheduledPostRow): Promise<void> {
  const owner = await findItemOwner(db, post.content_item_id);
  await publishEvent(db, {
    type: 'post_updated',
    postId: post.id,
    personaId: owner.persona_id,
    userId: owner.user_id,
    dueAt: post.state === 'pending' ? post.due_at.toISOString() : null,
  });
}
