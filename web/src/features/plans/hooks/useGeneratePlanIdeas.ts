import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { prependRunToPersona } from './generation-run-cache';

const generatePlanIdeasMutation = graphql(`
  mutation GeneratePlanIdeas($planId: ID!) {
    generatePlanIdeas(planId: $planId) {
      id
      ...PlanGenerationRun_run
    }
  }
`);

/** Queues the plan's idea generation; the run's progress then arrives over the subscription. */
export function useGeneratePlanIdeas(personaId: string) {
  const [mutate, { loading }] = useMutation(generatePlanIdeasMutation, {
    update(cache, { data }) {
      if (data) prependRunToPersona(cache, personaId, data.generatePlanIdeas.id);
    },
  });

  async function generatePlanIdeas(planId: string): Promise<string | null> {
    const { data } = await mutate({ variables: { planId } });
    return data?.generatePlanIdeas.id ?? null;
  }

  return { generatePlanIdeas, loading };
}
