import type { ScheduledPostRow } from '../../db/rows.js';
import { AppError, invalid, ValidationError } from '../../errors.js';
import { requireChannel, type ChannelContext } from '../channel/channel.service.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { quotaReadOnce, schedulePost } from './schedule.service.js';
import { findReadyPlanItems } from './scheduled-post.repository.js';

/** At most this many items in one call; a plan larger than that is scheduled by calling again. */
export const MAX_PLAN_ITEMS = 200;
/** A planned time closer than this is too soon to schedule: the post could not be checked and taken in time. */
const MIN_LEAD_MS = 60_000;

export interface PlanScheduleOutcome {
  scheduled: ScheduledPostRow[];
  skipped: { itemId: string; reason: string }[];
}

function reasonOf(error: AppError): string {
  return error instanceof ValidationError ? error.fieldErrors.map((problem) => problem.message).join('; ') : error.message;
}

/**
 * Schedules every READY item of a plan at the time the plan gave it, on one of its persona's
 * channels. Each item goes through schedulePost, with every check it makes, and commits on its
 * own: an item that cannot be scheduled (no planned time, a time already past, a caption or
 * image the channel refuses, a full quota) is left as it is and reported with the reason, and
 * the others are scheduled. Bad arguments (plan, channel) change nothing.
 */
export async function scheduleReadyPlanItems(ctx: ChannelContext, planId: string, channelId: string, now = new Date()): Promise<PlanScheduleOutcome> {
  const plan = await requireContentPlan(ctx, planId, 'planId');
  const channel = await requireChannel(ctx, channelId, 'channelId');
  if (channel.persona_id !== plan.persona_id) throw invalid('channelId', "must be one of the plan's persona's channels");
  if (channel.status !== 'active') throw invalid('channelId', channel.status === 'needs_reconnect' ? 'the channel needs reconnecting first' : 'the channel is disconnected');

  const outcome: PlanScheduleOutcome = { scheduled: [], skipped: [] };
  // Instagram's quota is read once for the whole plan; what this call schedules counts against
  // it through the posts it stores, as for posts scheduled one by one.
  const readQuota = quotaReadOnce(ctx);
  for (const item of await findReadyPlanItems(ctx.db, plan.id, MAX_PLAN_ITEMS)) {
    if (!item.scheduled_at) {
      outcome.skipped.push({ itemId: item.id, reason: 'it has no planned time: schedule it on its own' });
      continue;
    }
    if (item.scheduled_at.getTime() < now.getTime() + MIN_LEAD_MS) {
      outcome.skipped.push({ itemId: item.id, reason: 'its planned time has passed: schedule it on its own' });
      continue;
    }
    try {
      const post = await schedulePost(
        ctx,
        { itemId: item.id, channelId: channel.id, when: { at: item.scheduled_at }, expectedVersion: item.version },
        { readQuota },
      );
      outcome.scheduled.push(post);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.skipped.push({ itemId: item.id, reason: reasonOf(error) });
    }
  }
  return outcome;
}
