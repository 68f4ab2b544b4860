import { invalid, NotFoundError } from '../../errors.js';
import type { ContentItemRow } from '../../db/rows.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { decodeTimeKey, encodeTimeKey, pageSize, toPage, type Page } from '../shared/pagination.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { definedOnly, parseInput } from '../shared/validation.js';
import {
  countContentItems,
  deleteContentItemById,
  findContentItemByIdForUser,
  insertContentItem,
  listContentItems,
  updateContentItemById,
  type ContentItemFilter,
} from './content-item.repository.js';
import {
  contentItemFilterSchema,
  contentItemOrderSchema,
  createContentItemSchema,
  updateContentItemSchema,
} from './content-item.validation.js';

export interface ContentItemPage extends Page<ContentItemRow> {
  totalCount: number;
}

export async function getContentItem(ctx: ServiceContext, id: string): Promise<ContentItemRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findContentItemByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

async function requireContentItem(ctx: ServiceContext, id: string): Promise<ContentItemRow> {
  const item = await getContentItem(ctx, id);
  if (!item) throw new NotFoundError('Content item', 'id');
  return item;
}

export async function listViewerContentItems(
  ctx: ServiceContext,
  args: { filter?: unknown; orderBy?: unknown; first?: number | null; after?: string | null },
): Promise<ContentItemPage> {
  const viewer = requireViewer(ctx);
  const parsed = parseInput(contentItemFilterSchema, args.filter ?? {}, 'filter');
  const size = pageSize(args.first, 20);
  const order = parseInput(contentItemOrderSchema, args.orderBy ?? 'created_at_desc', 'orderBy');
  const key = args.after ? decodeTimeKey(args.after) : undefined;
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
  };
  if (key && order === 'created_at_desc' && !key.time) throw invalid('after', 'is not a cursor returned by this list');
  const [rows, totalCount] = await Promise.all([
    listContentItems(ctx.db, filter, order, size + 1, key),
    countContentItems(ctx.db, filter),
  ]);
  const sortTime = (row: ContentItemRow) => (order === 'created_at_desc' ? row.created_at : row.scheduled_at);
  return { ...toPage(rows, size, (row) => encodeTimeKey(sortTime(row), row.id)), totalCount };
}

function requireScheduleTime(status: string | undefined, scheduledAt: Date | null | undefined) {
  if (status === 'scheduled' && !scheduledAt) {
    throw invalid('input.scheduledAt', 'is required when the status is SCHEDULED');
  }
}

export async function createContentItem(ctx: ServiceContext, input: unknown): Promise<ContentItemRow> {
  const parsed = parseInput(createContentItemSchema, input);
  requireScheduleTime(parsed.status ?? undefined, parsed.scheduledAt);
  const persona = await requirePersona(ctx, parsed.personaId, 'input.personaId');
  // Any string sent, even an empty one, names a plan that must exist.
  if (parsed.planId != null) {
    const plan = await requireContentPlan(ctx, parsed.planId, 'input.planId');
    if (plan.persona_id !== persona.id) throw invalid('input.planId', "must be one of the persona's plans");
  }
  return insertContentItem(ctx.db, {
    persona_id: persona.id,
    plan_id: parsed.planId ?? null,
    title: parsed.title ?? '',
    caption: parsed.caption ?? '',
    platform: parsed.platform,
    status: parsed.status ?? 'idea',
    scheduled_at: parsed.scheduledAt ?? null,
  });
}

export async function updateContentItem(ctx: ServiceContext, id: string, input: unknown): Promise<ContentItemRow> {
  const raw = parseInput(updateContentItemSchema, input);
  const parsed = definedOnly(raw);
  const item = await requireContentItem(ctx, id);
  if (item.status === 'posted') throw invalid('id', 'a posted item cannot be changed');
  const detach = input !== null && typeof input === 'object' && 'planId' in input && raw.planId === null;
  if (parsed.planId !== undefined) {
    const plan = await requireContentPlan(ctx, parsed.planId, 'input.planId');
    if (plan.persona_id !== item.persona_id) throw invalid('input.planId', "must be one of the persona's plans");
  }
  const status = parsed.status ?? item.status;
  const clearsSchedule = raw.scheduledAt === null && 'scheduledAt' in (input as object);
  const scheduledAt = clearsSchedule ? null : (parsed.scheduledAt ?? item.scheduled_at);
  requireScheduleTime(status, scheduledAt);
  return updateContentItemById(ctx.db, item.id, {
    plan_id: detach ? null : parsed.planId,
    title: parsed.title,
    caption: parsed.caption,
    platform: parsed.platform,
    status: parsed.status,
    scheduled_at: clearsSchedule ? null : parsed.scheduledAt,
  });
}

export async function deleteContentItem(ctx: ServiceContext, id: string): Promise<string> {
  const item = await requireContentItem(ctx, id);
  await deleteContentItemById(ctx.db, item.id);
  return item.id;
}
