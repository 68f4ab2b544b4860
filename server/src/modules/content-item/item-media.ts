import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { invalid, type AppError } from '../../errors.js';
import type { ContentFormat, ContentItemStatus, Platform } from '../shared/domain.js';
import { isId } from '../shared/ids.js';
import { findMediaAssetsByIds, findMediaOfItems, replaceMediaOfItems } from './content-item.repository.js';
import { mediaFactsOf, mediaProblems, type MediaFacts, type MediaProblems } from './media-rules.js';

// The media part of the one write path (item-writes.ts): what each item's ordered media will
// be after a change, whether the change may make it so, and writing it. content_items.asset_id
// is kept as the first media here and nowhere else.

export interface MediaEntry {
  assetId: string;
  altText: string;
}

/** What a change says of an item's media: the whole list, or (assetId) its first one. */
export interface MediaChange {
  media?: readonly MediaEntry[];
  /** The single-image edit: replaces the first media; null removes the first. */
  assetId?: string | null;
  format?: ContentFormat;
  coverAssetId?: string | null;
  platform?: Platform;
}

export interface MediaPlan {
  after: MediaEntry[];
  /** The list itself changes (it is written). */
  changed: boolean;
  /** Media, format, cover or platform change: the rules are checked against the result. */
  touched: boolean;
  problems: MediaProblems;
  /** An asset that is not the persona's (or is in the trash), when the change names one. */
  foreign: boolean;
}

function mediaAfter(before: readonly MediaEntry[], change: MediaChange): MediaEntry[] {
  if (change.media !== undefined) return [...change.media];
  if (change.assetId === undefined) return [...before];
  if (change.assetId === null) return before.slice(1);
  const kept = before[0]?.assetId === change.assetId ? before[0].altText : '';
  return [{ assetId: change.assetId, altText: kept }, ...before.slice(1)];
}

/** Plans the media of every changed item in two statements, whatever their number. */
export async function planItemMedia(trx: Database, changes: ReadonlyArray<{ item: ContentItemRow; change: MediaChange }>): Promise<Map<string, MediaPlan>> {
  const plans = new Map<string, MediaPlan>();
  if (!changes.length) return plans;
  const current = new Map<string, MediaEntry[]>();
  for (const row of await findMediaOfItems(trx, changes.map(({ item }) => item.id))) {
    current.set(row.contentItemId, [...(current.get(row.contentItemId) ?? []), { assetId: row.assetId, altText: row.altText }]);
  }
  const afters = changes.map(({ item, change }) => ({ item, change, after: mediaAfter(current.get(item.id) ?? [], change) }));
  // Ids that are not ids name nothing: they stay unknown, so the change is refused as foreign.
  const ids = [...new Set(afters.flatMap(({ item, change, after }) => [...after.map((entry) => entry.assetId), ...(coverOf(item, change) ? [coverOf(item, change)!] : [])]))].filter(isId);
  const assets = new Map((ids.length ? await findMediaAssetsByIds(trx, ids) : []).map((asset) => [asset.id, asset]));
  for (const { item, change, after } of afters) {
    const own = (id: string) => assets.get(id)?.personaId === item.personaId;
    const facts = (id: string): MediaFacts | null => (own(id) ? mediaFactsOf(assets.get(id)!) : null);
    const coverId = coverOf(item, change);
    const changed = change.media !== undefined || change.assetId !== undefined;
    const touched = changed || change.format !== undefined || change.coverAssetId !== undefined || change.platform !== undefined;
    const named = [...(changed ? after.map((entry) => entry.assetId) : []), ...(change.coverAssetId ? [change.coverAssetId] : [])];
    plans.set(item.id, {
      after,
      changed,
      touched,
      foreign: named.some((id) => !own(id)),
      // Media in the trash are left out, as the item shows them until they are restored.
      problems: mediaProblems(
        change.platform ?? item.platform,
        change.format ?? item.format,
        after.map((entry) => facts(entry.assetId)).filter((found): found is MediaFacts => found !== null),
        coverId ? facts(coverId) : null,
      ),
    });
  }
  return plans;
}

function coverOf(item: ContentItemRow, change: MediaChange): string | null {
  return change.coverAssetId === undefined ? item.coverAssetId : change.coverAssetId;
}

/**
 * Why the media plan refuses the change: media that are not the persona's, or break the
 * format's hard limits (when the change touches them), or lack what the status after needs.
 */
export function mediaRefusal(plan: MediaPlan | undefined): AppError | null {
  if (!plan) return null;
  if (plan.foreign) return invalid('input.media', "must be the persona's own images and videos (not in the trash)");
  if (plan.touched && plan.problems.invalid.length) return invalid('input.media', `needs ${plan.problems.invalid.join('; ')}`);
  return null;
}

/** What the status after the change needs of the media, for the lifecycle's list of what is missing. */
export function mediaNeeds(plan: MediaPlan | undefined, statusAfter: ContentItemStatus, moving: boolean): string[] {
  if (!plan || !(statusAfter === 'ready' || statusAfter === 'scheduled')) return [];
  return moving || plan.touched ? plan.problems.needs : [];
}

/** Writes the lists that changed (content_items.asset_id, their first, is written with the item). */
export async function writeItemMedia(trx: Database, plans: ReadonlyMap<string, MediaPlan>, itemIds: readonly string[]): Promise<void> {
  const entries = itemIds.flatMap((itemId) => {
    const plan = plans.get(itemId);
    return plan?.changed ? [{ itemId, media: plan.after }] : [];
  });
  await replaceMediaOfItems(trx, entries);
}
