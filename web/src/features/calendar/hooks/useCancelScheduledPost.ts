import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { evictItemCounts } from '../../../lib/content-item-cache';

const cancelScheduledPostMutation = graphql(`
  mutation CancelScheduledPost($id: ID!) {
    cancelScheduledPost(id: $id) {
      id
      ...CalendarPost_post
      item {
        id
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

/** Cancels a pending post; its item goes back to Ready (the answer carries the new status). */
export function useCancelScheduledPost() {
  const [mutate, { loading }] = useMutation(cancelScheduledPostMutation, {
    update: (cache, { data }) => {
      const item = data?.cancelScheduledPost.item;
      if (item) evictItemCounts(cache, { personaId: item.persona.id, planIds: [item.plan?.id] });
    },
  });

  async function cancel(id: string) {
    await mutate({ variables: { id } });
  }

  return { cancel, loading };
}
