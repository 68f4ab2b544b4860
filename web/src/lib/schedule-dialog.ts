import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const param = 'schedule';
/** Channels to pick when it opens (a retry of a failed one), comma-separated. */
const channelsParam = 'scheduleOn';

/**
 * The "schedule on a channel" dialog is open for the item named in the URL (`?schedule=<id>`):
 * any page (board, editor, calendar) opens it without importing the feature that draws it,
 * and Back closes it. The app layout hosts the dialog.
 */
export function useScheduleDialog() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scheduleItemId = searchParams.get(param);
  const scheduleChannelIds = searchParams.get(channelsParam)?.split(',').filter(Boolean) ?? [];

  /**
   * `replacing` names the search parameter of a dialog this one takes the place of (it closes
   * in the same navigation: two navigations in a row would each start from the same address).
   * `channelIds` are picked when it opens instead of the usual ones.
   */
  const openScheduleDialog = useCallback(
    (itemId: string, { replacing, channelIds }: { replacing?: string; channelIds?: readonly string[] } = {}) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (replacing) next.delete(replacing);
        next.set(param, itemId);
        if (channelIds?.length) next.set(channelsParam, channelIds.join(','));
        else next.delete(channelsParam);
        return next;
      }),
    [setSearchParams],
  );

  const closeScheduleDialog = useCallback(
    () =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.delete(param);
        next.delete(channelsParam);
        return next;
      }),
    [setSearchParams],
  );

  return { scheduleItemId, scheduleChannelIds, openScheduleDialog, closeScheduleDialog };
}
