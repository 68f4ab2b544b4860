/**
 * Turns pushed values into an async iterator for a GraphQL subscription. Values wait in a
 * bounded buffer while the client is slow; past the bound the oldest are dropped (a board
 * then catches up from the next event or its own refetch) instead of growing without end.
 */
export function eventStream<Value>(
  register: (push: (value: Value) => void) => () => void,
  maxBuffer = 1000,
): AsyncIterableIterator<Value> {
  const buffer: Value[] = [];
  let waiting: ((result: IteratorResult<Value>) => void) | null = null;
  let done = false;
  const unregister = register((value) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
      return;
    }
    buffer.push(value);
    if (buffer.length > maxBuffer) buffer.shift();
  });
  const finish = (): Promise<IteratorResult<Value>> => {
    if (!done) {
      done = true;
      unregister();
      buffer.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (buffer.length) return Promise.resolve({ value: buffer.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Wraps a generator that consumes `events` so that ending it ends `events` first. A generator
 * waiting for its next event cannot be returned until one arrives, which for a quiet persona
 * may be never: its listener would stay registered and the socket's operation count taken.
 */
export function endingWith<Value>(
  iterator: AsyncGenerator<Value>,
  events: AsyncIterableIterator<unknown>,
): AsyncIterableIterator<Value> {
  return {
    next: () => iterator.next(),
    return: async () => {
      await events.return?.();
      return iterator.return(undefined);
    },
    throw: async (error: unknown) => {
      await events.return?.();
      return iterator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
