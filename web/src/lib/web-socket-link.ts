import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { authorizationHeader, onTokenChange } from './auth-token';
import { graphqlWebSocketUrl } from './endpoints';
import { liveConnectionEvents } from './live-connection';
import { whenServerIsBack } from './server-health';

// Live pages must survive a server restart or a network blip without a reload: retry for as
// long as a page listens, backing off to at most 15 s (plus jitter, so clients do not reconnect
// in lockstep). A long wait is cut short as soon as the server answers again (probed every
// second while it does not), so the connection is back within moments of the server.
const maxRetryDelayMs = 15_000;
const maxJitterMs = 1_000;

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer));
  });

async function waitBeforeRetry(retries: number): Promise<void> {
  const waiting = new AbortController();
  const backoff = Math.min(1000 * 2 ** retries, maxRetryDelayMs) + Math.random() * maxJitterMs;
  const serverBack = whenServerIsBack(waiting.signal).then(() => delay((Math.random() * maxJitterMs) / 2, waiting.signal));
  try {
    await Promise.race([delay(backoff, waiting.signal), serverBack]);
  } finally {
    waiting.abort();
  }
}

function createWebSocketClient(): WsClient {
  const wsClient = createClient({
    url: graphqlWebSocketUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: waitBeforeRetry,
    // A server that is down refuses the socket, which browsers report as an error event, not a
    // close event, and graphql-ws gives up on those by default. Close codes it deems fatal
    // (bad request, unauthorized, …) still end the retries.
    shouldRetry: () => true,
    on: liveConnectionEvents,
    // Read on every (re)connect so a new sign-in is used without reloading the page.
    connectionParams: () => {
      const authorization = authorizationHeader();
      return authorization ? { authorization } : {};
    },
  });
  // An open socket keeps the identity it was opened with; drop it so the next one re-authenticates.
  onTokenChange(() => wsClient.terminate());
  return wsClient;
}

/** The link subscriptions travel by; `onReconnected` runs when the socket is back after a drop. */
export function createWebSocketLink(onReconnected: () => void): ApolloLink {
  const wsClient = createWebSocketClient();
  wsClient.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) onReconnected();
  });
  return new GraphQLWsLink(wsClient);
}
