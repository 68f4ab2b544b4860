import { DateTime } from 'luxon';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ContentPlanRow, PersonaRow } from '../../db/rows.js';
import { GenerationError } from '../../ai/generator.js';
import { findChannelIntegrationsByPersonaIds } from '../channel/channel.repository.js';
import { findPostingSlotsByChannelIds } from '../channel/posting-slot.repository.js';
import { findTimesHeldOnPlatform } from '../content-item/content-item.repository.js';
import { fitToSchedule } from '../content-plan/schedule-fit.js';
import type { Platform } from '../shared/domain.js';

// The plan's times fitted to its channels (content-plan/schedule-fit.ts): the posting schedule
// of the persona's channels on the plan's platform, and the platform's daily publishing quota
// counting the persona's other posts there.

function dailyLimit(platform: Platform, config: Pick<Config, 'INSTAGRAM_PLANNING_DAILY_LIMIT'>): number {
  return platform === 'instagram' ? config.INSTAGRAM_PLANNING_DAILY_LIMIT : Number.POSITIVE_INFINITY;
}

/** The slots fitted to the channels; a plan that cannot fit is a GenerationError with the reason. */
export async function fitPlanSlots(
  db: Database,
  config: Pick<Config, 'INSTAGRAM_PLANNING_DAILY_LIMIT'>,
  plan: ContentPlanRow,
  persona: PersonaRow,
  platform: Platform,
  slots: Date[],
): Promise<Date[]> {
  const channels = (await findChannelIntegrationsByPersonaIds(db, [persona.id])).filter((channel) => channel.platform === platform);
  const postingTimes = channels.length ? await findPostingSlotsByChannelIds(db, channels.map((channel) => channel.id)) : [];
  const from = DateTime.fromISO(plan.startDate, { zone: persona.timeZone }).toJSDate();
  const to = DateTime.fromISO(plan.endDate, { zone: persona.timeZone }).plus({ days: 1 }).toJSDate();
  const busyByDay = new Map<string, number>();
  for (const time of await findTimesHeldOnPlatform(db, persona.id, platform, from, to, plan.id)) {
    const day = DateTime.fromJSDate(time, { zone: persona.timeZone }).toISODate()!;
    busyByDay.set(day, (busyByDay.get(day) ?? 0) + 1);
  }
  const fitted = fitToSchedule({
    slots,
    startDate: plan.startDate,
    endDate: plan.endDate,
    timeZone: persona.timeZone,
    postingTimes,
    dailyLimit: dailyLimit(platform, config),
    busyByDay,
  });
  if ('refusal' in fitted) throw new GenerationError(`The plan does not fit: ${fitted.refusal}`, 'refused');
  return fitted.slots;
}
