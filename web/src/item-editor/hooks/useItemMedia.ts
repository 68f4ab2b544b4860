import { useFragment, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql';
import type { ContentFormat } from '../../gql/graphql';

export const itemMediaFragment = graphql(`
  fragment ItemMedia_item on ContentItem {
    id
    platform
    format
    mediaProblems
    persona {
      id
    }
    media {
      position
      altText
      asset {
        id
        kind
        url
        posterUrl
        durationSeconds
        processing
        processingProgress
        width
        height
      }
    }
    cover {
      id
      url
    }
  }
`);

const saveItemMediaMutation = graphql(`
  mutation SaveItemMedia($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      version
      updatedAt
      ...ItemMedia_item
      ...ItemGeneration_item
    }
  }
`);

export interface MediaEntryInput {
  assetId: string;
  altText: string;
}

export interface MediaChange {
  format?: ContentFormat;
  media?: MediaEntryInput[];
  coverAssetId?: string | null;
}

/** The item's format and media, live from the cache, and a version-checked save of a change to them. */
export function useItemMedia(itemId: string) {
  const live = useFragment({ fragment: itemMediaFragment, from: { __typename: 'ContentItem', id: itemId } });
  const [mutate, { loading }] = useMutation(saveItemMediaMutation, {
    update(cache) {
      // Library cards list the items using each asset.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'assets' });
      cache.gc();
    },
  });

  async function save(change: MediaChange, expectedVersion: number) {
    const { data } = await mutate({ variables: { id: itemId, input: { expectedVersion, ...change } } });
    return data ? { version: data.updateContentItem.version } : null;
  }

  return { item: live.complete ? live.data : null, save, saving: loading };
}
