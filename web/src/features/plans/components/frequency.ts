import type { FrequencyPeriod } from '../../../gql/graphql';

const periodLabels: Record<FrequencyPeriod, string> = { DAY: 'Day', WEEK: 'Week', MONTH: 'Month' };

export const periodOptions = (Object.keys(periodLabels) as FrequencyPeriod[]).map((value) => ({
  value,
  label: periodLabels[value],
}));

/** The server's per-period limits (FrequencyInput.count). */
export const maxCountPerPeriod: Record<FrequencyPeriod, number> = { DAY: 20, WEEK: 100, MONTH: 300 };

export function isFrequencyPeriod(value: string): value is FrequencyPeriod {
  return value in periodLabels;
}

export function describeFrequency({ count, period }: { count: number; period: FrequencyPeriod }): string {
  return `${count} ${count === 1 ? 'post' : 'posts'} per ${periodLabels[period].toLowerCase()}`;
}
