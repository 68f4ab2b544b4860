import { graphql } from '../gql/gql';

/** What RecommendationsPanel shows, selected the same way wherever it appears (analytics, plans). */
export const recommendationsFragment = graphql(`
  fragment Recommendations_fields on Recommendations {
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
`);
