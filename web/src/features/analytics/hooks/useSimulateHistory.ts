import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { evictSimulatedHistoryViews } from './simulated-history-cache';

const simulateSandboxHistoryMutation = graphql(`
  mutation SimulateSandboxHistory($personaId: ID!) {
    simulateSandboxHistory(personaId: $personaId) {
      id
      posts
    }
  }
`);

/** Fills an empty dashboard with simulated Sandbox history; the screens showing it refetch. */
export function useSimulateHistory(personaId: string) {
  const [mutate, { loading }] = useMutation(simulateSandboxHistoryMutation, {
    update: (cache) => evictSimulatedHistoryViews(cache, personaId),
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const simulate = async (): Promise<number> => {
    const { data } = await mutate({ variables: { personaId } });
    return data?.simulateSandboxHistory.posts ?? 0;
  };
  return { simulate, loading };
}
