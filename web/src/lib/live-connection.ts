import { useSyncExternalStore } from 'react';

/**
 * The state of the WebSocket that carries live updates:
 * - `idle`: no page listens, so the lazy client keeps no socket open;
 * - `connecting`: the first connection is being made;
 * - `live`: connected and acknowledged;
 * - `reconnecting`: the connection dropped (e.g. the server restarted) and the client retries;
 * - `offline`: the server refused the connection for good (e.g. an invalid session).
 */
export type LiveConnectionState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'offline';

// Close codes graphql-ws never retries (its `retryAttempts` documentation lists them).
const fatalCloseCodes = new Set([4004, 4005, 4400, 4401, 4406, 4409, 4429, 4500]);
// The lazy client closes an unused socket with 1000, and `terminate()` (a new sign-in) uses
// 4499; either way a retry, if any page still listens, reports itself through `connecting`.
const quietClosures = new Set([1000, 4499]);

let state: LiveConnectionState = 'idle';
const listeners = new Set<() => void>();

function setState(next: LiveConnectionState): void {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

/** Listeners for graphql-ws's `on` option, which feed the state above. */
export const liveConnectionEvents = {
  connecting: (isRetry: boolean) => setState(isRetry ? 'reconnecting' : 'connecting'),
  connected: () => setState('live'),
  closed: (event: unknown) => {
    const code = (event as { code?: number } | null)?.code;
    if (code !== undefined && quietClosures.has(code)) setState('idle');
    else if (code !== undefined && fatalCloseCodes.has(code)) setState('offline');
    else setState('reconnecting');
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveConnectionState(): LiveConnectionState {
  return useSyncExternalStore(subscribe, () => state);
}
