import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';

const reschedulePostMutation = graphql(`
  mutation ReschedulePost($id: ID!, $at: ScheduleTimeInput!) {
    reschedulePost(id: $id, at: $at) {
      id
      ...CalendarPost_post
    }
  }
`);

/**
 * Moves a pending post to a wall-clock time in its persona's zone (`at.localTime`): the server
 * converts it there, daylight-saving safe, and refuses a time that is past or does not exist.
 * The item's scheduledAt follows, which the answer carries into the cache.
 */
export function useReschedulePost() {
  const [mutate] = useMutation(reschedulePostMutation);

  const reschedule = useCallback(
    async (id: string, localTime: string) => {
      await mutate({ variables: { id, at: { localTime } } });
    },
    [mutate],
  );

  return { reschedule };
}
