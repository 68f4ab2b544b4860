import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import { evictItemCounts } from '../../../lib/content-item-cache';
import type { BoardCardItem } from '../components/BoardCard';
import { optimisticCard } from './optimistic-card';

const scheduleContentItemMutation = graphql(`
  mutation ScheduleContentItem($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      ...BoardCard_item
    }
  }
`);

/** Sets the publishing time and moves the item to SCHEDULED in one checked edit. */
export function useScheduleContentItem() {
  const [mutate] = useMutation(scheduleContentItemMutation);

  const scheduleItem = useCallback(
    async (item: BoardCardItem, scheduledAt: string) => {
      await mutate({
        variables: { id: item.id, input: { expectedVersion: item.version, status: 'SCHEDULED', scheduledAt } },
        optimisticResponse: {
          __typename: 'Mutation',
          updateContentItem: optimisticCard(item, { status: 'SCHEDULED', scheduledAt }),
        },
        update: (cache) => evictItemCounts(cache, { personaId: item.persona.id, planIds: [item.plan?.id] }),
      });
    },
    [mutate],
  );

  return { scheduleItem };
}
