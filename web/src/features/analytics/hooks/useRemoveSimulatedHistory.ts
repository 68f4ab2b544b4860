import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { evictSimulatedHistoryViews } from './simulated-history-cache';

const removeSimulatedHistoryMutation = graphql(`
  mutation RemoveSimulatedHistory($personaId: ID!) {
    removeSimulatedHistory(personaId: $personaId) {
      posts
    }
  }
`);

/** Takes the persona's simulated history out with its figures; the screens showing it refetch. */
export function useRemoveSimulatedHistory(personaId: string) {
  const [mutate, { loading }] = useMutation(removeSimulatedHistoryMutation, {
    update: (cache) => evictSimulatedHistoryViews(cache, personaId),
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const remove = async (): Promise<number> => {
    const { data } = await mutate({ variables: { personaId } });
    return data?.removeSimulatedHistory.posts ?? 0;
  };
  return { remove, loading };
}
