import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const reorderMutation = graphql(`
  mutation ReorderUpcomingPosts($input: ReorderUpcomingPostsInput!) {
    reorderUpcomingPosts(input: $input) {
      id
      scheduledAt
      version
      updatedAt
    }
  }
`);

/**
 * Gives the items the times they hold between them in the order given (soonest first). The
 * answer carries each item's new time, which the normalized cache merges, so every view sorted
 * by time (the grid, the board, the calendar) follows.
 */
export function useReorderUpcomingPosts() {
  const [mutate, { loading }] = useMutation(reorderMutation);

  async function reorder(personaId: string, itemIds: string[]) {
    await mutate({
      variables: { input: { personaId, itemIds } },
      // Calendars list posts by time: ask again where they are shown.
      update: (cache) => cache.evict({ fieldName: 'scheduledPosts' }),
    });
  }

  return { reorder, reordering: loading };
}
