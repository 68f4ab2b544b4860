import * as z from 'zod/mini';
import type { CreateContentPlanInput, FrequencyPeriod, Platform } from '../../../gql/graphql';
import { isPlatform } from '../../../lib/platforms';
import { isFrequencyPeriod, maxCountPerPeriod } from './frequency';

/** Mirrors CreateContentPlanInput (minus personaId) so server field paths match the inputs. */
export interface PlanFormValues {
  title: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  frequency: { count: number | string; period: FrequencyPeriod };
  platforms: Platform[];
}

export interface PlanFormSource {
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  frequency: { count: number; period: FrequencyPeriod };
  platforms: Platform[];
}

export const planFormSchema = z
  .object({
    title: z
      .string()
      .check(z.trim(), z.minLength(1, 'Enter a title'), z.maxLength(120, 'Keep it under 120 characters')),
    description: z.string().check(z.maxLength(2000, 'Keep it under 2,000 characters')),
    startDate: z.string({ error: 'Pick a start date' }).check(z.minLength(1, 'Pick a start date')),
    endDate: z.string({ error: 'Pick an end date' }).check(z.minLength(1, 'Pick an end date')),
    frequency: z
      .object({
        count: z.int({ error: 'Enter a whole number of posts' }).check(z.minimum(1, 'At least 1 post')),
        period: z.string().check(z.refine(isFrequencyPeriod, 'Choose a period')),
      })
      .check(
        // Checked here, not on the whole form, so it shows even while other fields are invalid.
        z.superRefine(({ count, period }, context) => {
          if (isFrequencyPeriod(period) && count > maxCountPerPeriod[period]) {
            context.addIssue({
              code: 'custom',
              path: ['count'],
              message: `At most ${maxCountPerPeriod[period]} per ${period.toLowerCase()}`,
            });
          }
        }),
      ),
    platforms: z.array(z.string().check(z.refine(isPlatform, 'Unknown platform'))),
  })
  .check(
    z.superRefine((values, context) => {
      // `YYYY-MM-DD` strings compare in calendar order.
      if (values.endDate < values.startDate) {
        context.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must not be before the start date' });
      }
    }),
  );

export function emptyPlanValues(): PlanFormValues {
  return {
    title: '',
    description: '',
    startDate: null,
    endDate: null,
    frequency: { count: 3, period: 'WEEK' },
    platforms: [],
  };
}

export function planToFormValues(plan: PlanFormSource): PlanFormValues {
  return {
    title: plan.title,
    description: plan.description,
    startDate: plan.startDate,
    endDate: plan.endDate,
    frequency: { count: plan.frequency.count, period: plan.frequency.period },
    platforms: [...plan.platforms],
  };
}

export type PlanInput = Omit<CreateContentPlanInput, 'personaId'>;

/** Only called after validation, which guarantees both dates and a numeric count. */
export function formValuesToPlanInput(values: PlanFormValues): PlanInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    frequency: { count: Number(values.frequency.count), period: values.frequency.period },
    platforms: values.platforms,
  };
}
