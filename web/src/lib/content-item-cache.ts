import type { ApolloCache } from '@apollo/client';

interface AffectedOwners {
  personaId: string;
  /** Plans the item belonged to before or after the change. */
  planIds: ReadonlyArray<string | null | undefined>;
}

/**
 * Creating, moving or deleting an item changes derived data the client cannot recompute:
 * filtered lists and their totals, and the status counts and item lists of its persona and
 * plans. Evicting them makes the screens showing them fetch fresh values.
 */
export function evictItemAggregates(cache: ApolloCache, { personaId, planIds }: AffectedOwners): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contentItems' });
  const personaCacheId = cache.identify({ __typename: 'Persona', id: personaId });
  cache.evict({ id: personaCacheId, fieldName: 'itemCounts' });
  cache.evict({ id: personaCacheId, fieldName: 'recentItems' });
  for (const planId of new Set(planIds)) {
    if (!planId) continue;
    const planCacheId = cache.identify({ __typename: 'ContentPlan', id: planId });
    cache.evict({ id: planCacheId, fieldName: 'itemCounts' });
    cache.evict({ id: planCacheId, fieldName: 'items' });
  }
  cache.gc();
}
