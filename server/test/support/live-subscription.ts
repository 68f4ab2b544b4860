import type { Client } from 'graphql-ws';
import { overSocket, type SocketResult } from './socket-client.js';

// A subscription whose events are awaited one by one, each with a deadline, so realtime tests
// wait on the event itself and never sleep.

export interface Received {
  data: any;
  /** Date.now() when the event reached this process. */
  receivedAt: number;
}

export interface LiveSubscription {
  /** The next event not yet taken; rejects when none arrives within `withinMs`. */
  next(withinMs?: number): Promise<Received>;
  /** Events that arrived and were not taken yet. */
  readonly pending: readonly Received[];
  /** Settles when the server ends the operation: with its errors, or with the socket's close. */
  readonly ended: Promise<{ errors?: SocketResult['errors']; closed?: unknown }>;
  unsubscribe(): void;
}

/** Rejects with `what` unless `promise` settles within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Calls `attempt` until it resolves, for at most `ms`; rethrows its last failure after that. */
export async function eventually<T>(attempt: () => Promise<T>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * Subscribes over `client` and resolves once the server is listening. The server handles a
 * socket's messages in order and registers a subscription without waiting on I/O, while the
 * query sent after it needs a database round trip, so the query's answer arrives only after the
 * subscription is in place.
 */
export async function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<LiveSubscription> {
  const pending: Received[] = [];
  const waiters: Array<(event: Received) => void> = [];
  let settle!: (outcome: { errors?: SocketResult['errors']; closed?: unknown }) => void;
  const ended = new Promise<{ errors?: SocketResult['errors']; closed?: unknown }>((resolve) => (settle = resolve));
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        const event = { data: value.data, receivedAt: Date.now() };
        const waiter = waiters.shift();
        if (waiter) waiter(event);
        else pending.push(event);
        if (value.errors) settle({ errors: value.errors as SocketResult['errors'] });
      },
      error: (error) => settle(Array.isArray(error) ? { errors: error } : { closed: error }),
      complete: () => settle({}),
    },
  );
  const barrier = await Promise.race([overSocket(client, '{ viewer { id } }'), ended]);
  if (!('data' in barrier) || !barrier.data?.viewer) throw new Error(`subscription not established: ${JSON.stringify(barrier)}`);
  return {
    next: (withinMs = 5_000) => {
      const ready = pending.shift();
      if (ready) return Promise.resolve(ready);
      let waiter!: (event: Received) => void;
      const arrival = new Promise<Received>((resolve) => waiters.push((waiter = resolve)));
      return within(arrival, withinMs, `event for ${query.slice(0, 60)}`).catch((error: unknown) => {
        waiters.splice(waiters.indexOf(waiter), 1);
        throw error;
      });
    },
    pending,
    ended,
    unsubscribe,
  };
}
