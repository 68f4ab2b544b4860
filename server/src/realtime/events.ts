import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { ContentItemRow, StatusChangeRow } from '../db/rows.js';
import type { ContentItemChangeKind, ContentItemStatus } from '../modules/shared/domain.js';
import { notifyEvents } from './events.repository.js';

// Events travel through Postgres NOTIFY on one channel, as ids only (payloads are capped at
// 8000 bytes, and rows are re-read by each process so readers see committed data and their
// own permissions). NOTIFY inside a transaction is delivered only when it commits, so a
// rolled-back change never announces itself.

const uuid = z.string().uuid();

export const realtimeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('item_status'), itemId: uuid, personaId: uuid, userId: uuid, changeId: z.string().regex(/^\d+$/) }),
  z.object({
    type: z.literal('item_changed'),
    kind: z.enum(['created', 'updated', 'deleted']),
    itemId: uuid,
    personaId: uuid,
    userId: uuid,
  }),
  z.object({ type: z.literal('session_revoked'), sessionId: uuid }),
  z.object({ type: z.literal('generation_updated'), runId: uuid, personaId: uuid, userId: uuid }),
  // dueAt lets publishers re-arm their timer without a query when a post is (re)scheduled.
  z.object({ type: z.literal('post_updated'), postId: uuid, personaId: uuid, userId: uuid, dueAt: z.string().nullable() }),
  z.object({ type: z.literal('channel_updated'), channelId: uuid, personaId: uuid, userId: uuid }),
  z.object({ type: z.literal('analytics_updated'), personaId: uuid, userId: uuid, itemId: uuid.nullable(), capturedAt: z.string() }),
]);

export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;

/** The payload: the event and when it was sent (listeners measure delivery lag from it). */
const payloadOf = (event: RealtimeEvent) => JSON.stringify({ ...event, sentAt: Date.now() });

/** Queues `event` for delivery when the surrounding transaction commits. */
export function publishEvent(db: Database, event: RealtimeEvent): Promise<void> {
  return notifyEvents(db, [payloadOf(event)]);
}

/** Queues many events in one statement (batch writes), in order. */
export function publishEvents(db: Database, events: readonly RealtimeEvent[]): Promise<void> {
  return notifyEvents(db, events.map(payloadOf));
}

/** What a status-change subscription yields (GraphQL type ContentItemStatusEvent). */
export interface ContentItemStatusEventModel {
  item: ContentItemRow;
  previousStatus: ContentItemStatus | null;
  newStatus: ContentItemStatus;
  changedAt: Date;
  change: StatusChangeRow;
}

/** What an item-change subscription yields (GraphQL type ContentItemChangeEvent). */
export interface ContentItemChangeEventModel {
  kind: ContentItemChangeKind;
  itemId: string;
  personaId: string;
  item: ContentItemRow | null;
}
