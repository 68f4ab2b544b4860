import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const param = 'schedule';

/**
 * The "schedule on a channel" dialog is open for the item named in the URL (`?schedule=<id>`):
 * any page (board, editor, calendar) opens it without importing the feature that draws it,
 * and Back closes it. The app layout hosts the dialog.
 */
export function useScheduleDialog() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scheduleItemId = searchParams.get(param);

  /**
   * `replacing` names the search parameter of a dialog this one takes the place of (it closes
   * in the same navigation: two navigations in a row would each start from the same address).
   */
  const openScheduleDialog = useCallback(
    (itemId: string, { replacing }: { replacing?: string } = {}) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (replacing) next.delete(replacing);
        next.set(param, itemId);
        return next;
      }),
    [setSearchParams],
  );

  const closeScheduleDialog = useCallback(
    () =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.delete(param);
        return next;
      }),
    [setSearchParams],
  );

  return { scheduleItemId, openScheduleDialog, closeScheduleDialog };
}
