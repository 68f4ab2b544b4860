import { useCallback, useMemo, useState } from 'react';

/** What a bulk action needs to know about a selected item without reading the cache. */
export interface SelectedItem {
  id: string;
  version: number;
  title: string;
  personaId: string;
  planId: string | null;
}

/**
 * The items picked for a bulk action, in the order they were picked. Items that left the view
 * (filtered out, deleted elsewhere) are dropped by `sync`, so an action never reaches an item
 * the person can no longer see.
 */
export function useItemSelection() {
  const [selected, setSelected] = useState<ReadonlyMap<string, SelectedItem>>(new Map());

  const toggle = useCallback((item: SelectedItem, on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(item.id, item);
      else next.delete(item.id);
      return next;
    });
  }, []);

  const setAll = useCallback((items: readonly SelectedItem[], on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const item of items) {
        if (on) next.set(item.id, item);
        else next.delete(item.id);
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => setSelected(new Map()), []);

  /** Keeps the selected items still shown, as they are now (a live change bumps their version). */
  const sync = useCallback((shown: ReadonlyMap<string, SelectedItem>) => {
    setSelected((current) => {
      const kept = [...current.keys()].flatMap((id) => (shown.has(id) ? [shown.get(id)!] : []));
      const unchanged = kept.length === current.size && kept.every((item) => current.get(item.id)?.version === item.version);
      return unchanged ? current : new Map(kept.map((item) => [item.id, item]));
    });
  }, []);

  const items = useMemo(() => [...selected.values()], [selected]);
  const isSelected = useCallback((id: string) => selected.has(id), [selected]);
  return { items, count: selected.size, isSelected, toggle, setAll, clear, sync };
}

export type ItemSelection = ReturnType<typeof useItemSelection>;
