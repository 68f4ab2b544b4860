import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql/gql';

const restoreMutation = graphql(`
  mutation RestoreFromTrash($ids: [ID!]!) {
    restoreFromTrash(ids: $ids)
  }
`);

/**
 * Brings deleted items, plans or assets back. What comes back can belong in any list, count or
 * column on screen, so every active query asks the server again.
 */
export function useRestoreFromTrash() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(restoreMutation);

  async function restore(ids: readonly string[]): Promise<string[]> {
    const { data } = await mutate({ variables: { ids: [...ids] } });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'trash' });
    await client.refetchQueries({ include: 'active' });
    return data?.restoreFromTrash ?? [];
  }

  return { restore, loading };
}
