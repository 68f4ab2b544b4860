import type { Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import type { ContentItems } from '../../db/types.generated.js';
import type { ContentItemStatus } from './domain.js';

/** One item's change as the write path is about to make it: checked, not yet written. */
export interface PlannedItemWrite {
  before: ContentItemRow;
  /** The new status, when the status changes. */
  to?: ContentItemStatus;
  values: Updateable<ContentItems>;
}

/**
 * What another feature adds to people's writes of content items, inside their transaction,
 * after the items are locked and checked and before they are written; it refuses by throwing.
 * Scheduling keeps publishing jobs in step through it. content-item declares the hook and
 * never imports the feature behind it: graphql/build-context.ts wires it.
 */
export type ItemWriteGuard = (trx: Database, planned: readonly PlannedItemWrite[]) => Promise<void>;

/** A written item and the override reason its write gave (the identity lock's checks record it). */
export interface OverriddenWrite {
  item: ContentItemRow;
  overrideReason: string | null | undefined;
}
