import type { ApolloCache, Reference } from '@apollo/client';

/**
 * A run the persona's run lists do not hold yet (just started here, or seen in an event) goes
 * first in each of them, newest first like the server orders them, so the plan page finds it
 * as the plan's latest run and the persona page lists it.
 */
export function prependRunToPersona(cache: ApolloCache, personaId: string, runId: string): void {
  cache.modify<{ generationRuns: Reference[] }>({
    id: cache.identify({ __typename: 'Persona', id: personaId }),
    fields: {
      generationRuns(existing, { toReference, readField }) {
        const run = toReference({ __typename: 'GenerationRun', id: runId });
        if (!run || existing.some((entry) => readField('id', entry) === runId)) return existing;
        return [run, ...existing];
      },
    },
  });
}

/**
 * New ideas change item lists, counts and the persona's usage on screens other than the plan
 * page (which fetches its own plan again); they load afresh when next shown.
 */
export function evictAfterIdeasCreated(cache: ApolloCache, personaId: string): void {
  const persona = cache.identify({ __typename: 'Persona', id: personaId });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contentItems' });
  for (const fieldName of ['itemCounts', 'recentItems', 'generationUsage']) cache.evict({ id: persona, fieldName });
  cache.gc();
}
