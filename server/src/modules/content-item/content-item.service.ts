import { ConflictError, IllegalTransitionError, invalid, NotFoundError } from '../../errors.js';
import type { ContentItemRow } from '../../db/rows.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import {
  decodeTimeKey,
  decodeTimeThenCreatedKey,
  encodeTimeKey,
  encodeTimeThenCreatedKey,
  pageSize,
  toPage,
  type Page,
} from '../shared/pagination.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { userActor } from '../shared/actor.js';
import { isPublishable, type ContentItemOrder } from '../shared/domain.js';
import { parseInput } from '../shared/validation.js';
import { recordItemsCreated, recordItemsDeleted } from './content-item-history.js';
import { writeItemChanges } from './item-writes.js';
import { checkMove, PUBLISHED_BY_DOPPELCART } from './status-rules.js';
import { voiceMissing } from '../voice/voice-check.js';
import { recordVoiceOverrides, voiceCheckOfNewItem } from '../voice/voice-gate.js';
import { canonMissing, continuityCheckOfNewItem, recordContinuityOverrides } from '../canon/continuity-gate.js';
import { runModelChecks } from './model-checks.js';

/** The key a new item's model checks go under before it has an id. */
const NEW_ITEM = 'new';
import { trashRowById } from '../trash/trash.repository.js';
import {
  countContentItems,
  findContentItemByIdForUser,
  insertContentItem,
  listContentItemsByCreation,
  listContentItemsBySchedule,
  lockContentItemsByIds,
  type ContentItemFilter,
} from './content-item.repository.js';
import {
  contentItemFilterSchema,
  contentItemOrderSchema,
  createContentItemSchema,
} from './content-item.validation.js';

export interface ContentItemPage extends Page<ContentItemRow> {
  totalCount: number;
}

export async function getContentItem(ctx: ServiceContext, id: string): Promise<ContentItemRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findContentItemByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

export async function listViewerContentItems(
  ctx: ServiceContext,
  args: { filter?: unknown; orderBy?: unknown; first?: number | null; after?: string | null },
): Promise<ContentItemPage> {
  const viewer = requireViewer(ctx);
  const parsed = parseInput(contentItemFilterSchema, args.filter ?? {}, 'filter');
  const size = pageSize(args.first, 20);
  const order = parseInput(contentItemOrderSchema, args.orderBy ?? 'created_at_desc', 'orderBy');
  // Ids that cannot exist match nothing, exactly like ids of another user's data.
  const unknownId = [parsed.personaId, parsed.planId].some((id) => id != null && !isId(id));
  if (unknownId) return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
  const filter: ContentItemFilter = {
    userId: viewer.userId,
    personaId: parsed.personaId ?? undefined,
    planId: parsed.planId ?? undefined,
    statuses: parsed.status ?? undefined,
    platforms: parsed.platform ?? undefined,
    scheduledFrom: parsed.scheduledFrom ?? undefined,
    scheduledTo: parsed.scheduledTo ?? undefined,
    search: parsed.search || undefined,
    includeSimulated: parsed.includeSimulated ?? false,
  };
  const [rows, totalCount] = await Promise.all([
    listInOrder(ctx, filter, order, size + 1, args.after ?? null),
    countContentItems(ctx.db, filter),
  ]);
  const cursorOf = (row: ContentItemRow) =>
    order === 'created_at_desc'
      ? encodeTimeKey(row.createdAt, row.id)
      : encodeTimeThenCreatedKey(row.scheduledAt, row.createdAt, row.id);
  return { ...toPage(rows, size, cursorOf), totalCount };
}

/** One page of items after the cursor, whose shape depends on the order it came from. */
function listInOrder(ctx: ServiceContext, filter: ContentItemFilter, order: ContentItemOrder, limit: number, after: string | null) {
  if (order === 'scheduled_at_asc') {
    return listContentItemsBySchedule(ctx.db, filter, limit, after ? decodeTimeThenCreatedKey(after) : undefined);
  }
  const key = after ? decodeTimeKey(after) : undefined;
  if (key && !key.time) throw invalid('after', 'is not a cursor returned by this list');
  return listContentItemsByCreation(ctx.db, filter, limit, key);
}

