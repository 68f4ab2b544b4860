import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { AssetStorage } from '../../storage/asset-storage.js';
import { jpegRenditionKey } from '../../storage/jpeg-rendition.js';
import { invalid } from '../../errors.js';
import { recordItemRestored } from '../content-item/content-item-history.js';
import { isId } from '../shared/ids.js';
import { decodeTimeKey, encodeTimeKey, pageSize, toPage } from '../shared/pagination.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import {
  countTrashedRowsOfUser,
  findTrashedRowsOfUser,
  purgeTrashedRows,
  restoreTrashedRowsOfUser,
  type PurgedAsset,
  type TrashedRow,
} from './trash.repository.js';

// Deleting an item, plan or asset puts it here (their services stamp it); from here it comes
// back, or goes for good: on request, or TRASH_RETENTION_DAYS later in the hourly sweep.

const MAX_IDS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrashedEntry extends TrashedRow {
  purgeAt: Date;
}

function withPurgeTime(ctx: ServiceContext, row: TrashedRow): TrashedEntry {
  return { ...row, purgeAt: new Date(row.deletedAt.getTime() + ctx.config.TRASH_RETENTION_DAYS * DAY_MS) };
}

function checkedIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > MAX_IDS) throw invalid('ids', `give between 1 and ${MAX_IDS} ids`);
  const bad = ids.findIndex((id) => !isId(id));
  if (bad >= 0) throw invalid(`ids.${bad}`, 'is not an id');
  return [...new Set(ids)];
}

export async function listTrash(ctx: ServiceContext, args: { first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx);
  const size = pageSize(args.first, 50);
  const after = args.after ? decodeTimeKey(args.after) : undefined;
  const rows = await findTrashedRowsOfUser(ctx.db, viewer.userId, size + 1, after);
  const page = toPage(rows, size, (row) => encodeTimeKey(row.deletedAt, row.id));
  return { ...page, nodes: page.nodes.map((row) => withPurgeTime(ctx, row)) };
}

export async function countTrash(ctx: ServiceContext): Promise<number> {
  return countTrashedRowsOfUser(ctx.db, requireViewer(ctx).userId);
}

/** Brings the viewer's trashed rows with these ids back; returns the ids that came back (others were not in the trash). */
export async function restoreFromTrash(ctx: ServiceContext, ids: readonly string[]): Promise<string[]> {
  const viewer = requireViewer(ctx);
  const wanted = checkedIds(ids);
  return ctx.db.transaction().execute(async (trx) => {
    const restored = await restoreTrashedRowsOfUser(trx, viewer.userId, wanted);
    for (const row of restored) {
      if (row.kind === 'content_item') await recordItemRestored(trx, row.id, row.personaId!, viewer.userId);
    }
    return restored.map((row) => row.id);
  });
}

async function deleteFiles(storage: AssetStorage, logger: Logger, assets: PurgedAsset[]) {
  for (const asset of assets) {
    await storage.delete(asset.storageKey).catch((error: unknown) => logger.warn({ err: error, key: asset.storageKey }, 'could not delete a purged asset file'));
    // The JPEG copy made when a PNG or WebP went to Instagram, if one was.
    if (asset.mimeType !== 'image/jpeg') await storage.delete(jpegRenditionKey(asset.storageKey)).catch(() => undefined);
  }
}

/** Removes the viewer's trashed rows with these ids for good. Returns how many went. */
export async function deleteFromTrash(ctx: ServiceContext & { storage: AssetStorage; logger: Logger }, ids: readonly string[]): Promise<number> {
  const viewer = requireViewer(ctx);
  const purged = await purgeTrashedRows(ctx.db, { userId: viewer.userId, ids: checkedIds(ids) });
  await deleteFiles(ctx.storage, ctx.logger, purged.assets);
  return purged.count;
}

/** The sweep: everything trashed longer ago than the retention goes for good. Safe in several processes at once. */
export async function purgeExpiredTrash(deps: { db: Database; storage: AssetStorage; logger: Logger; retentionDays: number }, now = new Date()) {
  const purged = await purgeTrashedRows(deps.db, { trashedBefore: new Date(now.getTime() - deps.retentionDays * DAY_MS) });
  await deleteFiles(deps.storage, deps.logger, purged.assets);
  return purged.count;
}
