import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { RecommendationsPanel } from '../../../components/ui/RecommendationsPanel';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { recommendationsFragment } from '../../../lib/recommendations-fragment';

const planRecommendationsFragment = graphql(`
  fragment PlanRecommendations_persona on Persona {
    id
    timeZone
    recommendations {
      ...Recommendations_fields
    }
  }
`);

/** What the persona's history says works: the same findings the generator follows for this plan. */
export function PlanRecommendations(props: { persona: FragmentType<typeof planRecommendationsFragment> }) {
  const persona = getFragmentData(planRecommendationsFragment, props.persona);
  return (
    <RecommendationsPanel
      recommendations={getFragmentData(recommendationsFragment, persona.recommendations)}
      timeZone={persona.timeZone}
      footer={
        <Anchor component={Link} to={`/personas/${persona.id}/analytics`} size="sm">
          See the persona’s analytics
        </Anchor>
      }
    />
  );
}
