import { AppError, invalid, reasonOf, type ErrorCode } from '../../errors.js';
import { isId } from './ids.js';

// Acting on many items at once: each is checked and committed as it would be on its own, and
// an item that cannot be changed is reported with the reason while the others go ahead.

export const MAX_BULK_ITEMS = 100;

export interface BulkRefusal {
  itemId: string;
  code: ErrorCode;
  reason: string;
}

export interface BulkOutcome {
  doneIds: string[];
  refused: BulkRefusal[];
}

/** The ids of one bulk call: 1 to MAX_BULK_ITEMS valid ids, each once, in the order given. */
export function bulkIds(ids: readonly string[], field = 'ids'): string[] {
  if (ids.length === 0 || ids.length > MAX_BULK_ITEMS) throw invalid(field, `give between 1 and ${MAX_BULK_ITEMS} items`);
  const bad = ids.findIndex((id) => !isId(id));
  if (bad >= 0) throw invalid(`${field}.${bad}`, 'is not an id');
  return [...new Set(ids)];
}

/** Runs `act` for each id in turn; refusals (AppErrors) are collected, anything unexpected stops the run. */
export async function forEachItem(ids: readonly string[], act: (id: string) => Promise<unknown>): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { doneIds: [], refused: [] };
  for (const id of ids) {
    try {
      await act(id);
      outcome.doneIds.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.refused.push({ itemId: id, code: error.code, reason: reasonOf(error) });
    }
  }
  return outcome;
}
