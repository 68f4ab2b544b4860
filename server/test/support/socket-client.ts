import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface SocketResult {
  data?: any;
  /** GraphQL errors, from a `next` result or from an `error` message. */
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A graphql-ws client on the server's /graphql socket, authenticated with `token` when given. */
export function socketClient(baseUrl: string, token?: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Runs one operation over the socket and settles with its result or its errors. */
export function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<SocketResult> {
  return new Promise((resolve, reject) => {
    let result: SocketResult = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as SocketResult;
        },
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error });
          else reject(error);
        },
        complete: () => resolve(result),
      },
    );
  });
}
