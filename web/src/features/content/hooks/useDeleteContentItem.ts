import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { evictItemAggregates } from '../../../lib/content-item-cache';

const deleteContentItemMutation = graphql(`
  mutation DeleteContentItem($id: ID!) {
    deleteContentItem(id: $id) {
      id
    }
  }
`);

interface ItemToDelete {
  id: string;
  personaId: string;
  planId: string | null;
}

export function useDeleteContentItem() {
  const [mutate, { loading }] = useMutation(deleteContentItemMutation);

  async function deleteItem(item: ItemToDelete) {
    await mutate({
      variables: { id: item.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'ContentItem', id: item.id }) });
        evictItemAggregates(cache, { personaId: item.personaId, planIds: [item.planId] });
      },
    });
  }

  return { deleteItem, loading };
}
