import type { ApolloCache, Reference } from '@apollo/client';

interface PersonaConnection {
  nodes: Reference[];
}

/**
 * A new persona is never archived, so it belongs at the top ("newest first") of every
 * stored persona list, whichever `includeArchived` and page size it was loaded with.
 */
export function prependPersonaToLists(cache: ApolloCache, personaId: string): void {
  cache.modify<{ personas: PersonaConnection }>({
    id: 'ROOT_QUERY',
    fields: {
      personas(existing, { toReference }) {
        const ref = toReference({ __typename: 'Persona', id: personaId });
        if (!ref || !existing || typeof existing !== 'object' || !('nodes' in existing)) return existing;
        const connection = existing as PersonaConnection;
        if (connection.nodes.some((node) => node.__ref === ref.__ref)) return existing;
        return { ...connection, nodes: [ref, ...connection.nodes] };
      },
    },
  });
}

/** Archiving moves a persona in or out of the default list; reload the lists from the server. */
export function evictPersonaLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'personas' });
  cache.gc();
}
