import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

// Items with a planned time that are not scheduled yet (Idea, Draft, Ready): the calendar shows
// them apart from posts, and a drop on another time plans them for it.

const plannedItemsQuery = graphql(`
  query CalendarPlannedItems($filter: ContentItemFilter!) {
    contentItems(filter: $filter, orderBy: SCHEDULED_AT_ASC, first: 100) {
      nodes {
        id
        title
        status
        version
        scheduledAt
        simulated
        persona {
          id
          name
          timeZone
        }
        format
        asset {
          id
          url
          posterUrl
        }
      }
    }
  }
`);

const planItemMutation = graphql(`
  mutation PlanCalendarItem($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      version
      scheduledAt
      updatedAt
    }
  }
`);

interface PlannedItemsOptions {
  personaId: string | null;
  range: { from: string; to: string } | null;
  includeSimulated: boolean;
}

export function usePlannedItems({ personaId, range, includeSimulated }: PlannedItemsOptions) {
  const { data, previousData, error } = useQuery(
    plannedItemsQuery,
    range
      ? {
          variables: {
            filter: { personaId, status: ['IDEA', 'DRAFT', 'READY'], scheduledFrom: range.from, scheduledTo: range.to, includeSimulated },
          },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const [plan] = useMutation(planItemMutation);
  const items = (data ?? previousData)?.contentItems.nodes ?? [];

  /** Plans the item for another instant (its version guards against someone else's edit). */
  const planAt = (item: { id: string; version: number }, at: string) =>
    plan({ variables: { id: item.id, input: { expectedVersion: item.version, scheduledAt: at } } });

  return { items, error, planAt };
}

export type PlannedItem = ReturnType<typeof usePlannedItems>['items'][number];
