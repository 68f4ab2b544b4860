import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';
import type { CreateContentItemInput } from '../../gql/graphql';
import { evictItemAggregates } from '../../lib/content-item-cache';

const createContentItemMutation = graphql(`
  mutation CreateContentItem($input: CreateContentItemInput!) {
    createContentItem(input: $input) {
      id
      ...SavedItem_item
    }
  }
`);

export function useCreateContentItem() {
  const [mutate, { loading }] = useMutation(createContentItemMutation, {
    update(cache, _result, { variables }) {
      if (!variables) return;
      const { personaId, planId } = variables.input;
      evictItemAggregates(cache, { personaId, planIds: [planId] });
    },
  });

  async function createItem(input: CreateContentItemInput) {
    await mutate({ variables: { input } });
  }

  return { createItem, loading };
}
