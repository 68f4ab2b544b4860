import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

const captionHistoryQuery = graphql(`
  query CaptionHistory($itemId: ID!) {
    contentItem(id: $itemId) {
      id
      captionHistory(first: 5) {
        id
        caption
        replacedAt
        replacedBy {
          kind
          name
        }
      }
    }
  }
`);

/** The item's latest earlier captions, newest first; read when its editor opens, and afresh after a save. */
export function useCaptionHistory(itemId: string) {
  const { data } = useQuery(captionHistoryQuery, { variables: { itemId }, fetchPolicy: 'cache-and-network' });
  return data?.contentItem?.captionHistory ?? [];
}
