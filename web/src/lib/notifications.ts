import type { NotificationData } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import { loadCode } from './code-loading';

/**
 * The app's messages, with Mantine's `notifications` API. Mantine's package (its store, container,
 * transitions and the components they use) loads with the first message instead of with every
 * page: the first screen shows none. `show` still returns the message's id at once, and the calls
 * reach Mantine in the order they were made.
 */

type Mantine = typeof import('@mantine/notifications');

let mantine: Promise<Mantine> | undefined;
let sequence = 0;
const listeners = new Set<() => void>();

/** Mantine's package, loading on first use (while the server is down, the message waits for it). */
export function loadNotifications(): Promise<Mantine> {
  if (!mantine) {
    mantine = loadCode(() => import('@mantine/notifications'));
    listeners.forEach((listener) => listener());
  }
  return mantine;
}

export const notifications = {
  show(data: NotificationData): string {
    sequence += 1;
    const id = data.id ?? `doppelcart-notification-${sequence}`;
    void loadNotifications().then((module) => module.notifications.show({ ...data, id }));
    return id;
  },
  hide(id: string): void {
    void loadNotifications().then((module) => module.notifications.hide(id));
  },
};

/** Whether a message was ever shown: the app mounts the container from then on. */
export function useNotificationsStarted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => mantine !== undefined,
  );
}
