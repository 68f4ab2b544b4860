import type { ApolloCache, Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { evictItemCounts } from '../../../lib/content-item-cache';
import { boardCardFragment, type BoardCardItem } from '../components/BoardCard';

const boardItemChangedSubscription = graphql(`
  subscription BoardItemChanged($personaId: ID) {
    contentItemChanged(personaId: $personaId) {
      kind
      itemId
      item {
        id
        ...BoardCard_item
      }
    }
  }
`);

const boardStatusChangedSubscription = graphql(`
  subscription BoardStatusChanged($personaId: ID) {
    contentItemStatusChanged(personaId: $personaId) {
      item {
        id
        ...BoardCard_item
        persona {
          id
        }
        plan {
          id
        }
      }
      change {
        id
        ...StatusTimeline_change
      }
    }
  }
`);

// Publishing jobs change state in the background; the open item's drawer lists them, and the
// normalized cache updates them in place from these events.
const boardPostUpdatedSubscription = graphql(`
  subscription BoardPostUpdated($personaId: ID) {
    scheduledPostUpdated(personaId: $personaId) {
      id
      state
      runAt
      publishedAt
      permalink
      lastError
    }
  }
`);

/** Adds a recorded change to the item's timeline, if the timeline is loaded and lacks it. */
function appendToTimeline(cache: ApolloCache, itemId: string, changeId: string) {
  cache.modify<{ statusHistory: Reference[] }>({
    id: cache.identify({ __typename: 'ContentItem', id: itemId }),
    fields: {
      statusHistory(existing, { readField, toReference }) {
        const change = toReference({ __typename: 'StatusChange', id: changeId });
        const known = existing.some((entry) => readField('id', entry) === changeId);
        return known || !change ? existing : [...existing, change];
      },
    },
  });
}

interface BoardLiveUpdatesOptions {
  /** One persona's items, or null for all of the viewer's. */
  personaId: string | null;
  /** Whether the loaded lists account for the item as it is now: they hold it, or it is outside the board's filters. */
  listsCover: (item: BoardCardItem) => boolean;
  /** Fetch the board's lists again (called debounced, after bursts of events). */
  refreshLists: () => void;
}

/**
 * Keeps the board current with changes made elsewhere. Events carry the item, which the
 * normalized cache merges, so an edited or moved card updates in place (and changes column
 * by its status). A card the lists do not hold yet, or one that is gone, needs the lists
 * themselves fetched again.
 */
export function useBoardLiveUpdates({ personaId, listsCover, refreshLists }: BoardLiveUpdatesOptions) {
  const refreshSoon = useDebouncedCallback(refreshLists, 300);

  useSubscription(boardItemChangedSubscription, {
    variables: { personaId },
    onData: ({ client, data }) => {
      const event = data.data?.contentItemChanged;
      if (!event) return;
      if (event.kind === 'DELETED') {
        client.cache.evict({ id: client.cache.identify({ __typename: 'ContentItem', id: event.itemId }) });
        client.cache.gc();
      }
      const item = getFragmentData(boardCardFragment, event.item);
      if (event.kind !== 'UPDATED' || !item || !listsCover(item)) refreshSoon();
    },
  });

  useSubscription(boardPostUpdatedSubscription, { variables: { personaId } });

  useSubscription(boardStatusChangedSubscription, {
    variables: { personaId },
    onData: ({ client, data }) => {
      const event = data.data?.contentItemStatusChanged;
      if (!event) return;
      appendToTimeline(client.cache, event.item.id, event.change.id);
      evictItemCounts(client.cache, { personaId: event.item.persona.id, planIds: [event.item.plan?.id] });
    },
  });
}
