import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { actorColumns, type Actor } from '../shared/actor.js';
import { isPublishable, type ContentItemStatus } from '../shared/domain.js';
import type { OverriddenWrite } from '../shared/item-write-guard.js';
import type { Meaning } from './meaning.js';
import { checkCaption, personaVoices, type VoiceCheck } from './voice-check.js';
import { insertOverrides } from './voice.repository.js';

// The voice lock's part of the one write path (content-item/item-writes.ts): a person's write
// that brings a caption to READY or SCHEDULED (moving there, or changing the caption there)
// needs the caption in the persona's voice, or an override with a reason, which is recorded
// with who gave it and the score it overrode. DoppelCart's own processes are not held to it.


export interface VoiceGateEntry {
  item: ContentItemRow;
  /** The status the item ends in, and its caption then. */
  status: ContentItemStatus;
  caption: string;
}

function needsCheck({ item, status, caption }: VoiceGateEntry): boolean {
  if (!isPublishable(status) || !caption.trim()) return false;
  return !isPublishable(item.status) || caption !== item.caption;
}

/**
 * The voice check of each entry that needs one, by item id (two statements for any number),
 * with the caption's meaning where the model was asked about exactly this caption.
 */
export async function voiceChecksFor(
  trx: Database,
  entries: readonly VoiceGateEntry[],
  actor: Actor,
  meanings?: ReadonlyMap<string, { caption: string; meaning: Meaning }>,
): Promise<Map<string, VoiceCheck>> {
  if (actor.kind !== 'user') return new Map();
  const checked = entries.filter(needsCheck);
  const voices = await personaVoices(
    trx,
    checked.map((entry) => entry.item.personaId),
  );
  return new Map(
    checked.map((entry) => {
      const asked = meanings?.get(entry.item.id);
      return [entry.item.id, checkCaption(entry.caption, voices.get(entry.item.personaId)!, asked?.caption === entry.caption ? asked.meaning : null)];
    }),
  );
}

/** The voice check of an item created in `status` with `caption` (none below READY). */
export async function voiceCheckOfNewItem(db: Database, personaId: string, status: ContentItemStatus, caption: string, meaning?: Meaning | null): Promise<VoiceCheck | undefined> {
  if (!isPublishable(status) || !caption.trim()) return undefined;
  return checkCaption(caption, (await personaVoices(db, [personaId])).get(personaId)!, meaning);
}

/** Keeps the overrides the written changes gave for flagged captions (checks by item id). */
export async function recordVoiceOverrides(trx: Database, written: readonly OverriddenWrite[], checks: ReadonlyMap<string, VoiceCheck | undefined>, actor: Actor) {
  await insertOverrides(
    trx,
    written.flatMap(({ item, overrideReason }) => {
      const check = checks.get(item.id);
      if (!check?.flagged || !overrideReason?.trim()) return [];
      return [{ contentItemId: item.id, kind: 'voice' as const, score: check.score, threshold: check.threshold, caption: item.caption, reason: overrideReason.trim(), ...actorColumns(actor) }];
    }),
  );
}
