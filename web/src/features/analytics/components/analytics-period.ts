import { addDays, endOfDayInstant, startOfDayInstant, todayIn } from '../../../lib/dates';

// The dashboard's period: the last N days (today included) or a custom range of calendar days,
// both in the persona's time zone, so the days of the charts start and end at its midnight.

export const periodPresets = [7, 30, 90, 365] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export type AnalyticsPeriod = { kind: 'preset'; days: PeriodPreset } | { kind: 'custom'; from: string; to: string };

const defaultPeriod = { kind: 'preset', days: 30 } as const satisfies AnalyticsPeriod;

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

export function parsePeriod(params: URLSearchParams): AnalyticsPeriod {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && calendarDate.test(from) && calendarDate.test(to)) return { kind: 'custom', from, to };
  const days = Number(params.get('days'));
  const preset = periodPresets.find((value) => value === days);
  return preset ? { kind: 'preset', days: preset } : defaultPeriod;
}

export function periodSearchParams(period: AnalyticsPeriod): URLSearchParams {
  if (period.kind === 'custom') return new URLSearchParams({ from: period.from, to: period.to });
  return period.days === defaultPeriod.days ? new URLSearchParams() : new URLSearchParams({ days: String(period.days) });
}

/** The first and last calendar day of the period (both included). */
export function periodDays(period: AnalyticsPeriod, timeZone: string): { fromDay: string; toDay: string } {
  if (period.kind === 'custom') return { fromDay: period.from, toDay: period.to };
  const toDay = todayIn(timeZone);
  return { fromDay: addDays(toDay, 1 - period.days), toDay };
}

/** The API's half-open period [from, to) for those days. */
export function periodVariables(period: AnalyticsPeriod, timeZone: string): { from: string; to: string } {
  const { fromDay, toDay } = periodDays(period, timeZone);
  return { from: startOfDayInstant(fromDay, timeZone), to: endOfDayInstant(toDay, timeZone) };
}
