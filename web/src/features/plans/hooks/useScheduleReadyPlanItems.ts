import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const scheduleReadyPlanItemsMutation = graphql(`
  mutation ScheduleReadyPlanItems($planId: ID!, $channelId: ID!) {
    scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {
      scheduled {
        id
        runAt
      }
      skipped {
        item {
          id
          title
        }
        reason
      }
    }
  }
`);

/** Schedules the plan's READY items at their planned times; screens showing them refetch. */
export function useScheduleReadyPlanItems(planId: string) {
  const [mutate, { loading }] = useMutation(scheduleReadyPlanItemsMutation, { refetchQueries: 'active' });
  const scheduleReady = async (channelId: string) => {
    const { data } = await mutate({ variables: { planId, channelId } });
    return data!.scheduleReadyPlanItems;
  };
  return { scheduleReady, loading };
}
