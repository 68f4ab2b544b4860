import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The search parameter that opens the item editor: an item's id, or `new`. */
export const editParam = 'edit';
export const newItemKey = 'new';

/**
 * The item the editor dialog shows, kept in the URL (`?edit=<itemId>`, `?edit=new`) like the
 * board's drawer: it can be linked to and reloaded, Back closes it, and closing it with unsaved
 * changes is a navigation the unsaved-changes guard asks about.
 */
export function useEditedItem() {
  const [searchParams, setSearchParams] = useSearchParams();
  const edited = searchParams.get(editParam);

  const openEditor = useCallback(
    (itemId: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(editParam, itemId);
        return next;
      }),
    [setSearchParams],
  );

  const closeEditor = useCallback(
    () =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.delete(editParam);
        return next;
      }),
    [setSearchParams],
  );

  return { edited, openEditor, closeEditor };
}
