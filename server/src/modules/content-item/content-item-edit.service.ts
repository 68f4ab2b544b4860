import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { IllegalTransitionError, invalid, NotFoundError, StaleVersionError } from '../../errors.js';
import { getAsset } from '../asset/asset.service.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { userActor, type Actor } from '../shared/actor.js';
import { CONTENT_ITEM_STATUSES, type ContentItemStatus, type Platform } from '../shared/domain.js';
import { isId } from '../shared/ids.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput, text } from '../shared/validation.js';
import { recordItemUpdated } from './content-item-history.js';
import { lockContentItemById, updateContentItemById, type ContentItemUpdate } from './content-item.repository.js';
import { updateContentItemSchema } from './content-item.validation.js';
import { checkMove, PUBLISHED_BY_DOPPELCART, requirementsOf, type ItemFacts } from './status-rules.js';
import { cancelPostRow, findActivePostForItem, moveDueTime } from '../scheduling/scheduled-post.repository.js';

// Edits and status moves: one transaction locks the item, checks the version the caller saw
// and the lifecycle rules, writes, records the timeline and queues the events.

interface Change {
  expectedVersion?: number;
  /** The persona of the plan the item moves to, checked against the item's own. */
  planPersonaId?: string;
  /** Likewise for an asset being attached. */
  assetPersonaId?: string | null;
  values: ContentItemUpdate;
  to?: ContentItemStatus;
  reason?: string | null;
  /** The caller creates or cancels the item's publishing job in the same transaction (scheduler, publisher). */
  managesPublishingJob?: boolean;
}

const moveSchema = z.object({
  to: z.enum(CONTENT_ITEM_STATUSES),
  expectedVersion: z.number().int().min(1),
  reason: text(2000).nullish(),
});

function factsAfter(item: ContentItemRow, values: ContentItemUpdate, reason: string | null | undefined, publishingJob: boolean): ItemFacts {
  return {
    publishingJob,
    caption: (values.caption as string | undefined) ?? item.caption,
    platform: ((values.platform as Platform | undefined) ?? item.platform) as Platform,
    scheduledAt: values.scheduled_at === undefined ? item.scheduled_at : (values.scheduled_at as Date | null),
    publishedAt: values.published_at === undefined ? item.published_at : (values.published_at as Date | null),
    reason: reason ?? null,
  };
}

/** An edit that keeps the status must still satisfy what that status needs. */
function checkStaysValid(item: ContentItemRow, facts: ItemFacts, values: ContentItemUpdate, config: Config) {
  const status = item.status as ContentItemStatus;
  const missing = requirementsOf(status, facts, {
    now: new Date(),
    limits: { instagramMaxHashtags: config.INSTAGRAM_MAX_HASHTAGS },
    futureSchedule: values.scheduled_at !== undefined,
  });
  if (!missing.length) return;
  const field = missing.some((need) => need.startsWith('scheduledAt')) ? 'input.scheduledAt' : 'input.caption';
  throw invalid(field, `a ${status.toUpperCase()} item needs ${missing.join('; ')}; move it back to DRAFT to change that`);
}

async function applyChange(db: Database, config: Config, itemId: string, actor: Actor, change: Change): Promise<ContentItemRow> {
  return db.transaction().execute((trx) => applyChangeIn(trx, config, itemId, actor, change));
}

/**
 * The change inside the caller's transaction, for services that write more with it (the
 * scheduler adds the publishing job, the publisher its outcome) and must commit all or nothing.
 */
export async function applyChangeIn(trx: Database, config: Config, itemId: string, actor: Actor, change: Change): Promise<ContentItemRow> {
  {
    const locked = await lockContentItemById(trx, itemId, actor.kind === 'user' ? actor.userId : undefined);
    if (!locked) throw new NotFoundError('Content item', 'id');
    const { owner_id: ownerId, ...item } = locked;
    if (change.expectedVersion !== undefined && change.expectedVersion !== item.version) {
      throw new StaleVersionError(item.version);
    }
    if (change.planPersonaId && change.planPersonaId !== item.persona_id) {
      throw invalid('input.planId', "must be one of the persona's plans");
    }
    if (change.assetPersonaId !== undefined && change.assetPersonaId !== item.persona_id) {
      throw invalid('input.assetId', "must be one of the persona's assets");
    }
    if (item.status === 'posted') throw new IllegalTransitionError('posted', change.to ?? 'posted', ['an item that is not POSTED: POSTED is final']);
    const facts = factsAfter(item, change.values, change.reason, change.managesPublishingJob ?? false);
    const to = change.to && change.to !== item.status ? change.to : undefined;
    await keepPublishingJobInStep(trx, item, to, change);
    if (to) {
      const verdict = checkMove({
        from: item.status as ContentItemStatus,
        to,
        actor: actor.kind,
        item: facts,
        now: new Date(),
        limits: { instagramMaxHashtags: config.INSTAGRAM_MAX_HASHTAGS },
      });
      if (!verdict.allowed) throw new IllegalTransitionError(item.status, to, verdict.missing);
    } else {
      checkStaysValid(item, facts, change.values, config);
    }
    const updated = await updateContentItemById(trx, item.id, {
      ...change.values,
      // A person's edit makes a generated item theirs: regeneration keeps it from now on.
      ...(actor.kind === 'user' && { untouched: false }),
      ...(to && { status: to, failure_reason: to === 'failed' ? (change.reason ?? null) : null }),
    });
    await recordItemUpdated(trx, item, updated, ownerId, actor, change.reason ?? null);
    return updated;
  }
}

