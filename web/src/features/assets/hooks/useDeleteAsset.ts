import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const deleteAssetMutation = graphql(`
  mutation DeleteAsset($id: ID!) {
    deleteAsset(id: $id) {
      id
    }
  }
`);

/**
 * Removes the asset from the cache: lists drop it, and items that showed it read as having no
 * image (the cache's ContentItem.asset policy), as the server detached it from them.
 */
export function useDeleteAsset() {
  const [mutate, { loading }] = useMutation(deleteAssetMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Asset', id: data.deleteAsset.id }) });
      cache.gc();
    },
  });

  async function deleteAsset(id: string) {
    await mutate({ variables: { id } });
  }

  return { deleteAsset, loading };
}
