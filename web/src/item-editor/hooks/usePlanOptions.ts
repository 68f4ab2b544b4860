import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

// Plans are looked up for one persona at a time: nesting them under the persona list would
// multiply the query cost by personas × plans and exceed the server's cost limit.
const personaPlanOptionsQuery = graphql(`
  query PersonaPlanOptions($personaId: ID!) {
    persona(id: $personaId) {
      id
      contentPlans(first: 100) {
        id
        title
      }
    }
  }
`);

/** Select options for the plans of `personaId`; empty while none is chosen or still loading. */
export function usePlanOptions(personaId: string | null) {
  const { data, loading } = useQuery(personaPlanOptionsQuery, {
    variables: { personaId: personaId ?? '' },
    skip: !personaId,
  });
  const plans = data?.persona?.contentPlans ?? [];
  return { options: plans.map((plan) => ({ value: plan.id, label: plan.title })), loading };
}
