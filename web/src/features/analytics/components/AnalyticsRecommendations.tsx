import { RecommendationsPanel } from '../../../components/ui/RecommendationsPanel';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { recommendationsFragment } from '../../../lib/recommendations-fragment';

const analyticsRecommendationsFragment = graphql(`
  fragment AnalyticsRecommendations_persona on Persona {
    timeZone
    recommendations {
      ...Recommendations_fields
    }
  }
`);

export function AnalyticsRecommendations(props: { persona: FragmentType<typeof analyticsRecommendationsFragment> }) {
  const persona = getFragmentData(analyticsRecommendationsFragment, props.persona);
  return <RecommendationsPanel recommendations={getFragmentData(recommendationsFragment, persona.recommendations)} timeZone={persona.timeZone} />;
}
