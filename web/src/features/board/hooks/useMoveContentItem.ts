import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { ContentItemStatus } from '../../../gql/graphql';
import { evictItemCounts } from '../../../lib/content-item-cache';
import type { BoardCardItem } from '../components/BoardCard';
import { optimisticCard } from './optimistic-card';

const moveContentItemMutation = graphql(`
  mutation MoveContentItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!, $overrideReason: String) {
    moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion, overrideReason: $overrideReason) {
      id
      ...BoardCard_item
    }
  }
`);

/**
 * Moves an item to another status (with an override reason, past the voice lock). The card moves at once (optimistic); when the server
 * refuses, Apollo drops the optimistic layer and the card is back where it was.
 */
export function useMoveContentItem() {
  const [mutate] = useMutation(moveContentItemMutation);

  const moveItem = useCallback(
    async (item: BoardCardItem, to: ContentItemStatus, overrideReason?: string) => {
      await mutate({
        variables: { id: item.id, to, expectedVersion: item.version, overrideReason },
        optimisticResponse: {
          __typename: 'Mutation',
          moveContentItem: optimisticCard(item, { status: to }),
        },
        update: (cache) => evictItemCounts(cache, { personaId: item.persona.id, planIds: [item.plan?.id] }),
      });
    },
    [mutate],
  );

  return { moveItem };
}
