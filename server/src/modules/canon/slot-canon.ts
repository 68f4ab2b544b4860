import type { SlotCanon } from '../../ai/generator.js';
import type { PersonaCanon } from './canon.service.js';
import { canonAsOf } from './continuity.js';

/** At most this many facts go with a slot, newest first: a prompt stays short. */
const FACTS_PER_SLOT = 12;

/**
 * What each slot's idea may use: the facts true on its day, and the arc beats of the plan's
 * range placed on slots in date order (each on the first free slot on or after its day), so
 * ideas follow the arcs in order. `slotDates` are the slots' days (YYYY-MM-DD), ascending.
 */
export function slotCanons(canon: PersonaCanon, slotDates: readonly string[], range: { startDate: string; endDate: string }): SlotCanon[] {
  const beats: Array<SlotCanon['beat']> = slotDates.map(() => null);
  for (const beat of canon.beats.filter((candidate) => candidate.onDate >= range.startDate && candidate.onDate <= range.endDate)) {
    const slot = slotDates.findIndex((date, index) => date >= beat.onDate && beats[index] === null);
    if (slot >= 0) beats[slot] = { id: beat.id, title: beat.title, arcTitle: beat.arcTitle };
  }
  return slotDates.map((date, index) => ({
    date,
    facts: canonAsOf(canon.facts, date)
      .slice(-FACTS_PER_SLOT)
      .map(({ id, kind, subject, statement, validFrom }) => ({ id, kind, subject, statement, validFrom })),
    beat: beats[index] ?? null,
  }));
}
