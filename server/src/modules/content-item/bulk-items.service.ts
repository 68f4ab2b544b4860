import { z } from 'zod';
import { invalid } from '../../errors.js';
import { bulkIds, forEachItem, MAX_BULK_ITEMS, type BulkOutcome } from '../shared/bulk.js';
import { CONTENT_ITEM_STATUSES } from '../shared/domain.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput, text } from '../shared/validation.js';
import { moveContentItem } from './content-item-edit.service.js';
import { deleteContentItem } from './content-item.service.js';

// Moving and deleting selected items: each through the same path as a single move or delete.

const bulkMoveSchema = z.object({
  items: z
    .array(z.object({ id: z.string(), expectedVersion: z.number().int().min(1) }))
    .min(1, `give between 1 and ${MAX_BULK_ITEMS} items`)
    .max(MAX_BULK_ITEMS, `give between 1 and ${MAX_BULK_ITEMS} items`),
  to: z.enum(CONTENT_ITEM_STATUSES),
  reason: text(2000).nullish(),
});

export async function moveContentItems(ctx: ServiceContext, args: unknown): Promise<BulkOutcome> {
  requireViewer(ctx);
  const { items, to, reason } = parseInput(bulkMoveSchema, args, '');
  bulkIds(items.map((item) => item.id), 'items');
  if (new Set(items.map((item) => item.id)).size !== items.length) throw invalid('items', 'lists an item twice');
  const versions = new Map(items.map((item) => [item.id, item.expectedVersion]));
  return forEachItem([...versions.keys()], (id) => moveContentItem(ctx, id, { to, expectedVersion: versions.get(id), reason }));
}

/** Each item to the trash, as deleteContentItem does it. */
export async function deleteContentItems(ctx: ServiceContext, ids: readonly string[]): Promise<BulkOutcome> {
  requireViewer(ctx);
  return forEachItem(bulkIds(ids), (id) => deleteContentItem(ctx, id));
}
