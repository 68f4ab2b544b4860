import type { Database } from '../../db/database.js';
import type { PersonaRow } from '../../db/rows.js';
import { invalid } from '../../errors.js';
import { personaRecommendations } from '../analytics/analytics.service.js';
import { pendingRunTimesForPersona } from './scheduled-post.repository.js';
import { SPACING_MS, suggestPostTimes, type SuggestedTime } from './suggested-times.js';

export const MAX_SUGGESTIONS = 10;

/** The next free times for one of the persona's posts (see suggested-times.ts). */
export async function suggestedPostTimes(db: Database, persona: PersonaRow, count: number, now = new Date()): Promise<SuggestedTime[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SUGGESTIONS) throw invalid('first', `must be between 1 and ${MAX_SUGGESTIONS}`);
  const [recommendations, taken] = await Promise.all([
    personaRecommendations(db, persona.id, persona.timeZone),
    pendingRunTimesForPersona(db, persona.id, new Date(now.getTime() - SPACING_MS)),
  ]);
  return suggestPostTimes({ now, timeZone: persona.timeZone, bestSlots: recommendations.slots, taken, count });
}
