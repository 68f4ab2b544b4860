import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateContentItemInput } from '../../../gql/graphql';
import { evictItemAggregates } from '../../../lib/content-item-cache';

const updateContentItemMutation = graphql(`
  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      updatedAt
      ...ContentItemRow_item
      ...ContentItemForm_item
      ...ItemGeneration_item
    }
  }
`);

interface ItemBeforeUpdate {
  id: string;
  personaId: string;
  planId: string | null;
}

export function useUpdateContentItem() {
  const [mutate, { loading }] = useMutation(updateContentItemMutation);

  async function updateItem(before: ItemBeforeUpdate, input: UpdateContentItemInput) {
    await mutate({
      variables: { id: before.id, input },
      // A status or plan change moves the item between counts and filtered lists; a new caption
      // adds the one it replaced to the item's earlier captions.
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'ContentItem', id: before.id }), fieldName: 'captionHistory' });
        evictItemAggregates(cache, { personaId: before.personaId, planIds: [before.planId, input.planId] });
      },
    });
  }

  return { updateItem, loading };
}
