/**
 * Starts several things at once (app processes, a browser) and gives them back in order. If any
 * fails to start, the ones that did start are stopped before the failure is thrown: a test's
 * afterAll cannot stop what its beforeAll never got back, and a started process would outlive
 * the run.
 */
export async function startTogether<T extends readonly unknown[]>(
  starting: { readonly [K in keyof T]: Promise<T[K]> },
  stop: (started: T[number]) => unknown,
): Promise<T> {
  const settled = await Promise.allSettled(starting as readonly Promise<unknown>[]);
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (!failure) return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
  await Promise.all(
    settled.map((result) => (result.status === 'fulfilled' ? Promise.resolve(stop(result.value as T[number])).catch(() => undefined) : undefined)),
  );
  throw failure.reason;
}
