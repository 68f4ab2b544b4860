import { formatRate, plural, slotName } from '../../../lib/analytics-format';

export interface HeatmapCellValue {
  weekday: number;
  hour: number;
  posts: number;
  engagementRate?: number | null;
}

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export const hours = Array.from({ length: 24 }, (_, hour) => hour);

/** The cells the API returned, by weekday and hour; slots without posts are absent. */
export function indexCells(cells: readonly HeatmapCellValue[]) {
  const byKey = new Map(cells.map((cell) => [`${cell.weekday}:${cell.hour}`, cell]));
  const best = Math.max(0, ...cells.map((cell) => cell.engagementRate ?? 0));
  return { cellAt: (weekday: number, hour: number) => byKey.get(`${weekday}:${hour}`), best };
}

/** What a cell says, e.g. `Saturday 19:00: 8.1 % engagement over 4 posts`. */
export function cellLabel(weekday: number, hour: number, cell: HeatmapCellValue | undefined): string {
  const slot = slotName(weekday, hour);
  if (!cell || cell.posts === 0) return `${slot}: no posts`;
  if (cell.engagementRate == null) return `${slot}: engagement unknown over ${plural(cell.posts, 'post')}`;
  return `${slot}: ${formatRate(cell.engagementRate)} engagement over ${plural(cell.posts, 'post')}`;
}

/** Shades 1–9 of the theme colour by the rate's share of the best cell's; empty slots are grey. */
export function cellColor(cell: HeatmapCellValue | undefined, best: number): string {
  if (!cell || cell.posts === 0) return 'var(--mantine-color-default-hover)';
  const share = best > 0 ? (cell.engagementRate ?? 0) / best : 0;
  return `var(--mantine-color-grape-${1 + Math.round(share * 8)})`;
}

export const legendShades = [1, 3, 5, 7, 9].map((shade) => `var(--mantine-color-grape-${shade})`);
