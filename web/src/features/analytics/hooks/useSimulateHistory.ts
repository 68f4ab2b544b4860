import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const simulateSandboxHistoryMutation = graphql(`
  mutation SimulateSandboxHistory($personaId: ID!) {
    simulateSandboxHistory(personaId: $personaId) {
      posts
    }
  }
`);

/** Fills an empty dashboard with simulated Sandbox history; the screens showing it refetch. */
export function useSimulateHistory(personaId: string) {
  const [mutate, { loading }] = useMutation(simulateSandboxHistoryMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const simulate = async (): Promise<number> => {
    const { data } = await mutate({ variables: { personaId } });
    return data?.simulateSandboxHistory.posts ?? 0;
  };
  return { simulate, loading };
}
