import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateContentPlanInput } from '../../../gql/graphql';

const createContentPlanMutation = graphql(`
  mutation CreateContentPlan($input: CreateContentPlanInput!) {
    createContentPlan(input: $input) {
      id
      ...PlanListItem_plan
    }
  }
`);

export function useCreatePlan() {
  const [mutate, { loading }] = useMutation(createContentPlanMutation, {
    update(cache, _result, { variables }) {
      // Plans are listed soonest start first; let the server place the new one.
      if (!variables) return;
      cache.evict({
        id: cache.identify({ __typename: 'Persona', id: variables.input.personaId }),
        fieldName: 'contentPlans',
      });
    },
  });

  async function createPlan(input: CreateContentPlanInput): Promise<string | null> {
    const { data } = await mutate({ variables: { input } });
    return data?.createContentPlan.id ?? null;
  }

  return { createPlan, loading };
}
