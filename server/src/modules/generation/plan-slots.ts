import { DateTime } from 'luxon';

/**
 * The slots a regeneration fills: the plan's slots minus one on each day a kept (edited) item
 * already occupies, so kept and new items together still follow the plan's rhythm.
 */
export function freeSlots(slots: Date[], keptTimes: Array<Date | null>, timeZone: string, needed: number): Date[] {
  const day = (date: Date) => DateTime.fromJSDate(date, { zone: timeZone }).toISODate();
  const free = [...slots];
  const taken: Date[] = [];
  for (const kept of keptTimes) {
    if (!kept) continue;
    const index = free.findIndex((slot) => day(slot) === day(kept));
    if (index >= 0) taken.push(...free.splice(index, 1));
  }
  return [...free, ...taken].slice(0, needed).sort((a, b) => a.getTime() - b.getTime());
}
