import { RecommendationsPanel } from '../../../components/ui/RecommendationsPanel';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';

const analyticsRecommendationsFragment = graphql(`
  fragment AnalyticsRecommendations_persona on Persona {
    timeZone
    recommendations {
      basedOnPosts
      historyDays
      confidence
      summary
      simulated
      slots {
        weekday
        hour
        engagementRate
        posts
        explanation
      }
      insights {
        kind
        label
        lift
        posts
        explanation
      }
    }
  }
`);

export function AnalyticsRecommendations(props: { persona: FragmentType<typeof analyticsRecommendationsFragment> }) {
  const persona = getFragmentData(analyticsRecommendationsFragment, props.persona);
  return <RecommendationsPanel recommendations={persona.recommendations} timeZone={persona.timeZone} />;
}
