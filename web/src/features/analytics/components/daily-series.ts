import { formatShortDay } from '../../../lib/analytics-format';
import { addDays } from '../../../lib/dates';

interface DailyFigures {
  day: string;
  reach: number;
  totalInteractions: number;
  engagementRate?: number | null;
}

export interface DailyPoint {
  day: string;
  label: string;
  reach: number;
  interactions: number;
  /** Percent, or null on days without measured posts (the line skips them). */
  engagement: number | null;
}

/** The API lists only days with figures; charts show every day of the period, quiet days as no posts. */
export function dailySeries(daily: readonly DailyFigures[], fromDay: string, toDay: string): DailyPoint[] {
  const byDay = new Map(daily.map((entry) => [entry.day, entry]));
  const points: DailyPoint[] = [];
  for (let day = fromDay; day <= toDay && points.length <= 366; day = addDays(day, 1)) {
    const entry = byDay.get(day);
    points.push({
      day,
      label: formatShortDay(day),
      reach: entry?.reach ?? 0,
      interactions: entry?.totalInteractions ?? 0,
      engagement: entry?.engagementRate == null ? null : Math.round(entry.engagementRate * 1000) / 10,
    });
  }
  return points;
}
