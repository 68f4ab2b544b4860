import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

// The newest images and videos of one persona, for choosing an item's media; the library page pages further.
const personaImagesQuery = graphql(`
  query PersonaImages($personaId: ID!) {
    assets(personaId: $personaId, first: 24) {
      nodes {
        id
        kind
        url
        posterUrl
        durationSeconds
        processing
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
  const media = data?.assets.nodes ?? null;
  return { media, images: media?.filter((asset) => asset.kind === 'IMAGE') ?? null, loading, error, refetch };
}
