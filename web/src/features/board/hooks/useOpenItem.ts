import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The item whose drawer is open, kept in the URL (`?item=`) so it can be linked to and Back closes it. */
export function useOpenItem() {
  const [searchParams, setSearchParams] = useSearchParams();
  const openItemId = searchParams.get('item');

  const openItem = useCallback(
    (itemId: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('item', itemId);
        return next;
      }),
    [setSearchParams],
  );

  const closeItem = useCallback(
    () =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('item');
        return next;
      }),
    [setSearchParams],
  );

  return { openItemId, openItem, closeItem };
}
