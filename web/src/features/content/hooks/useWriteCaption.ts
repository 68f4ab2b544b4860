import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

// The answer is the saved item: its row, its form and its generation details refresh from it.
const writeCaptionMutation = graphql(`
  mutation WriteCaption($itemId: ID!, $expectedVersion: Int!) {
    writeCaption(itemId: $itemId, expectedVersion: $expectedVersion) {
      id
      version
      caption
      updatedAt
      ...ContentItemRow_item
      ...ContentItemForm_item
      ...ItemGeneration_item
    }
  }
`);

/** Drafts or rewrites the caption in the persona's voice; the server saves it like an edit. */
export function useWriteCaption() {
  const [mutate, { loading }] = useMutation(writeCaptionMutation);

  async function writeCaption(itemId: string, expectedVersion: number) {
    const { data } = await mutate({ variables: { itemId, expectedVersion } });
    return data ? { version: data.writeCaption.version, caption: data.writeCaption.caption } : null;
  }

  return { writeCaption, loading };
}
