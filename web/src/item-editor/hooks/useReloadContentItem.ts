import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../../gql/gql';

const reloadContentItemQuery = graphql(`
  query ReloadContentItem($id: ID!) {
    contentItem(id: $id) {
      id
      ...SavedItem_item
      ...ContentItemForm_item
      ...ItemGeneration_item
      ...ItemMedia_item
    }
  }
`);

/**
 * Fetches the stored version of an item after an edit was refused as stale. The normalized
 * cache takes the new fields, so the list row updates too; the caller gets the item (or null
 * when it was deleted meanwhile) to reset its form with.
 */
export function useReloadContentItem() {
  const client = useApolloClient();
  const [reloading, setReloading] = useState(false);

  const reload = useCallback(
    async (id: string) => {
      setReloading(true);
      try {
        const { data } = await client.query({ query: reloadContentItemQuery, variables: { id }, fetchPolicy: 'network-only' });
        return data?.contentItem ?? null;
      } finally {
        setReloading(false);
      }
    },
    [client],
  );

  return { reload, reloading };
}
