import { useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { LiveFeedEvent } from '../components/LiveFeed';

const dashboardStatusChangedSubscription = graphql(`
  subscription DashboardStatusChanged {
    contentItemStatusChanged {
      change {
        id
      }
      ...LiveFeed_event
    }
  }
`);

const dashboardItemChangedSubscription = graphql(`
  subscription DashboardItemChanged {
    contentItemChanged {
      kind
      itemId
    }
  }
`);

/** The feed keeps what arrived since the page opened, up to this many lines. */
const feedLength = 50;

/**
 * Listens to every persona of the viewer: each status change becomes a feed line, and any
 * change that alters counts, the upcoming list or the failures asks for fresh figures (once
 * per burst of events).
 */
export function useDashboardLive(refresh: () => void) {
  const [feed, setFeed] = useState<Array<{ key: string; event: LiveFeedEvent }>>([]);
  const refreshSoon = useDebouncedCallback(refresh, 500);

  useSubscription(dashboardStatusChangedSubscription, {
    onData: ({ data }) => {
      const event = data.data?.contentItemStatusChanged;
      if (!event) return;
      setFeed((current) =>
        current.some((line) => line.key === event.change.id)
          ? current
          : [{ key: event.change.id, event }, ...current].slice(0, feedLength),
      );
      refreshSoon();
    },
  });

  useSubscription(dashboardItemChangedSubscription, {
    onData: ({ data }) => {
      const kind = data.data?.contentItemChanged.kind;
      // Status moves arrive above; creations and deletions change the counts too.
      if (kind === 'CREATED' || kind === 'DELETED') refreshSoon();
    },
  });

  return { feed };
}
