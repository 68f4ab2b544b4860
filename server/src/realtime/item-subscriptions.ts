import type { GraphQLContext } from '../graphql/context.js';
import type { Loaders } from '../graphql/loaders.js';
import type { ContentItemChangeEventModel, ContentItemStatusEventModel } from './events.js';
import { personaEvents, personaOwnedBy } from './persona-events.js';

// The content item subscriptions: what an item event becomes once its rows are re-read.

async function ownedItem(loaders: Loaders, itemId: string, userId: string) {
  const item = await loaders.contentItemById.load(itemId);
  return item && (await personaOwnedBy(loaders, item.personaId, userId)) ? item : null;
}

export function contentItemStatusEvents(ctx: GraphQLContext, personaId?: string | null) {
  return personaEvents(ctx, {
    type: 'item_status',
    personaId,
    toPayload: async (event, loaders, userId): Promise<{ contentItemStatusChanged: ContentItemStatusEventModel } | null> => {
      const [item, change] = await Promise.all([ownedItem(loaders, event.itemId, userId), loaders.statusChangeById.load(event.changeId)]);
      if (!item || !change || change.contentItemId !== item.id) return null;
      return {
        contentItemStatusChanged: {
          item,
          previousStatus: change.fromStatus,
          newStatus: change.toStatus,
          changedAt: change.changedAt,
          change,
        },
      };
    },
  });
}

export function contentItemChangeEvents(ctx: GraphQLContext, personaId?: string | null) {
  return personaEvents(ctx, {
    type: 'item_changed',
    personaId,
    toPayload: async (event, loaders, userId): Promise<{ contentItemChanged: ContentItemChangeEventModel } | null> => {
      const item = event.kind === 'deleted' ? null : await ownedItem(loaders, event.itemId, userId);
      if (event.kind !== 'deleted' && !item) return null;
      return { contentItemChanged: { kind: event.kind, itemId: event.itemId, personaId: event.personaId, item } };
    },
  });
}
