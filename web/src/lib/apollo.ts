import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import { createCache } from './apollo-cache';
import { authorizationHeader, clearToken, getToken } from './auth-token';
import { loadCode } from './code-loading';
import { graphqlHttpPath } from './endpoints';

export interface ApolloClientOptions {
  /** Called when the server rejects the stored session, after the token is cleared. */
  onSessionExpired: () => void;
}

/** The sha256 codegen gave a document (its `__meta__`, see codegen.ts): the server's manifest key. */
function trustedHash(document: object): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/**
 * The app's documents travel as their hash (the APQ wire format), over HTTP and the socket: the
 * server runs its manifest's text for it, so requests are small and the server can be set to run
 * nothing else. A server that does not know a hash (another deploy) gets the text on a retry.
 * A document without a hash is sent as text.
 */
function createTrustedDocumentLink(): ApolloLink {
  return ApolloLink.split(
    ({ query }) => trustedHash(query) !== undefined,
    new PersistedQueryLink({ generateHash: (document) => trustedHash(document)! }),
  );
}

/**
 * The socket (graphql-ws and its link, web-socket-link.ts) loads with the first subscription:
 * pages before sign-in never subscribe, so the first screen does not carry it.
 */
function lazySocketLink(onReconnected: () => void): ApolloLink {
  let socketLink: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | undefined;
        let closed = false;
        socketLink ??= loadCode(() => import('./web-socket-link')).then((module) => module.createWebSocketLink(onReconnected));
        socketLink.then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
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
  // Events sent while the socket was down are gone; the screens catch up by asking again.
  const refetchActive = () => void client.refetchQueries({ include: 'active' });
  const transport = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    lazySocketLink(refetchActive),
    ApolloLink.from([authLink, httpLink]),
  );

  const client = new ApolloClient({
    link: ApolloLink.from([sessionExpiryLink, createTrustedDocumentLink(), transport]),
    cache: createCache(),
  });
  return client;
}
