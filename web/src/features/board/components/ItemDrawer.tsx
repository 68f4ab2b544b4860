import { skipToken, useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Drawer, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import type { ContentItemStatus } from '../../../gql/graphql';
import { cardTitle, type BoardCardItem } from './BoardCard';
import { lazyComponent } from '../../../lib/lazy-component';

// The editor (and its date pickers) loads when a card is first opened, not with the board.
const ItemDetails = lazyComponent(() => import('./ItemDetails').then((module) => module.ItemDetails));

const itemDrawerQuery = graphql(`
  query BoardItemDrawer($id: ID!) {
    contentItem(id: $id) {
      id
      title
      ...ItemDetails_item
    }
    platforms {
      platform
      label
      canPublish
      captionMaxCharacters
    }
    generator {
      kind
      label
      textModel
      imageModel
    }
  }
`);

interface ItemDrawerProps {
  itemId: string | null;
  /** Shown as the drawer's title until the item has loaded. */
  fallbackTitle: string;
  onClose: () => void;
  onMove: (item: BoardCardItem, to: ContentItemStatus) => void;
}

/** One item, edited in place (while it can be), its allowed moves and its status timeline, over the board. */
export function ItemDrawer({ itemId, fallbackTitle, onClose, onMove }: ItemDrawerProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  // The timeline may have grown while the drawer was closed; show the cached one, then check.
  const { data, error, refetch } = useQuery(
    itemDrawerQuery,
    itemId ? { variables: { id: itemId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const item = data?.contentItem;

  return (
    <Drawer
      opened={itemId !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'lg'}
      title={item ? cardTitle(item) : fallbackTitle}
      styles={{ title: { fontWeight: 600 } }}
      closeButtonProps={{ 'aria-label': 'Close details' }}
    >
      {error && !item ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load this item" />
      ) : !data ? (
        <PageLoader rows={2} />
      ) : !item ? (
        <Text size="sm" c="dimmed">
          This item no longer exists, or it is not yours.
        </Text>
      ) : (
        <Suspense fallback={<PageLoader />}>
          <ItemDetails item={item} platformOptions={platformOptions(data.platforms)} generator={data.generator} onMove={onMove} />
        </Suspense>
      )}
    </Drawer>
  );
}
