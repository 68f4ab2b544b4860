import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { createCache } from './apollo-cache';
import { authorizationHeader, clearToken, getToken, onTokenChange } from './auth-token';
import { graphqlHttpPath, graphqlWebSocketUrl } from './endpoints';

export interface ApolloClientOptions {
  /** Called when the server rejects the stored session, after the token is cleared. */
  onSessionExpired: () => void;
}

function createWebSocketLink(): GraphQLWsLink {
  const wsClient = createClient({
    url: graphqlWebSocketUrl(),
    lazy: true,
    retryAttempts: 5,
    // Read on every (re)connect so a new sign-in is used without reloading the page.
    connectionParams: () => {
      const authorization = authorizationHeader();
      return authorization ? { authorization } : {};
    },
  });
  // An open socket keeps the identity it was opened with; drop it so the next one re-authenticates.
  onTokenChange(() => wsClient.terminate());
  return new GraphQLWsLink(wsClient);
}

function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

export function createApolloClient({ onSessionExpired }: ApolloClientOptions): ApolloClient {
  const authLink = new SetContextLink(({ headers }) => {
    const authorization = authorizationHeader();
    return { headers: authorization ? { ...headers, authorization } : headers };
  });

  // Only a stored token can expire; without one (e.g. a failed sign-in) the error is the form's.
  const sessionExpiryLink = new ErrorLink(({ error }) => {
    if (getToken() !== null && isUnauthenticated(error)) {
      clearToken();
      onSessionExpired();
    }
  });

  const httpLink = new HttpLink({ uri: graphqlHttpPath });
  const transport = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    createWebSocketLink(),
    ApolloLink.from([authLink, httpLink]),
  );

  return new ApolloClient({
    link: ApolloLink.from([sessionExpiryLink, transport]),
    cache: createCache(),
  });
}
