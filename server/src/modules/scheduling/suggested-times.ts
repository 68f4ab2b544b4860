import { DateTime } from 'luxon';

// "When should this go out?": the next free occurrences of the persona's best posting slots
// (from its own measured history), or of a usual evening slot while there is no history. Free
// means at least SPACING away from the persona's other pending posts, on any channel: two
// posts close together compete for the same audience. Pure; the service gathers the facts.

export const SPACING_MS = 2 * 3600_000;
/** How far ahead a suggestion must be: time to review and submit the dialog. */
export const MIN_LEAD_MS = 15 * 60_000;
const HORIZON_DAYS = 28;
/** Without a history: 17:00 local, every day (what plan generation uses too). */
const DEFAULT_HOUR = 17;

export interface BestSlot {
  weekday: number;
  hour: number;
  explanation: string;
}

export interface SuggestedTime {
  at: Date;
  reason: string;
}

export function suggestPostTimes(input: {
  now: Date;
  timeZone: string;
  bestSlots: readonly BestSlot[];
  taken: readonly Date[];
  count: number;
}): SuggestedTime[] {
  const { now, timeZone, bestSlots, count } = input;
  const slots: BestSlot[] = bestSlots.length
    ? [...bestSlots]
    : [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hour: DEFAULT_HOUR, explanation: 'A usual evening slot: no measured posts to learn from yet.' }));
  const busy = [...input.taken];
  const suggestions: SuggestedTime[] = [];
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  for (let day = 0; day <= HORIZON_DAYS && suggestions.length < count; day += 1) {
    const date = today.plus({ days: day });
    const candidates = slots.filter((slot) => slot.weekday === date.weekday).sort((a, b) => a.hour - b.hour);
    for (const slot of candidates) {
      const local = date.set({ hour: slot.hour, minute: 0, second: 0, millisecond: 0 });
      // A slot the clocks skip (daylight saving) is not offered: the server would refuse it.
      if (local.hour !== slot.hour) continue;
      const at = local.toJSDate();
      if (at.getTime() < now.getTime() + MIN_LEAD_MS) continue;
      if (busy.some((taken) => Math.abs(taken.getTime() - at.getTime()) < SPACING_MS)) continue;
      suggestions.push({ at, reason: slot.explanation });
      busy.push(at);
      if (suggestions.length === count) break;
    }
  }
  return suggestions;
}
