import { contentItemChangeEvents, contentItemStatusEvents } from '../../realtime/item-subscriptions.js';
import type { Resolvers } from '../resolvers.generated.js';

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    contentItemStatusChanged: {
      subscribe: (_parent, { personaId }, ctx) => contentItemStatusEvents(ctx, personaId),
    },
    contentItemChanged: {
      subscribe: (_parent, { personaId }, ctx) => contentItemChangeEvents(ctx, personaId),
    },
  },
};
