import type { Database } from '../../db/database.js';
import { invalid, NotFoundError } from '../../errors.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput } from '../shared/validation.js';
import {
  deleteArc,
  deleteFact,
  findArcForUser,
  findBeatsByPersonaIds,
  findFactForUser,
  findFactsByPersonaIds,
  insertArc,
  insertFact,
  replaceBeats,
  updateArc,
  updateFact,
} from './canon.repository.js';
import { createArcSchema, createFactSchema, updateArcSchema, updateFactSchema } from './canon.validation.js';
import { dateInZone } from '../shared/zoned-date.js';
import { personaBrief } from '../persona/persona-brief.js';
import { canonAsOf, checkContinuity, mergeContradictions, modelReading, type CanonFactKind, type CanonFactValue, type ModelReading } from './continuity.js';
import type { ContentGenerator } from '../../ai/generator.js';
import type { PersonaRow } from '../../db/rows.js';

// The persona's canon: dated facts of its life and story arcs with beats over dates, edited on
// the timeline page; read by plan generation and the continuity check.

async function ownedFact(ctx: ServiceContext, id: string) {
  const viewer = requireViewer(ctx);
  const fact = isId(id) ? await findFactForUser(ctx.db, id, viewer.userId) : undefined;
  if (!fact) throw new NotFoundError('Canon fact', 'id');
  return fact;
}

async function ownedArc(ctx: ServiceContext, id: string) {
  const viewer = requireViewer(ctx);
  const arc = isId(id) ? await findArcForUser(ctx.db, id, viewer.userId) : undefined;
  if (!arc) throw new NotFoundError('Story arc', 'id');
  return arc;
}

export async function createCanonFact(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(createFactSchema, input);
  const persona = await requirePersona(ctx, parsed.personaId, 'input.personaId');
  return insertFact(ctx.db, {
    personaId: persona.id,
    kind: parsed.kind,
    subject: parsed.subject,
    descriptor: parsed.descriptor,
    statement: parsed.statement,
    validFrom: parsed.validFrom ?? null,
    validUntil: parsed.validUntil ?? null,
  });
}

/** Changes the given fields; a date given as null makes that end open. */
export async function updateCanonFact(ctx: ServiceContext, id: string, input: unknown) {
  const parsed = parseInput(updateFactSchema, input);
  const fact = await ownedFact(ctx, id);
  const next = {
    kind: parsed.kind ?? fact.kind,
    subject: parsed.subject ?? fact.subject,
    descriptor: parsed.descriptor ?? fact.descriptor,
    statement: parsed.statement ?? fact.statement,
    validFrom: parsed.validFrom === undefined ? fact.validFrom : parsed.validFrom,
    validUntil: parsed.validUntil === undefined ? fact.validUntil : parsed.validUntil,
  };
  if (next.validFrom && next.validUntil && next.validUntil < next.validFrom) throw invalid('input.validUntil', 'must not be before validFrom');
  if (next.kind === 'event' && !next.validFrom) throw invalid('input.validFrom', 'an event needs its date');
  return updateFact(ctx.db, fact.id, next);
}

export async function deleteCanonFact(ctx: ServiceContext, id: string): Promise<string> {
  const fact = await ownedFact(ctx, id);
  await deleteFact(ctx.db, fact.id);
  return fact.id;
}

export async function createStoryArc(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(createArcSchema, input);
  const persona = await requirePersona(ctx, parsed.personaId, 'input.personaId');
  return ctx.db.transaction().execute(async (trx) => {
    const arc = await insertArc(trx, { personaId: persona.id, title: parsed.title, description: parsed.description });
    await replaceBeats(trx, arc.id, parsed.beats);
    return arc;
  });
}

/** Changes the arc; beats, when given, replace the arc's beats whole (in date order). */
export async function updateStoryArc(ctx: ServiceContext, id: string, input: unknown) {
  const parsed = parseInput(updateArcSchema, input);
  const arc = await ownedArc(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const values = { ...(parsed.title != null && { title: parsed.title }), ...(parsed.description != null && { description: parsed.description }) };
    const updated = Object.keys(values).length ? await updateArc(trx, arc.id, values) : arc;
    if (parsed.beats) await replaceBeats(trx, arc.id, parsed.beats);
    return updated;
  });
}

export async function deleteStoryArc(ctx: ServiceContext, id: string): Promise<string> {
  const arc = await ownedArc(ctx, id);
  await deleteArc(ctx.db, arc.id);
  return arc.id;
}

export interface PersonaCanon {
  facts: CanonFactValue[];
  beats: Array<{ id: string; title: string; onDate: string; arcTitle: string }>;
}

/** Each persona's canon (facts and beats), in two statements whatever the number. */
export async function personaCanons(db: Database, personaIds: readonly string[]): Promise<Map<string, PersonaCanon>> {
  const ids = [...new Set(personaIds)];
  const [facts, beats] = await Promise.all([findFactsByPersonaIds(db, ids), findBeatsByPersonaIds(db, ids)]);
  return new Map(
    ids.map((id) => [
      id,
      {
        facts: facts.filter((fact) => fact.personaId === id).map((fact) => ({ ...fact, kind: fact.kind as CanonFactKind })),
        beats: beats.filter((beat) => beat.personaId === id).map(({ id: beatId, title, onDate, arcTitle }) => ({ id: beatId, title, onDate, arcTitle })),
      },
    ]),
  );
}

/** What the persona knows on `date`: the facts true then (and every event, with its date). */
export async function knownAsOf(ctx: ServiceContext, personaId: string, date: string) {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const canon = (await personaCanons(ctx.db, [persona.id])).get(persona.id)!;
  return canonAsOf(canon.facts, date);
}

/** A caption read against the persona's canon as of `date` (default: today in its zone); nothing is stored. */
export async function checkCaptionContinuity(ctx: ServiceContext, args: { personaId: string; caption: string; date?: string | null }) {
  const persona = await requirePersona(ctx, args.personaId, 'personaId');
  if (args.caption.length > 10_000) throw invalid('caption', 'must be at most 10,000 characters');
  const date = args.date ?? dateInZone(new Date(), persona.timeZone);
  const canon = (await personaCanons(ctx.db, [persona.id])).get(persona.id)!;
  const rules = checkContinuity(args.caption, date, canon.facts);
  // With a key a model reads it against the canon too, as it will when the item moves to Ready.
  const reading = await readAgainstCanon(ctx.generator, persona, args.caption, date, canon.facts);
  return { date, contradictions: mergeContradictions(rules, args.caption, date, reading) };
}

/**
 * A model's reading of a caption against the facts true on `date` (with an API key); undefined
 * offline, with no facts then, or when the model fails (the rules then judge alone).
 */
export async function readAgainstCanon(
  generator: ContentGenerator | undefined,
  persona: PersonaRow,
  caption: string,
  date: string,
  facts: readonly CanonFactValue[],
): Promise<ModelReading | undefined> {
  const known = canonAsOf(facts, date);
  if (generator?.kind !== 'openai' || !known.length || !caption.trim()) return undefined;
  const read = await generator.findContradictions({ brief: personaBrief(persona), caption, date, facts: known }).catch(() => null);
  return read ? modelReading(caption, date, read.value) : undefined;
}
