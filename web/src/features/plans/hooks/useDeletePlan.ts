import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const deleteContentPlanMutation = graphql(`
  mutation DeleteContentPlan($id: ID!) {
    deleteContentPlan(id: $id) {
      id
    }
  }
`);

/** Removes the plan from the cache; its items stay with the persona, now without a plan. */
export function useDeletePlan(personaId: string) {
  const [mutate, { loading }] = useMutation(deleteContentPlanMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'ContentPlan', id: data.deleteContentPlan.id }) });
      cache.evict({ id: cache.identify({ __typename: 'Persona', id: personaId }), fieldName: 'contentPlans' });
      // Item lists filtered by this plan no longer match anything.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'contentItems' });
      cache.gc();
    },
  });

  async function deletePlan(id: string) {
    await mutate({ variables: { id } });
  }

  return { deletePlan, loading };
}
