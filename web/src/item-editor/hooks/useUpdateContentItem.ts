import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';
import type { UpdateContentItemInput } from '../../gql/graphql';
import { evictItemAggregates } from '../../lib/content-item-cache';

// Everything an edit can change that lists and cards show (the content list's rows, the board's
// cards): the normalized cache takes it from the answer, so they update wherever they are.
export const savedItemFragment = graphql(`
  fragment SavedItem_item on ContentItem {
    id
    version
    updatedAt
    title
    caption
    hashtags
    platform
    status
    scheduledAt
    publishedAt
    failureReason
    plan {
      id
      title
    }
    asset {
      id
      url
    }
    channel {
      id
      platform
      accountName
    }
  }
`);

const updateContentItemMutation = graphql(`
  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      ...SavedItem_item
      ...ContentItemForm_item
      ...ItemGeneration_item
      ...ItemMedia_item
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

  /** Saves the edit and returns the stored item (for a form that stays open). */
  async function updateItem(before: ItemBeforeUpdate, input: UpdateContentItemInput) {
    const { data } = await mutate({
      variables: { id: before.id, input },
      // A status or plan change moves the item between counts and filtered lists; a new caption
      // adds the one it replaced to the item's earlier captions.
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'ContentItem', id: before.id }), fieldName: 'captionHistory' });
        evictItemAggregates(cache, { personaId: before.personaId, planIds: [before.planId, input.planId] });
      },
    });
    return data?.updateContentItem ?? null;
  }

  return { updateItem, loading };
}
