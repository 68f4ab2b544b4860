import { InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';
import { generationRunPolicy } from './generation-run-policy';

interface Connection {
  nodes: Reference[];
}

// Cursor connections: pages fetched with `after` append to the page list stored under the
// same key arguments; a request without `after` (first load, refetch) starts the list over.
function cursorConnection(keyArgs: string[]): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

// Detail queries reuse an entity a list already loaded, so opening a detail page can render
// from the cache; a stored answer (including null for "not found") always wins.
function readEntityById(typename: string): FieldPolicy<Reference | null> {
  return {
    read(existing, { args, toReference, canRead }) {
      if (existing !== undefined) return existing;
      const ref = toReference({ __typename: typename, id: args?.['id'] });
      return ref && canRead(ref) ? ref : undefined;
    },
  };
}

const readDetached: FieldPolicy<Reference | null>['read'] = (existing, { canRead }) =>
  existing && !canRead(existing) ? null : existing;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          personas: cursorConnection(['includeArchived', 'first']),
          contentItems: cursorConnection(['filter', 'orderBy', 'first']),
          assets: cursorConnection(['personaId', 'first']),
          trash: cursorConnection(['first']),
          persona: readEntityById('Persona'),
          contentPlan: readEntityById('ContentPlan'),
          contentItem: readEntityById('ContentItem'),
        },
      },
      // Deleting a plan or an asset detaches it from its items (server rule): it reads as none.
      ContentItem: {
        fields: { plan: { read: readDetached }, asset: { read: readDetached } },
      },
      GenerationRun: generationRunPolicy,
      // One entry per platform, whichever of its fields a page selected.
      PlatformInfo: { keyFields: ['platform'] },
      // Value objects without ids: merge field by field instead of warning about replacement.
      StatusCounts: { merge: true },
      PlatformStrategy: { merge: true },
      Frequency: { merge: true },
      Profile: { merge: true },
      GenerationUsage: { merge: true },
      GeneratorInfo: { merge: true },
      // A persona's analytics are kept per period (the field's arguments); each refetch replaces them.
      PersonaAnalytics: { merge: true },
      MetricTotals: { merge: true },
      FollowerGrowth: { merge: true },
      Recommendations: { merge: true },
    },
  });
}
