import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { publishEvent } from '../../realtime/events.js';
import type { Actor } from '../shared/actor.js';
import type { ContentItemStatus } from '../shared/domain.js';
import { insertCaptionRevision } from './caption-revisions.repository.js';
import { insertStatusChanges } from './status-history.repository.js';

// Every write to content items goes through here inside its transaction: the timeline row, the
// replaced caption and the events are committed, or rolled back, together with the change itself.

function actorColumns(actor: Actor) {
  return actor.kind === 'user'
    ? { actor_user_id: actor.userId, actor_process: null }
    : { actor_user_id: null, actor_process: actor.name };
}

/** New items start their timeline with the status they were created in. */
export async function recordItemsCreated(trx: Database, items: ContentItemRow[], userId: string, actor: Actor) {
  if (!items.length) return;
  await insertStatusChanges(
    trx,
    items.map((item) => ({ content_item_id: item.id, from_status: null, to_status: item.status, ...actorColumns(actor) })),
  );
  for (const item of items) {
    await publishEvent(trx, { type: 'item_changed', kind: 'created', itemId: item.id, personaId: item.persona_id, userId });
  }
}

export async function recordItemUpdated(
  trx: Database,
  before: ContentItemRow,
  after: ContentItemRow,
  userId: string,
  actor: Actor,
  reason: string | null,
) {
  // The caption it replaced is kept, so a person can put it back (an empty one has nothing to keep).
  if (before.caption !== after.caption && before.caption !== '') {
    await insertCaptionRevision(trx, { content_item_id: after.id, caption: before.caption, ...actorColumns(actor) });
  }
  if (before.status !== after.status) {
    const [change] = await insertStatusChanges(trx, [
      {
        content_item_id: after.id,
        from_status: before.status as ContentItemStatus,
        to_status: after.status,
        reason,
        ...actorColumns(actor),
      },
    ]);
    await publishEvent(trx, {
      type: 'item_status',
      itemId: after.id,
      personaId: after.persona_id,
      userId,
      changeId: String(change!.id),
    });
  }
  await publishEvent(trx, { type: 'item_changed', kind: 'updated', itemId: after.id, personaId: after.persona_id, userId });
}

export async function recordItemDeleted(trx: Database, item: ContentItemRow, userId: string) {
  await publishEvent(trx, { type: 'item_changed', kind: 'deleted', itemId: item.id, personaId: item.persona_id, userId });
}

/** Back from the trash: watchers add it again, as they would a new item. */
export async function recordItemRestored(trx: Database, itemId: string, personaId: string, userId: string) {
  await publishEvent(trx, { type: 'item_changed', kind: 'created', itemId, personaId, userId });
}
