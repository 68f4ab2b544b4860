import { AsyncLocalStorage } from 'node:async_hooks';

/** The request an async call chain belongs to, so error formatting can name it without threading it through. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string {
  return requestScope.getStore()?.requestId ?? 'unknown';
}
