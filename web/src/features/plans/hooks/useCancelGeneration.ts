import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

// The answer carries the run's new state, which the normalized cache applies to the plan page.
const cancelGenerationMutation = graphql(`
  mutation CancelGeneration($id: ID!) {
    cancelGeneration(id: $id) {
      id
      ...PlanGenerationRun_run
    }
  }
`);

export function useCancelGeneration() {
  const [mutate, { loading }] = useMutation(cancelGenerationMutation);

  async function cancelGeneration(id: string) {
    await mutate({ variables: { id } });
  }

  return { cancelGeneration, loading };
}
