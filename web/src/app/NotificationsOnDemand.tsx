import { lazy, Suspense } from 'react';
import { loadNotifications, useNotificationsStarted } from '../lib/notifications';

const Notifications = lazy(() => loadNotifications().then((module) => ({ default: module.Notifications })));

/** Mounts the notifications' container with the app's first message (lib/notifications.ts). */
export function NotificationsOnDemand() {
  if (!useNotificationsStarted()) return null;
  return (
    <Suspense>
      <Notifications position="top-right" />
    </Suspense>
  );
}
