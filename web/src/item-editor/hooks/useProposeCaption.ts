import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

// The answer is a proposal only: the item is unchanged, so nothing of it is refreshed.
const proposeCaptionMutation = graphql(`
  mutation ProposeCaption($itemId: ID!, $draft: String!) {
    proposeCaption(itemId: $itemId, draft: $draft) {
      caption
      item {
        id
        persona {
          id
        }
      }
    }
  }
`);

/** Asks for a caption in the persona's voice, starting from the unsaved draft; saves nothing. */
export function useProposeCaption() {
  const [mutate, { loading }] = useMutation(proposeCaptionMutation, {
    // The run is recorded on the persona: its run list and usage totals refetch where shown.
    update(cache, { data }) {
      const personaId = data?.proposeCaption.item.persona.id;
      if (!personaId) return;
      const id = cache.identify({ __typename: 'Persona', id: personaId });
      cache.evict({ id, fieldName: 'generationRuns' });
      cache.evict({ id, fieldName: 'generationUsage' });
      cache.gc();
    },
  });

  async function proposeCaption(itemId: string, draft: string) {
    const { data } = await mutate({ variables: { itemId, draft } });
    return data?.proposeCaption.caption ?? null;
  }

  return { proposeCaption, loading };
}
