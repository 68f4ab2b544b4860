import { useSubscription } from '@apollo/client/react';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { planGenerationRunFragment } from '../components/GenerationRunStatus';
import { evictAfterIdeasCreated, prependRunToPersona } from './generation-run-cache';

const planGenerationRunUpdatedSubscription = graphql(`
  subscription PlanGenerationRunUpdated($personaId: ID!) {
    generationRunUpdated(personaId: $personaId) {
      id
      ...PlanGenerationRun_run
    }
  }
`);

interface PlanGenerationUpdatesOptions {
  personaId: string;
  planId: string;
  /** A run of this plan succeeded: its ideas exist now. */
  onIdeasCreated: (runId: string) => void;
}

/**
 * Follows the persona's runs as they progress, also those started in another tab. Each event
 * carries the run, which the normalized cache merges (its type policy keeps runs moving
 * forward only); a run not seen before joins the persona's run lists.
 */
export function usePlanGenerationUpdates({ personaId, planId, onIdeasCreated }: PlanGenerationUpdatesOptions) {
  useSubscription(planGenerationRunUpdatedSubscription, {
    variables: { personaId },
    onData: ({ client, data }) => {
      const event = data.data?.generationRunUpdated;
      if (!event) return;
      prependRunToPersona(client.cache, personaId, event.id);
      const run = getFragmentData(planGenerationRunFragment, event);
      if (run.state !== 'SUCCEEDED' || run.kind !== 'PLAN_IDEAS') return;
      evictAfterIdeasCreated(client.cache, personaId);
      if (run.plan?.id === planId) onIdeasCreated(run.id);
    },
  });
}
