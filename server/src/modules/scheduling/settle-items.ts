import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { lockContentItemsByIds } from '../content-item/content-item.repository.js';
import { writeItemChanges, type ItemChange } from '../content-item/item-writes.js';
import type { Actor } from '../shared/actor.js';
import { PLATFORM_LABELS } from '../shared/domain.js';
import { itemOutcomeOf, type CurrentPost, type ItemOutcome } from './cross-post-status.js';
import { findCurrentPostsOfItems } from './scheduled-post.repository.js';

// Brings items' statuses in line with their current posts (cross-post-status.ts) after a post
// ends or is cancelled, inside the caller's transaction: the one place that turns posts'
// states into an item's POSTED, FAILED or back to READY.

/** The publishing process: it alone marks items POSTED or FAILED (status-rules.ts). */
export const PUBLISHER: Actor = { kind: 'process', name: 'publisher' };

/** What a writer is about to make of some posts in the same transaction, by post id. */
export type AssumedPosts = ReadonlyMap<string, Pick<CurrentPost, 'state' | 'publishedAt'>>;

/** Each item's outcome from its current posts, as they stand in `db` now (or as `assume` says they will). */
export async function itemOutcomes(db: Database, itemIds: readonly string[], assume?: AssumedPosts): Promise<Map<string, ItemOutcome>> {
  const posts = (await findCurrentPostsOfItems(db, itemIds)).map((post) => ({ ...post, ...assume?.get(post.id) }));
  return new Map(
    itemIds.map((itemId) => [
      itemId,
      itemOutcomeOf(
        posts
          .filter((post) => post.contentItemId === itemId)
          .map((post) => ({ ...post, channelLabel: `${PLATFORM_LABELS[post.platform]} ${post.accountName}` })),
      ),
    ]),
  );
}

export interface SettleOptions {
  config: Config;
  /** Who caused it: moves back to READY are theirs; POSTED and FAILED are always the publisher's. */
  actor: Actor;
  /** Leave out items whose move is refused instead of failing (the Sandbox batch). */
  skipRefused?: boolean;
  /** Posts the caller is about to end in this transaction, settled as if they had (the Sandbox batch). */
  assume?: AssumedPosts;
  /** Why items go back to READY (default: their post was cancelled). */
  reason?: string;
}

/** The change an item needs to match `outcome`, or null when its status already does. */
function changeFor(item: ContentItemRow, outcome: ItemOutcome, readyReason: string): ItemChange | null {
  if (outcome.status === item.status) return null;
  switch (outcome.status) {
    case 'scheduled':
      return null;
    case 'posted':
      return { itemId: item.id, to: 'posted', values: { publishedAt: outcome.publishedAt } };
    case 'failed':
      return { itemId: item.id, to: 'failed', reason: outcome.reason, values: {} };
    case 'ready':
      return { itemId: item.id, to: 'ready', reason: readyReason, values: {} };
  }
}

/**
 * Settles the items and returns every one of them as it stands after (written or not), in id
 * order; with skipRefused, those whose move was refused are left out.
 */
export async function settleItems(trx: Database, itemIds: readonly string[], options: SettleOptions): Promise<ContentItemRow[]> {
  const ids = [...new Set(itemIds)];
  if (!ids.length) return [];
  const items = await lockContentItemsByIds(trx, ids);
  const outcomes = await itemOutcomes(trx, ids, options.assume);
  const changes = items.flatMap((item) => {
    const change = changeFor(item, outcomes.get(item.id)!, options.reason ?? 'post cancelled');
    return change ? [{ change, actor: change.to === 'ready' ? options.actor : PUBLISHER }] : [];
  });
  const written = new Map<string, ContentItemRow>();
  // One write per actor: a person's cancellation and the publisher's outcomes are recorded as such.
  for (const actor of new Set(changes.map((entry) => entry.actor))) {
    const rows = await writeItemChanges(trx, changes.filter((entry) => entry.actor === actor).map((entry) => entry.change), {
      config: options.config,
      actor,
      withPublishingJob: true,
      skipRefused: options.skipRefused,
    });
    for (const row of rows) written.set(row.id, row);
  }
  const changed = new Set(changes.map((entry) => entry.change.itemId));
  return items.flatMap(({ ownerId: _owner, ...item }) => {
    if (!changed.has(item.id)) return [item as ContentItemRow];
    const row = written.get(item.id);
    return row ? [row] : [];
  });
}
