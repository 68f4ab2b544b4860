import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { APPROVED_CAPTIONS, checkCaption, personaVoice } from './voice-check.js';
import { findApprovedCaptionsByPersonaIds, findPersonaVoiceFields, findPublishedItemsInPeriod } from './voice.repository.js';

/** The most captions a trend scores: a period's worth for a daily poster. */
export const TREND_LIMIT = 500;

export interface VoiceTrend {
  threshold: number;
  points: Array<{ publishedAt: Date; score: number; item: ContentItemRow }>;
}

/**
 * The voice score of each caption published in the period, against the persona's voice learnt
 * from everything else (its example posts and the approved captions from outside the period: a
 * post is always like itself), so a drift away from the voice shows.
 */
export async function voiceTrend(db: Database, personaId: string, from: Date, to: Date): Promise<VoiceTrend> {
  const [items, [persona], approved] = await Promise.all([
    findPublishedItemsInPeriod(db, personaId, from, to, TREND_LIMIT),
    findPersonaVoiceFields(db, [personaId]),
    findApprovedCaptionsByPersonaIds(db, [personaId], APPROVED_CAPTIONS + TREND_LIMIT),
  ]);
  if (!persona) return { threshold: 50, points: [] };
  const inPeriod = new Set(items.map((item) => item.caption));
  const voice = personaVoice(
    persona,
    approved
      .map((row) => row.caption)
      .filter((caption) => !inPeriod.has(caption))
      .slice(0, APPROVED_CAPTIONS),
  );
  return {
    threshold: voice.threshold,
    points: items.map((item) => ({ publishedAt: item.publishedAt!, score: checkCaption(item.caption, voice).score, item })),
  };
}
