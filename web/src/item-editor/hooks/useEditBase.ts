import { useEffect, useState } from 'react';
import type { ContentItemStatus } from '../../gql/graphql';

/** The stored state an edit is based on: sent back so the server can refuse a stale edit. */
export interface EditBase {
  version: number;
  status: ContentItemStatus;
}

interface StoredItem extends EditBase {
  id: string;
}

/**
 * Tracks the version a form's edit builds on. When the stored item moves on (a move from the
 * board's drawer, a live event) while the form holds no unsaved change, `adopt` takes the new
 * version in, so the next save is not refused as stale; with unsaved changes the form keeps its
 * base and the server's refusal offers a reload, so nobody's change is lost unseen.
 */
export function useEditBase(item: StoredItem | undefined, hasChanges: () => boolean, adopt: () => void) {
  const [base, setBase] = useState<EditBase | null>(item ? { version: item.version, status: item.status } : null);
  const version = item?.version;
  const status = item?.status;

  useEffect(() => {
    if (version === undefined || !status || !base || version <= base.version || hasChanges()) return;
    setBase({ version, status });
    adopt();
    // Only a newer stored version matters; the callbacks are read from the render that saw it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reacting to base or the callbacks would adopt twice
  }, [version, status]);

  return [base, setBase] as const;
}
