import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';

const generateImageMutation = graphql(`
  mutation GenerateImage($itemId: ID!, $expectedVersion: Int!) {
    generateImage(itemId: $itemId, expectedVersion: $expectedVersion) {
      id
      version
      updatedAt
      ...ContentItemForm_item
      ...ItemGeneration_item
      ...ItemMedia_item
    }
  }
`);

/** Makes an image from the item's image prompt and attaches it; the asset library gains it too. */
export function useGenerateImage() {
  const [mutate, { loading }] = useMutation(generateImageMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'assets' });
      cache.gc();
    },
  });

  async function generateImage(itemId: string, expectedVersion: number) {
    const { data } = await mutate({ variables: { itemId, expectedVersion } });
    return data ? { version: data.generateImage.version } : null;
  }

  return { generateImage, loading };
}
