import type { ApolloCache } from '@apollo/client';

interface AffectedOwners {
  personaId: string;
  /** Plans the item belonged to before or after the change. */
  planIds: ReadonlyArray<string | null | undefined>;
}

/**
 * A status move changes the status counts and item lists of the item's persona and plans,
 * which the client cannot recompute. Evicting them makes the screens showing them fetch
 * fresh values. Query-level item lists stay: the board keeps showing its lists and places
 * each item by its own (already updated) status.
 */
export function evictItemCounts(cache: ApolloCache, { personaId, planIds }: AffectedOwners): void {
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

/**
 * Creating, editing or deleting an item also changes filtered lists and their totals, so
 * every query-level item list goes too, besides the counts.
 */
export function evictItemAggregates(cache: ApolloCache, owners: AffectedOwners): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contentItems' });
  evictItemCounts(cache, owners);
}
