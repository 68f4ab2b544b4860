import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateContentPlanInput } from '../../../gql/graphql';

// targetPostCount is derived on the server, so the answer carries it back with the new fields.
const updateContentPlanMutation = graphql(`
  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {
    updateContentPlan(id: $id, input: $input) {
      id
      ...PlanForm_plan
      targetPostCount
      updatedAt
      persona {
        id
      }
    }
  }
`);

export function useUpdatePlan() {
  const [mutate, { loading }] = useMutation(updateContentPlanMutation, {
    update(cache, { data }) {
      // A new start date can reorder the persona's plan list.
      if (!data) return;
      cache.evict({
        id: cache.identify({ __typename: 'Persona', id: data.updateContentPlan.persona.id }),
        fieldName: 'contentPlans',
      });
    },
  });

  async function updatePlan(id: string, input: UpdateContentPlanInput) {
    await mutate({ variables: { id, input } });
  }

  return { updatePlan, loading };
}
