import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { continuityChecksFor } from '../canon/continuity-gate.js';
import type { Actor } from '../shared/actor.js';
import { voiceChecksFor } from '../voice/voice-gate.js';

// A channel's own caption (cross-posting) speaks for the persona as much as the item's does:
// it is held to the same identity lock, the persona's voice and its canon, before it is
// stored. There is no override here: a flagged variant is rewritten, or the item's caption
// (which can carry an override) is used instead.

export interface VariantCaption {
  /** Its place in the channels given, for the field name. */
  index: number;
  caption: string;
}

/** What the lock says of each variant, as messages by its index; empty when all pass. */
export async function variantLockProblems(db: Database, item: ContentItemRow, variants: readonly VariantCaption[], at: Date, actor: Actor) {
  const problems: Array<{ index: number; message: string }> = [];
  for (const { index, caption } of variants) {
    const entry = { item, status: 'scheduled' as const, caption, scheduledAt: at };
    const [voice, canon] = await Promise.all([voiceChecksFor(db, [entry], actor), continuityChecksFor(db, [entry], actor)]);
    const voiceCheck = voice.get(item.id);
    if (voiceCheck?.flagged) {
      const why = voiceCheck.reasons[0] ? ` (${voiceCheck.reasons[0].message})` : '';
      problems.push({ index, message: `unlike the persona's voice: score ${voiceCheck.score} is below its threshold ${voiceCheck.threshold}${why}; rewrite it` });
    }
    for (const found of canon.get(item.id)?.contradictions ?? []) problems.push({ index, message: `contradicts the canon: ${found.message}; rewrite it` });
  }
  return problems;
}