/**
 * A SCHEDULED item and its pending publishing job move together: unscheduling cancels the
 * job, a new time moves it. Once the publisher has started, neither can change under it.
 */
async function keepPublishingJobInStep(trx: Database, item: ContentItemRow, to: ContentItemStatus | undefined, change: Change) {
  if (item.status !== 'scheduled' || change.managesPublishingJob) return;
  if (to === 'posted' || to === 'failed') return;
  const newTime = change.values.scheduled_at as Date | null | undefined;
  const newPlatform = change.values.platform as Platform | undefined;
  const platformChanges = !to && newPlatform !== undefined && newPlatform !== item.platform;
  if (!to && newTime === undefined && !platformChanges) return;
  const job = await findActivePostForItem(trx, item.id);
  if (platformChanges && (job || PUBLISHED_BY_DOPPELCART.includes(newPlatform))) {
    // The job was checked for its channel and platform; a SCHEDULED Instagram or Sandbox item
    // without a job would never go out. Either way: unschedule, change, schedule again.
    throw invalid('input.platform', 'a SCHEDULED item keeps its platform; move it back to READY to change it');
  }
  if (!job) return;
  if (job.state === 'publishing') {
    throw new IllegalTransitionError(item.status, to ?? item.status, ['publishing has started: wait for it to finish']);
  }
  if (to) await cancelPostRow(trx, job.id, `item moved to ${to.toUpperCase()}`);
  else if (newTime) await moveDueTime(trx, job.id, newTime);
}

export async function updateContentItem(ctx: ServiceContext, id: string, input: unknown): Promise<ContentItemRow> {
  const viewer = requireViewer(ctx);
  const raw = parseInput(updateContentItemSchema, input);
  if (!isId(id)) throw new NotFoundError('Content item', 'id');
  const sent = (key: string) => input !== null && typeof input === 'object' && key in input;
  const plan = raw.planId != null ? await requireContentPlan(ctx, raw.planId, 'input.planId') : undefined;
  const asset = raw.assetId != null ? await getAsset(ctx, raw.assetId) : undefined;
  if (asset === null) throw new NotFoundError('Asset', 'input.assetId');
  return applyChange(ctx.db, ctx.config, id, userActor(viewer.userId), {
    expectedVersion: raw.expectedVersion,
    planPersonaId: plan?.persona_id,
    assetPersonaId: asset?.persona_id,
    to: raw.status ?? undefined,
    values: {
      plan_id: sent('planId') ? (raw.planId ?? null) : undefined,
      asset_id: sent('assetId') ? (asset?.id ?? null) : undefined,
      title: raw.title ?? undefined,
      caption: raw.caption ?? undefined,
      platform: raw.platform ?? undefined,
      scheduled_at: sent('scheduledAt') ? (raw.scheduledAt ?? null) : undefined,
    },
  });
}

export async function moveContentItem(ctx: ServiceContext, id: string, args: unknown): Promise<ContentItemRow> {
  const viewer = requireViewer(ctx);
  const { to, expectedVersion, reason } = parseInput(moveSchema, args, '');
  if (!isId(id)) throw new NotFoundError('Content item', 'id');
  return applyChange(ctx.db, ctx.config, id, userActor(viewer.userId), { expectedVersion, to, values: {}, reason });
}

/** A status move made by a DoppelCart process (the publisher), on the system's authority. */
export async function moveContentItemAsProcess(
  db: Database,
  config: Config,
  id: string,
  move: { to: ContentItemStatus; process: string; reason?: string | null; publishedAt?: Date },
): Promise<ContentItemRow> {
  return applyChange(db, config, id, { kind: 'process', name: move.process }, {
    to: move.to,
    reason: move.reason,
    values: move.publishedAt ? { published_at: move.publishedAt } : {},
  });
}
