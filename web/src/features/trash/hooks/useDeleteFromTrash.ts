import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const deleteFromTrashMutation = graphql(`
  mutation DeleteFromTrash($ids: [ID!]!) {
    deleteFromTrash(ids: $ids)
  }
`);

/** Removes things in the Trash for good; the Trash list is read again. */
export function useDeleteFromTrash() {
  const [mutate, { loading }] = useMutation(deleteFromTrashMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'trash' });
      cache.gc();
    },
  });
  return {
    deleteForever: async (ids: readonly string[]) => (await mutate({ variables: { ids: [...ids] } })).data?.deleteFromTrash ?? 0,
    loading,
  };
}
