import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders, type Loaders } from '../graphql/loaders.js';
import { requireViewer } from '../modules/shared/service-context.js';
import type { ContentItemStatus } from '../modules/shared/domain.js';
import { endingWith, eventStream } from './event-stream.js';
import type { ContentItemChangeEventModel, ContentItemStatusEventModel, RealtimeEvent } from './events.js';

// Subscriptions re-read what an event names before sending it: the rows as committed, and the
// owner as stored now, so a subscriber never sees another user's data whatever the event says.
// All subscribers in this process share one set of loaders per event: one read per event, not
// one per subscriber.

type ItemEvent = Extract<RealtimeEvent, { type: 'item_status' | 'item_changed' }>;

const loadersPerEvent = new WeakMap<RealtimeEvent, Loaders>();

function loadersFor(event: RealtimeEvent, ctx: GraphQLContext): Loaders {
  let loaders = loadersPerEvent.get(event);
  if (!loaders) loadersPerEvent.set(event, (loaders = createLoaders(ctx.db)));
  return loaders;
}

function itemEvents<Payload>(
  ctx: GraphQLContext,
  personaId: string | null | undefined,
  type: ItemEvent['type'],
  toPayload: (event: ItemEvent, loaders: Loaders) => Promise<Payload | null>,
): AsyncIterableIterator<Payload> {
  const viewer = requireViewer(ctx);
  const events = eventStream<ItemEvent>((push) =>
    ctx.notifier.subscribe((event) => {
      if (event.type !== type || event.userId !== viewer.userId) return;
      if (personaId && event.personaId !== personaId) return;
      push(event);
    }),
  );
  async function* payloads() {
    try {
      for await (const event of events) {
        const loaders = loadersFor(event, ctx);
        const payload = await toPayload(event, loaders);
        if (payload === null) continue;
        // Nested fields of this event resolve through the event's fresh loaders.
        ctx.loaders = loaders;
        yield payload;
      }
    } finally {
      await events.return?.();
    }
  }
  return endingWith(payloads(), events);
}

async function ownedItem(loaders: Loaders, itemId: string, userId: string) {
  const item = await loaders.contentItemById.load(itemId);
  if (!item) return null;
  const persona = await loaders.personaById.load(item.persona_id);
  return persona?.user_id === userId ? item : null;
}

export function contentItemStatusEvents(ctx: GraphQLContext, personaId?: string | null) {
  const viewer = requireViewer(ctx);
  return itemEvents<{ contentItemStatusChanged: ContentItemStatusEventModel }>(ctx, personaId, 'item_status', async (event, loaders) => {
    if (event.type !== 'item_status') return null;
    const [item, change] = await Promise.all([
      ownedItem(loaders, event.itemId, viewer.userId),
      loaders.statusChangeById.load(event.changeId),
    ]);
    if (!item || !change || change.content_item_id !== item.id) return null;
    return {
      contentItemStatusChanged: {
        item,
        previousStatus: change.from_status as ContentItemStatus | null,
        newStatus: change.to_status as ContentItemStatus,
        changedAt: change.changed_at,
        change,
      },
    };
  });
}

export function contentItemChangeEvents(ctx: GraphQLContext, personaId?: string | null) {
  const viewer = requireViewer(ctx);
  return itemEvents<{ contentItemChanged: ContentItemChangeEventModel }>(ctx, personaId, 'item_changed', async (event, loaders) => {
    if (event.type !== 'item_changed') return null;
    const item = event.kind === 'deleted' ? null : await ownedItem(loaders, event.itemId, viewer.userId);
    if (event.kind !== 'deleted' && !item) return null;
    return { contentItemChanged: { kind: event.kind, itemId: event.itemId, personaId: event.personaId, item } };
  });
}
