import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

const setItemAssetMutation = graphql(`
  mutation SetItemAsset($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      version
      updatedAt
      ...ItemGeneration_item
      ...ItemMedia_item
    }
  }
`);

/**
 * Attaches one of the persona's images to the item, or detaches it (null), as a version-checked
 * edit. The library's "used by" lists change with it, so they load afresh when next shown.
 */
export function useSetItemAsset() {
  const [mutate, { loading }] = useMutation(setItemAssetMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'assets' });
      cache.gc();
    },
  });

  async function setItemAsset(itemId: string, expectedVersion: number, assetId: string | null) {
    const { data } = await mutate({ variables: { id: itemId, input: { expectedVersion, assetId } } });
    return data ? { version: data.updateContentItem.version } : null;
  }

  return { setItemAsset, loading };
}