export async function createContentItem(ctx: ServiceContext, input: unknown): Promise<ContentItemRow> {
  const viewer = requireViewer(ctx);
  const parsed = parseInput(createContentItemSchema, input);
  const persona = await requirePersona(ctx, parsed.personaId, 'input.personaId');
  if (parsed.planId != null) {
    const plan = await requireContentPlan(ctx, parsed.planId, 'input.planId');
    if (plan.personaId !== persona.id) throw invalid('input.planId', "must be one of the persona's plans");
  }
  const status = parsed.status ?? 'idea';
  const verdict = checkMove({
    from: null,
    to: status,
    actor: 'user',
    item: { caption: parsed.caption ?? '', platform: parsed.platform, scheduledAt: parsed.scheduledAt ?? null, publishedAt: null, reason: null },
    now: new Date(),
    limits: { instagramMaxHashtags: ctx.config.INSTAGRAM_MAX_HASHTAGS },
  });
  const models = isPublishable(status)
    ? await runModelChecks(ctx.db, ctx.generator, [{ itemId: NEW_ITEM, personaId: persona.id, caption: parsed.caption ?? '', scheduledAt: parsed.scheduledAt ?? null }])
    : undefined;
  const voice = await voiceCheckOfNewItem(ctx.db, persona.id, status, parsed.caption ?? '', models?.meaning.get(NEW_ITEM)?.meaning);
  const canon = await continuityCheckOfNewItem(ctx.db, persona, status, parsed.caption ?? '', parsed.scheduledAt ?? null, models?.contradictions.get(NEW_ITEM));
  const overridden = Boolean(parsed.overrideReason?.trim());
  const missing = [
    ...(verdict.allowed ? [] : verdict.missing),
    ...(voice?.flagged && !overridden ? [voiceMissing(voice)] : []),
    ...(canon && !overridden ? canonMissing(canon) : []),
  ];
  if (missing.length) throw new IllegalTransitionError(null, status, missing);
  return ctx.db.transaction().execute(async (trx) => {
    const item = await insertContentItem(trx, {
      personaId: persona.id,
      planId: parsed.planId ?? null,
      title: parsed.title ?? '',
      caption: parsed.caption ?? '',
      platform: parsed.platform,
      status,
      scheduledAt: parsed.scheduledAt ?? null,
    });
    await recordItemsCreated(trx, [item], viewer.userId, userActor(viewer.userId));
    const overridden = [{ item, overrideReason: parsed.overrideReason }];
    await recordVoiceOverrides(trx, overridden, new Map([[item.id, voice]]), userActor(viewer.userId));
    await recordContinuityOverrides(trx, overridden, new Map([[item.id, canon]]), userActor(viewer.userId));
    return item;
  });
}

/**
 * Puts the item in the trash, restorable for TRASH_RETENTION_DAYS. A SCHEDULED item that
 * DoppelCart publishes goes back to READY first, which cancels its pending post (through the
 * guard): a trashed item must not go out, and one restored must not sit in SCHEDULED without
 * its job. One being published right now is refused.
 */
export async function deleteContentItem(ctx: ServiceContext, id: string): Promise<string> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) throw new NotFoundError('Content item', 'id');
  return ctx.db.transaction().execute(async (trx) => {
    // Locked first, so the item cannot be scheduled between this look and the trash.
    const [locked] = await lockContentItemsByIds(trx, [id], viewer.userId);
    if (!locked) throw new NotFoundError('Content item', 'id');
    const { ownerId: _owner, ...item } = locked;
    const actor = userActor(viewer.userId);
    if (item.status === 'scheduled' && PUBLISHED_BY_DOPPELCART.includes(item.platform)) {
      const cancel = writeItemChanges(trx, [{ itemId: id, to: 'ready', values: {}, reason: 'deleted: its post was cancelled' }], {
        config: ctx.config,
        actor,
        guard: ctx.itemWriteGuard,
      });
      // SCHEDULED -> READY needs nothing, so a refusal means the publisher has the post now:
      // deleting would lose track of it.
      await cancel.catch((error: unknown) => {
        if (error instanceof IllegalTransitionError) throw new ConflictError('id', 'This item is being published right now; wait until it is POSTED or FAILED');
        throw error;
      });
    }
    await trashRowById(trx, 'content_item', item.id);
    await recordItemsDeleted(trx, [item], viewer.userId);
    return item.id;
  });
}
