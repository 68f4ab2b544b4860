import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { publishEvents, type RealtimeEvent } from '../../realtime/events.js';
import { actorColumns, type Actor } from '../shared/actor.js';
import { insertCaptionRevisions } from './caption-revisions.repository.js';
import { insertStatusChanges } from './status-history.repository.js';

// What every write to content items leaves behind, inside its transaction: the timeline rows,
// the replaced captions and the events commit, or roll back, with the change itself. One
// statement per kind of record, however many items the write touched.

/** New items start their timeline with the status they were created in. */
export async function recordItemsCreated(trx: Database, items: ContentItemRow[], userId: string, actor: Actor) {
  if (!items.length) return;
  await insertStatusChanges(
    trx,
    items.map((item) => ({ contentItemId: item.id, fromStatus: null, toStatus: item.status, ...actorColumns(actor) })),
  );
  await publishEvents(
    trx,
    items.map((item) => ({ type: 'item_changed', kind: 'created', itemId: item.id, personaId: item.personaId, userId })),
  );
}

export interface ItemWritten {
  before: ContentItemRow;
  after: ContentItemRow;
  ownerId: string;
  reason: string | null;
}

export async function recordItemsUpdated(trx: Database, written: readonly ItemWritten[], actor: Actor) {
  // The caption each replaced is kept, so a person can put it back (an empty one has nothing to keep).
  await insertCaptionRevisions(
    trx,
    written
      .filter(({ before, after }) => before.caption !== after.caption && before.caption !== '')
      .map(({ before, after }) => ({ contentItemId: after.id, caption: before.caption, ...actorColumns(actor) })),
  );
  const moved = written.filter(({ before, after }) => before.status !== after.status);
  const changes = moved.length
    ? await insertStatusChanges(
        trx,
        moved.map(({ before, after, reason }) => ({
          contentItemId: after.id,
          fromStatus: before.status,
          toStatus: after.status,
          reason,
          ...actorColumns(actor),
        })),
      )
    : [];
  const changeOf = new Map(changes.map((change) => [change.contentItemId, String(change.id)]));
  await publishEvents(
    trx,
    written.flatMap(({ after, ownerId }): RealtimeEvent[] => {
      const changed: RealtimeEvent = { type: 'item_changed', kind: 'updated', itemId: after.id, personaId: after.personaId, userId: ownerId };
      const changeId = changeOf.get(after.id);
      return changeId ? [{ type: 'item_status', itemId: after.id, personaId: after.personaId, userId: ownerId, changeId }, changed] : [changed];
    }),
  );
}

export async function recordItemsDeleted(trx: Database, items: readonly ContentItemRow[], userId: string) {
  await publishEvents(
    trx,
    items.map((item) => ({ type: 'item_changed', kind: 'deleted', itemId: item.id, personaId: item.personaId, userId })),
  );
}

/** Back from the trash: watchers add it again, as they would a new item. */
export async function recordItemRestored(trx: Database, itemId: string, personaId: string, userId: string) {
  await publishEvents(trx, [{ type: 'item_changed', kind: 'created', itemId, personaId, userId }]);
}
