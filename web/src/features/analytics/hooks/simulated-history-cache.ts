import type { ApolloCache } from '@apollo/client';

/**
 * Filling or removing a simulated history changes every list that can show it (item lists,
 * calendars, Sandbox feeds asked with includeSimulated) and the persona's counts and history.
 * They are dropped from the cache, so any screen showing them, now or later, asks again.
 */
export function evictSimulatedHistoryViews(cache: ApolloCache, personaId: string): void {
  for (const fieldName of ['contentItems', 'scheduledPosts', 'sandboxFeed']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  const persona = cache.identify({ __typename: 'Persona', id: personaId });
  for (const fieldName of ['itemCounts', 'recentItems', 'simulatedHistory']) cache.evict({ id: persona, fieldName });
  cache.gc();
}
