import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { actorColumns, type Actor } from '../shared/actor.js';
import { isPublishable, type ContentItemStatus } from '../shared/domain.js';
import type { OverriddenWrite } from '../shared/item-write-guard.js';
import { dateInZone } from '../shared/zoned-date.js';
import { insertOverrides } from '../voice/voice.repository.js';
import { personaCanons } from './canon.service.js';
import { findPersonaTimeZones } from './canon.repository.js';
import { checkContinuity, mergeContradictions, type Contradiction, type ModelReading } from './continuity.js';

// The continuity check's part of the one write path (content-item/item-writes.ts), as the voice
// and likeness locks': a person's write that brings a caption to READY or SCHEDULED (moving
// there, or changing its caption or date there) needs the caption to agree with the canon as of
// the item's date (its scheduled day in the persona's zone; today when unscheduled), or an
// override with a reason, recorded with the caption and what it contradicted.


export interface ContinuityGateEntry {
  item: ContentItemRow;
  status: ContentItemStatus;
  caption: string;
  scheduledAt: Date | null;
}

export interface ContinuityCheck {
  date: string;
  contradictions: Contradiction[];
}

function needsCheck({ item, status, caption, scheduledAt }: ContinuityGateEntry): boolean {
  if (!isPublishable(status) || !caption.trim()) return false;
  return !isPublishable(item.status) || caption !== item.caption || scheduledAt?.getTime() !== item.scheduledAt?.getTime();
}

/** The day a caption is read against: its scheduled day in the persona's zone, or today. */
export function itemDate(scheduledAt: Date | null, timeZone: string, now = new Date()): string {
  return dateInZone(scheduledAt ?? now, timeZone);
}

/** The continuity check of each entry that needs one and contradicts the canon, by item id. */
export async function continuityChecksFor(
  trx: Database,
  entries: readonly ContinuityGateEntry[],
  actor: Actor,
  readings?: ReadonlyMap<string, ModelReading>,
): Promise<Map<string, ContinuityCheck>> {
  if (actor.kind !== 'user') return new Map();
  const checked = entries.filter(needsCheck);
  if (!checked.length) return new Map();
  const personaIds = checked.map((entry) => entry.item.personaId);
  const [canons, zones] = await Promise.all([personaCanons(trx, personaIds), findPersonaTimeZones(trx, personaIds)]);
  const zoneOf = new Map(zones.map((row) => [row.id, row.timeZone]));
  const checks = new Map<string, ContinuityCheck>();
  for (const entry of checked) {
    const date = itemDate(entry.scheduledAt, zoneOf.get(entry.item.personaId) ?? 'UTC');
    const rules = checkContinuity(entry.caption, date, canons.get(entry.item.personaId)?.facts ?? []);
    const contradictions = mergeContradictions(rules, entry.caption, date, readings?.get(entry.item.id));
    if (contradictions.length) checks.set(entry.item.id, { date, contradictions });
  }
  return checks;
}

/** The continuity check of an item created in `status` (none below READY), when it contradicts the canon. */
export async function continuityCheckOfNewItem(
  db: Database,
  persona: { id: string; timeZone: string },
  status: ContentItemStatus,
  caption: string,
  scheduledAt: Date | null,
  reading?: ModelReading,
): Promise<ContinuityCheck | undefined> {
  if (!isPublishable(status) || !caption.trim()) return undefined;
  const date = itemDate(scheduledAt, persona.timeZone);
  const rules = checkContinuity(caption, date, (await personaCanons(db, [persona.id])).get(persona.id)!.facts);
  const contradictions = mergeContradictions(rules, caption, date, reading);
  return contradictions.length ? { date, contradictions } : undefined;
}

/** The `missing` entries a refusal names, one per contradicted fact. */
export function canonMissing(check: ContinuityCheck): string[] {
  return check.contradictions.map((found) => `canon: ${found.message}; change the caption or the canon, or give an override reason`);
}

/** Keeps the overrides the written changes gave for captions that contradict the canon (checks by item id). */
export async function recordContinuityOverrides(trx: Database, written: readonly OverriddenWrite[], checks: ReadonlyMap<string, ContinuityCheck | undefined>, actor: Actor) {
  await insertOverrides(
    trx,
    written.flatMap(({ item, overrideReason }) => {
      const check = checks.get(item.id);
      if (!check || !overrideReason?.trim()) return [];
      const detail = check.contradictions.map((found) => found.message).join('; ');
      return [{ contentItemId: item.id, kind: 'canon' as const, score: null, threshold: null, caption: item.caption, detail, reason: overrideReason.trim(), ...actorColumns(actor) }];
    }),
  );
}
