import { z } from 'zod';
import type { ContentItemRow } from '../../db/rows.js';
import { invalid, NotFoundError } from '../../errors.js';
import { getAsset } from '../asset/asset.service.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { findGenerationRunsByIds } from '../generation/generation.repository.js';
import { userActor } from '../shared/actor.js';
import { CONTENT_ITEM_STATUSES, isPublishable } from '../shared/domain.js';
import { isId } from '../shared/ids.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput, text } from '../shared/validation.js';
import { updateContentItemSchema } from './content-item.validation.js';
import { getContentItem } from './content-item.service.js';
import { writeItemChanges, type ItemChange } from './item-writes.js';
import { runModelChecks } from './model-checks.js';

// A person's edits and status moves, one item at a time, through the one write path.

const moveSchema = z.object({
  to: z.enum(CONTENT_ITEM_STATUSES),
  expectedVersion: z.number().int().min(1),
  reason: text(2000).nullish(),
  overrideReason: text(2000).nullish(),
});

/**
 * What models say of the caption the change leaves, asked before the write (with an API key,
 * and only when the item is or becomes publishable, where the identity lock judges it).
 */
async function modelChecksOf(ctx: ServiceContext, change: ItemChange) {
  if (ctx.generator?.kind !== 'openai') return undefined;
  const item = await getContentItem(ctx, change.itemId);
  if (!item || !(isPublishable(change.to) || isPublishable(item.status))) return undefined;
  const caption = (change.values.caption as string | undefined) ?? item.caption;
  const scheduledAt = change.values.scheduledAt === undefined ? item.scheduledAt : (change.values.scheduledAt as Date | null);
  return runModelChecks(ctx.db, ctx.generator, [{ itemId: item.id, personaId: item.personaId, caption, scheduledAt }]);
}

/** One person's change in a transaction of its own, with the guards other features attach. */
async function writeAsViewer(ctx: ServiceContext, change: ItemChange): Promise<ContentItemRow> {
  const viewer = requireViewer(ctx);
  const modelChecks = await modelChecksOf(ctx, change);
  const [written] = await ctx.db
    .transaction()
    .execute((trx) => writeItemChanges(trx, [change], { config: ctx.config, actor: userActor(viewer.userId), guard: ctx.itemWriteGuard, modelChecks }));
  return written!;
}

export async function updateContentItem(ctx: ServiceContext, id: string, input: unknown): Promise<ContentItemRow> {
  requireViewer(ctx);
  const raw = parseInput(updateContentItemSchema, input);
  if (!isId(id)) throw new NotFoundError('Content item', 'id');
  const sent = (key: string) => input !== null && typeof input === 'object' && key in input;
  const plan = raw.planId != null ? await requireContentPlan(ctx, raw.planId, 'input.planId') : undefined;
  const asset = raw.assetId != null ? await getAsset(ctx, raw.assetId) : undefined;
  if (asset === null) throw new NotFoundError('Asset', 'input.assetId');
  const captionRun = raw.captionRunId != null ? await requireCaptionRun(ctx, raw.captionRunId, id) : undefined;
  return writeAsViewer(ctx, {
    itemId: id,
    expectedVersion: raw.expectedVersion,
    planPersonaId: plan?.personaId,
    assetPersonaId: asset?.personaId,
    to: raw.status ?? undefined,
    overrideReason: raw.overrideReason,
    // Whose the media and cover are is checked in the write (item-media.ts).
    media: raw.media?.map((entry) => ({ assetId: entry.assetId, altText: entry.altText?.trim() ?? '' })),
    values: {
      format: raw.format ?? undefined,
      coverAssetId: sent('coverAssetId') ? (raw.coverAssetId ?? null) : undefined,
      planId: sent('planId') ? (raw.planId ?? null) : undefined,
      assetId: sent('assetId') ? (asset?.id ?? null) : undefined,
      title: raw.title ?? undefined,
      caption: raw.caption ?? undefined,
      platform: raw.platform ?? undefined,
      scheduledAt: sent('scheduledAt') ? (raw.scheduledAt ?? null) : undefined,
      // A caption kept from a proposal was written for the brief version its run read.
      briefVersion: captionRun?.briefVersion,
    },
  });
}

/** The finished caption run (proposeCaption's) of this item that the saved caption comes from. */
async function requireCaptionRun(ctx: ServiceContext, runId: string, itemId: string) {
  const [run] = isId(runId) ? await findGenerationRunsByIds(ctx.db, [runId]) : [];
  if (!run || run.contentItemId !== itemId) throw new NotFoundError('Caption proposal run', 'input.captionRunId');
  if (run.kind !== 'caption' || run.state !== 'succeeded') throw invalid('input.captionRunId', 'is not a finished caption proposal');
  return run;
}

export async function moveContentItem(ctx: ServiceContext, id: string, args: unknown): Promise<ContentItemRow> {
  requireViewer(ctx);
  const { to, expectedVersion, reason, overrideReason } = parseInput(moveSchema, args, '');
  if (!isId(id)) throw new NotFoundError('Content item', 'id');
  return writeAsViewer(ctx, { itemId: id, expectedVersion, to, values: {}, reason, overrideReason });
}
