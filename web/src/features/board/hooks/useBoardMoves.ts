import { notifications } from '../../../lib/notifications';
import { useCallback, useState } from 'react';
import type { ContentItemStatus, Platform } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import {
  findStatusRefusal,
  isStaleVersion,
  lockOnlyRefusal,
  type LockCheck,
  staleVersionMessage,
  statusRefusalDetails,
  statusRefusalTitle,
} from '../../../lib/lifecycle-errors';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { cardTitle, type BoardCardItem } from '../components/BoardCard';
import { useMoveContentItem } from './useMoveContentItem';
import { useScheduleContentItem } from './useScheduleContentItem';

/** A move the identity lock refused, waiting for the person's reason to make it anyway. */
export interface LockOverride {
  item: BoardCardItem;
  to: ContentItemStatus;
  /** What the lock flagged: the caption's voice, the image's likeness, or both. */
  checks: LockCheck[];
  details: string;
}

const hasFutureTime = (scheduledAt: string | null | undefined) =>
  scheduledAt != null && new Date(scheduledAt).getTime() > Date.now();

function notifyRefused(item: BoardCardItem, error: unknown, onStale: () => void) {
  const title = cardTitle(item);
  const refusal = findStatusRefusal(error);
  if (refusal) {
    notifications.show({
      color: 'red',
      title: statusRefusalTitle(refusal),
      message: `“${title}”: ${statusRefusalDetails(refusal)}`,
      autoClose: 10_000,
    });
  } else if (isStaleVersion(error)) {
    notifications.show({ color: 'orange', title: `“${title}” changed`, message: `${staleVersionMessage} Reloading the board.` });
    onStale();
  } else {
    notifications.show({ color: 'red', title: `Could not move “${title}”`, message: describeError(error).message });
  }
}

/**
 * Every status move of the board, by drag or by button. A move to SCHEDULED of an item that
 * publishes through a channel (any platform the server publishes to) opens the schedule dialog instead, and the
 * card stays until a post is scheduled; for other platforms a move to SCHEDULED without a
 * future time first asks for one. A refused move explains itself in a notification.
 */
export function useBoardMoves({ onStale, channelPlatforms }: { onStale: () => void; /** Where items go out through a channel (from Query.platforms). */ channelPlatforms: ReadonlySet<Platform> }) {
  const { moveItem } = useMoveContentItem();
  const { scheduleItem } = useScheduleContentItem();
  const { openScheduleDialog } = useScheduleDialog();
  const [scheduling, setScheduling] = useState<BoardCardItem | null>(null);
  const [overriding, setOverriding] = useState<LockOverride | null>(null);

  // A move only the identity lock refused asks for a reason to go on anyway; others explain themselves.
  const refused = useCallback(
    (item: BoardCardItem, to: ContentItemStatus, error: unknown) => {
      const refusal = findStatusRefusal(error);
      const checks = refusal && lockOnlyRefusal(refusal);
      if (refusal && checks) setOverriding({ item, to, checks, details: statusRefusalDetails(refusal) });
      else notifyRefused(item, error, onStale);
    },
    [onStale],
  );

  const requestMove = useCallback(
    (item: BoardCardItem, to: ContentItemStatus) => {
      if (to === 'SCHEDULED' && channelPlatforms.has(item.platform)) {
        openScheduleDialog(item.id);
        return;
      }
      if (to === 'SCHEDULED' && !hasFutureTime(item.scheduledAt)) {
        setScheduling(item);
        return;
      }
      moveItem(item, to).catch((error: unknown) => refused(item, to, error));
    },
    [moveItem, refused, openScheduleDialog, channelPlatforms],
  );

  const confirmOverride = useCallback(
    (reason: string) => {
      if (!overriding) return;
      setOverriding(null);
      moveItem(overriding.item, overriding.to, reason).catch((error: unknown) => notifyRefused(overriding.item, error, onStale));
    },
    [overriding, moveItem, onStale],
  );
  const cancelOverride = useCallback(() => setOverriding(null), []);

  const confirmSchedule = useCallback(
    (scheduledAt: string) => {
      if (!scheduling) return;
      setScheduling(null);
      scheduleItem(scheduling, scheduledAt).catch((error: unknown) => notifyRefused(scheduling, error, onStale));
    },
    [scheduling, scheduleItem, onStale],
  );

  const cancelSchedule = useCallback(() => setScheduling(null), []);

  return { requestMove, scheduling, confirmSchedule, cancelSchedule, overriding, confirmOverride, cancelOverride };
}
