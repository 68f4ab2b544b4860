import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

// The newest images of one persona, for choosing an item's image; the library page pages further.
const personaImagesQuery = graphql(`
  query PersonaImages($personaId: ID!) {
    assets(personaId: $personaId, first: 24) {
      nodes {
        id
        url
        width
        height
        prompt
      }
    }
  }
`);

/** The persona's images, fetched only while `enabled` (the picker is open). */
export function usePersonaImages(personaId: string, enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(personaImagesQuery, {
    variables: { personaId },
    skip: !enabled,
    // Uploads happen on another page; the picker shows what exists now.
    fetchPolicy: 'cache-and-network',
  });
  return { images: data?.assets.nodes ?? null, loading, error, refetch };
}
