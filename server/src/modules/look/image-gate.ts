import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { findAssetsByIds } from '../asset/asset.repository.js';
import { actorColumns, type Actor } from '../shared/actor.js';
import { isPublishable, type ContentItemStatus } from '../shared/domain.js';
import type { OverriddenWrite } from '../shared/item-write-guard.js';
import { insertOverrides } from '../voice/voice.repository.js';
import { checkImage, personaLooks, type ImageCheck } from './image-check.js';

// The visual identity lock's part of the one write path (content-item/item-writes.ts), as the
// voice lock's: a person's write that brings an image to READY or SCHEDULED (moving there, or
// attaching another image there) needs the image to look like the persona's references, or an
// override with a reason, recorded with who gave it and the score it overrode.


export interface ImageGateEntry {
  item: ContentItemRow;
  /** The status the item ends in, and its image then. */
  status: ContentItemStatus;
  assetId: string | null;
}

function needsCheck({ item, status, assetId }: ImageGateEntry): boolean {
  if (!isPublishable(status) || !assetId) return false;
  return !isPublishable(item.status) || assetId !== item.assetId;
}

/** The image check of each entry that needs one, by item id (three statements for any number). */
export async function imageChecksFor(trx: Database, entries: readonly ImageGateEntry[], actor: Actor): Promise<Map<string, ImageCheck>> {
  if (actor.kind !== 'user') return new Map();
  const checked = entries.filter(needsCheck);
  if (!checked.length) return new Map();
  const [looks, assets] = await Promise.all([
    personaLooks(trx, checked.map((entry) => entry.item.personaId)),
    findAssetsByIds(trx, [...new Set(checked.map((entry) => entry.assetId!))]),
  ]);
  const assetsById = new Map(assets.map((asset) => [asset.id, asset]));
  const checks = new Map<string, ImageCheck>();
  for (const entry of checked) {
    const asset = assetsById.get(entry.assetId!);
    const check = asset && checkImage(asset, looks.get(entry.item.personaId));
    if (check) checks.set(entry.item.id, check);
  }
  return checks;
}

/** Keeps the overrides the written changes gave for flagged images (checks by item id). */
export async function recordImageOverrides(trx: Database, written: readonly OverriddenWrite[], checks: ReadonlyMap<string, ImageCheck | undefined>, actor: Actor) {
  await insertOverrides(
    trx,
    written.flatMap(({ item, overrideReason }) => {
      const check = checks.get(item.id);
      if (!check?.flagged || check.score === null || !overrideReason?.trim()) return [];
      return [{ contentItemId: item.id, kind: 'image' as const, score: check.score, threshold: check.threshold, assetId: item.assetId, reason: overrideReason.trim(), ...actorColumns(actor) }];
    }),
  );
}
