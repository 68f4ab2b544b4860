import { useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { graphql } from '../../../gql/gql';

const analyticsUpdatedSubscription = graphql(`
  subscription PersonaAnalyticsUpdated($personaId: ID!) {
    analyticsUpdated(personaId: $personaId) {
      personaId
      itemId
      capturedAt
    }
  }
`);

/**
 * Asks for fresh figures when new ones are collected for the persona, once per burst (a sweep
 * stores many snapshots at once). After a dropped connection the Apollo client refetches
 * active queries itself, covering events sent while the socket was down.
 */
export function useAnalyticsLive(personaId: string, refresh: () => void) {
  const refreshSoon = useDebouncedCallback(refresh, 400);
  useSubscription(analyticsUpdatedSubscription, {
    variables: { personaId },
    onData: () => refreshSoon(),
  });
}
