import { z } from 'zod';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import { ValidationError } from '../../errors.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { minuteOfDay, TIME_OF_DAY, timeOfDay, WEEKDAY_NAMES } from '../shared/time-of-day.js';
import { parseInput } from '../shared/validation.js';
import { announceChannel } from './channel-status.js';
import { lockChannel } from './channel.repository.js';
import { requireChannel } from './channel.service.js';
import { replacePostingSlots } from './posting-slot.repository.js';

// A channel's posting schedule, replaced whole: the editor sends every slot it shows, so a
// save is one idempotent write and two people saving at once leave one of the two schedules.

/** Every hour of every weekday; more would not be a schedule any more. */
export const MAX_POSTING_SLOTS = 7 * 24;

const weekday = z.number().int().min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)');
const slotsSchema = z
  .array(z.object({ weekday, time: z.string().regex(TIME_OF_DAY, 'must be a time of day such as 09:00 (24-hour, no seconds)') }))
  .max(MAX_POSTING_SLOTS, `give at most ${MAX_POSTING_SLOTS} slots`);

export async function setPostingSlots(ctx: ServiceContext, channelId: string, input: unknown): Promise<ChannelIntegrationRow> {
  requireViewer(ctx);
  const slots = parseInput(slotsSchema, input, 'slots').map((slot) => ({ weekday: slot.weekday, minuteOfDay: minuteOfDay(slot.time) }));
  const seen = new Set<number>();
  const repeats = slots.flatMap((slot, index) => {
    const key = slot.weekday * 1440 + slot.minuteOfDay;
    if (!seen.has(key)) return (seen.add(key), []);
    return [{ field: `slots.${index}`, message: `repeats ${WEEKDAY_NAMES[slot.weekday - 1]} ${timeOfDay(slot.minuteOfDay)}` }];
  });
  if (repeats.length) throw new ValidationError(repeats);
  const channel = await requireChannel(ctx, channelId, 'channelId');
  return ctx.db.transaction().execute(async (trx) => {
    const locked = (await lockChannel(trx, channel.id))!;
    await replacePostingSlots(trx, channel.id, slots);
    await announceChannel(trx, locked);
    return locked;
  });
}
