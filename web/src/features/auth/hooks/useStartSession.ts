import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { SessionViewerDocument, type SessionViewerQuery } from '../../../gql/graphql';
import { setToken } from '../../../lib/auth-token';

interface SessionPayload {
  token: string;
  viewer: NonNullable<SessionViewerQuery['viewer']>;
}

/**
 * Stores the new token, drops everything cached for the previous user, and seeds the
 * session query with the viewer the mutation returned so the app opens without a round trip.
 */
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    async ({ token, viewer }: SessionPayload) => {
      setToken(token);
      await client.clearStore();
      client.writeQuery({ query: SessionViewerDocument, data: { __typename: 'Query', viewer } });
    },
    [client],
  );
}
