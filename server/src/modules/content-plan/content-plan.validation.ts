import { z } from 'zod';
import { FREQUENCY_PERIODS, PLATFORMS, type FrequencyPeriod } from '../shared/domain.js';
import { text } from '../shared/validation.js';
import { daysInRange, parseCalendarDate } from './target-post-count.js';

export const MAX_RANGE_DAYS = 366;
export const MAX_TARGET_POSTS = 1000;

/** Most posts per period a plan may ask for; more is not a plan a persona can keep. */
export const MAX_FREQUENCY: Record<FrequencyPeriod, number> = { day: 20, week: 100, month: 300 };

const calendarDate = z.string().refine((value) => parseCalendarDate(value) !== null, 'must be a date as YYYY-MM-DD');

const frequency = z
  .object({ count: z.number().int('must be a whole number'), period: z.enum(FREQUENCY_PERIODS) })
  .superRefine(({ count, period }, ctx) => {
    if (count < 1) ctx.addIssue({ code: 'custom', path: ['count'], message: 'must be at least 1' });
    if (count > MAX_FREQUENCY[period]) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: `must be at most ${MAX_FREQUENCY[period]} per ${period}` });
    }
  });

const platforms = z
  .array(z.enum(PLATFORMS))
  .refine((list) => new Set(list).size === list.length, 'must not repeat a platform');

export const createContentPlanSchema = z.object({
  personaId: z.string(),
  title: text(120, { min: 1, label: 'Title' }),
  description: text(4000).nullish(),
  startDate: calendarDate,
  endDate: calendarDate,
  frequency,
  platforms: platforms.nullish(),
});

export const updateContentPlanSchema = z.object({
  title: text(120, { min: 1, label: 'Title' }).nullish(),
  description: text(4000).nullish(),
  startDate: calendarDate.nullish(),
  endDate: calendarDate.nullish(),
  frequency: frequency.nullish(),
  platforms: platforms.nullish(),
});

/** Range rules that need both ends, checked after merging an update with the stored plan. */
export function rangeProblem(startDate: string, endDate: string): { field: string; message: string } | null {
  const start = parseCalendarDate(startDate)!;
  const end = parseCalendarDate(endDate)!;
  if (end < start) return { field: 'endDate', message: 'must be on or after the start date' };
  if (daysInRange(start, end) > MAX_RANGE_DAYS) {
    return { field: 'endDate', message: `the plan may span at most ${MAX_RANGE_DAYS} days` };
  }
  return null;
}
