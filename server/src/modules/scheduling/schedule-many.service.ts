import type { ContentItemRow, ScheduledPostRow } from '../../db/rows.js';
import { AppError, invalid, NotFoundError, reasonOf } from '../../errors.js';
import { requireChannel, type ChannelContext } from '../channel/channel.service.js';
import { getContentItem } from '../content-item/content-item.service.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { bulkIds, forEachItem, type BulkOutcome } from '../shared/bulk.js';
import { quotaReadOnce, schedulePost } from './schedule.service.js';
import { findReadyPlanItems } from './scheduled-post.repository.js';

// Scheduling many items at the times they were planned for: a plan's READY items, or the items
// a person selected. Each goes through schedulePost, with every check it makes, and commits on
// its own: one that cannot be scheduled (no planned time, a time already past, a caption or
// image the channel refuses, a full quota) is left as it is and reported with the reason, and
// the others are scheduled. Bad arguments (plan, channel) change nothing.

/** At most this many items in one call; a plan larger than that is scheduled by calling again. */
export const MAX_PLAN_ITEMS = 200;
/** A planned time closer than this is too soon to schedule: the post could not be checked and taken in time. */
const MIN_LEAD_MS = 60_000;

export interface PlanScheduleOutcome {
  scheduled: ScheduledPostRow[];
  skipped: { itemId: string; reason: string }[];
}

type Channel = Awaited<ReturnType<typeof requireChannel>>;

async function requireActiveChannel(ctx: ChannelContext, channelId: string): Promise<Channel> {
  const channel = await requireChannel(ctx, channelId, 'channelId');
  if (channel.status !== 'active') throw invalid('channelId', channel.status === 'needs_reconnect' ? 'the channel needs reconnecting first' : 'the channel is disconnected');
  return channel;
}

/**
 * Schedules one item at its planned time. Instagram's quota is read once per call through
 * `readQuota`; what the call schedules counts against it through the posts it stores.
 */
async function scheduleAtPlannedTime(
  ctx: ChannelContext,
  item: Pick<ContentItemRow, 'id' | 'version' | 'scheduledAt'>,
  channel: Channel,
  readQuota: ReturnType<typeof quotaReadOnce>,
  now: Date,
): Promise<ScheduledPostRow> {
  if (!item.scheduledAt) throw invalid('scheduledAt', 'it has no planned time: schedule it on its own');
  if (item.scheduledAt.getTime() < now.getTime() + MIN_LEAD_MS) throw invalid('scheduledAt', 'its planned time has passed: schedule it on its own');
  return schedulePost(
    ctx,
    { itemId: item.id, channelId: channel.id, when: { at: item.scheduledAt }, expectedVersion: item.version },
    { readQuota },
  );
}

/** Every READY item of a plan, at the time the plan gave it, on one of its persona's channels. */
export async function scheduleReadyPlanItems(ctx: ChannelContext, planId: string, channelId: string, now = new Date()): Promise<PlanScheduleOutcome> {
  const plan = await requireContentPlan(ctx, planId, 'planId');
  const channel = await requireActiveChannel(ctx, channelId);
  if (channel.personaId !== plan.personaId) throw invalid('channelId', "must be one of the plan's persona's channels");

  const outcome: PlanScheduleOutcome = { scheduled: [], skipped: [] };
  const readQuota = quotaReadOnce(ctx);
  for (const item of await findReadyPlanItems(ctx.db, plan.id, MAX_PLAN_ITEMS)) {
    try {
      outcome.scheduled.push(await scheduleAtPlannedTime(ctx, item, channel, readQuota, now));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.skipped.push({ itemId: item.id, reason: reasonOf(error) });
    }
  }
  return outcome;
}

/**
 * The selected items on one channel of their persona: each at its planned time, or, with
 * `queue`, each in the next free slot of the channel's posting schedule, in the order given.
 */
export async function scheduleContentItems(
  ctx: ChannelContext,
  ids: readonly string[],
  channelId: string,
  { queue = false, now = new Date() }: { queue?: boolean; now?: Date } = {},
): Promise<BulkOutcome> {
  const wanted = bulkIds(ids);
  const channel = await requireActiveChannel(ctx, channelId);
  const readQuota = quotaReadOnce(ctx);
  return forEachItem(wanted, async (id) => {
    const item = await getContentItem(ctx, id);
    if (!item) throw new NotFoundError('Content item', 'id');
    if (item.personaId !== channel.personaId) throw invalid('channelId', "the channel belongs to another persona");
    if (queue) return schedulePost(ctx, { itemId: item.id, channelId: channel.id, when: { queue: true }, expectedVersion: item.version }, { readQuota });
    return scheduleAtPlannedTime(ctx, item, channel, readQuota, now);
  });
}
