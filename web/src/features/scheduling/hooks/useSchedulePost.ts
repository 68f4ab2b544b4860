import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { SchedulePostInput } from '../../../gql/graphql';
import { evictItemCounts } from '../../../lib/content-item-cache';

const schedulePostMutation = graphql(`
  mutation SchedulePost($input: SchedulePostInput!) {
    schedulePost(input: $input) {
      id
      runAt
      state
      channel {
        id
        accountName
      }
      item {
        id
        status
        scheduledAt
        failureReason
        version
        updatedAt
        persona {
          id
        }
        plan {
          id
        }
      }
    }
  }
`);

/**
 * Schedules an item on a channel. The answer carries the item's new status and version, which
 * the normalized cache merges, so boards and lists showing it move it to Scheduled; counts and
 * the item's list of posts are fetched again where shown.
 */
export function useSchedulePost() {
  const [mutate] = useMutation(schedulePostMutation);

  const schedulePost = useCallback(
    async (input: SchedulePostInput) => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const item = data?.schedulePost.item;
          if (!item) return;
          cache.evict({ id: cache.identify({ __typename: 'ContentItem', id: item.id }), fieldName: 'scheduledPosts' });
          evictItemCounts(cache, { personaId: item.persona.id, planIds: [item.plan?.id] });
        },
      });
      if (!result.data) throw new Error('The server returned no scheduled post');
      return result.data.schedulePost;
    },
    [mutate],
  );

  return { schedulePost };
}
