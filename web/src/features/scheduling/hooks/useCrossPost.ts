import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { CrossPostInput } from '../../../gql/graphql';
import { evictItemCounts } from '../../../lib/content-item-cache';

const crossPostMutation = graphql(`
  mutation CrossPost($input: CrossPostInput!) {
    crossPost(input: $input) {
      id
      runAt
      state
      captionVariant
      channel {
        id
        platform
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
 * Schedules an item on one or several channels (a retry of a failed one is the same call). The
 * answer carries the item's new status and version, which the normalized cache merges, so
 * boards and lists showing it move it to Scheduled; counts and the item's lists of posts are
 * fetched again where shown.
 */
export function useCrossPost() {
  const [mutate] = useMutation(crossPostMutation);

  const crossPost = useCallback(
    async (input: CrossPostInput) => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const item = data?.crossPost[0]?.item;
          if (!item) return;
          const id = cache.identify({ __typename: 'ContentItem', id: item.id });
          for (const fieldName of ['scheduledPosts', 'currentPosts', 'channel']) cache.evict({ id, fieldName });
          evictItemCounts(cache, { personaId: item.persona.id, planIds: [item.plan?.id] });
        },
      });
      if (!result.data) throw new Error('The server returned no scheduled post');
      return result.data.crossPost;
    },
    [mutate],
  );

  return { crossPost };
}
