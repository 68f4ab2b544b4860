import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

// The visual identity lock's controls: the persona's images to choose references from, the
// choice itself, and reference portraits drawn from the written look.

const referenceCandidatesQuery = graphql(`
  query ReferenceCandidates($personaId: ID!) {
    assets(personaId: $personaId, first: 48) {
      nodes {
        id
        url
        width
        height
        prompt
        source
      }
    }
  }
`);

const setReferenceImagesMutation = graphql(`
  mutation SetReferenceImages($personaId: ID!, $assetIds: [ID!]!) {
    setReferenceImages(personaId: $personaId, assetIds: $assetIds) {
      id
      referenceImages {
        id
        url
        width
        height
        prompt
      }
    }
  }
`);

const drawPortraitMutation = graphql(`
  mutation GenerateReferencePortrait($personaId: ID!) {
    generateReferencePortrait(personaId: $personaId) {
      id
    }
  }
`);

/** The persona's newest images (up to 48), fetched while `enabled` (the picker is open). */
export function useReferenceCandidates(personaId: string, enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(referenceCandidatesQuery, {
    variables: { personaId },
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  return { images: data?.assets.nodes ?? null, loading, error, refetch };
}

/**
 * Locks the look to the chosen images (or unlocks it with none). Every image's likeness changes
 * with the references, so the pages showing likeness load afresh.
 */
export function useSetReferenceImages() {
  const [mutate, { loading }] = useMutation(setReferenceImagesMutation, { refetchQueries: 'active' });
  async function setReferences(personaId: string, assetIds: string[]) {
    await mutate({ variables: { personaId, assetIds } });
  }
  return { setReferences, saving: loading };
}

/** Draws another reference portrait from the written look; returns the new image's id. */
export function useDrawPortrait() {
  const [mutate, { loading }] = useMutation(drawPortraitMutation, {
    update(cache) {
      // The new image belongs in every list of the persona's images.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'assets' });
      cache.gc();
    },
  });
  async function drawPortrait(personaId: string): Promise<string | null> {
    const { data } = await mutate({ variables: { personaId } });
    return data?.generateReferencePortrait.id ?? null;
  }
  return { drawPortrait, drawing: loading };
}
