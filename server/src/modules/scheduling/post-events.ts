import type { Database } from '../../db/database.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import { publishEvent } from '../../realtime/events.js';

/** Queues post_updated for calendars and for publishers' timers (delivered on commit). */
export async function announcePost(db: Database, post: ScheduledPostRow): Promise<void> {
  const owner = await db
    .selectFrom('content_items as i')
    .innerJoin('personas as p', 'p.id', 'i.persona_id')
    .select(['p.id as persona_id', 'p.user_id'])
    .where('i.id', '=', post.content_item_id)
    .executeTakeFirstOrThrow();
  await publishEvent(db, {
    type: 'post_updated',
    postId: post.id,
    personaId: owner.persona_id,
    userId: owner.user_id,
    dueAt: post.state === 'pending' ? post.due_at.toISOString() : null,
  });
}
