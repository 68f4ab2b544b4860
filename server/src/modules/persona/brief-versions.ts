import { isDeepStrictEqual } from 'node:util';
import type { Database } from '../../db/database.js';
import type { PersonaRow } from '../../db/rows.js';
import { actorColumns, type Actor } from '../shared/actor.js';
import { PERSONA_BRIEF_FIELDS, type PersonaBriefField, type PersonaBriefFields } from '../shared/domain.js';
import { findBriefVersion, insertBriefVersion } from './brief-versions.repository.js';

// The persona bible's history: every brief version kept whole. The database numbers versions
// (personas.brief_version, bumped by a trigger whenever a brief field changes, whoever writes);
// recordBriefVersion, called in the transaction of every write to a persona, keeps the version
// the write made, so numbers and kept versions never disagree.

/** The brief fields of a persona row, as a version keeps them. */
export function briefFieldsOf(persona: PersonaRow): PersonaBriefFields {
  return {
    name: persona.name,
    handle: persona.handle,
    niche: persona.niche,
    voice: persona.voice,
    style: persona.style,
    personality: persona.personality,
    bio: persona.bio,
    aesthetic: persona.aesthetic,
    platformStrategy: persona.platformStrategy,
    topics: persona.topics,
    avoid: persona.avoid,
    examplePosts: persona.examplePosts,
    look: persona.look,
  };
}

/** The fields `after` changed against `before` (none before: every field is new). */
export function changedBriefFields(before: PersonaBriefFields | null, after: PersonaBriefFields): PersonaBriefField[] {
  return PERSONA_BRIEF_FIELDS.filter((field) => !before || !isDeepStrictEqual(before[field], after[field]));
}

/**
 * Keeps the version a write to `persona` made, with what changed since the version before it,
 * who made it and, for a restore, the version it brought back. A write that left the brief as it
 * was (same version number as a kept one) records nothing.
 */
export async function recordBriefVersion(trx: Database, persona: PersonaRow, actor: Actor, restoredFrom: number | null = null) {
  if (await findBriefVersion(trx, persona.id, persona.briefVersion)) return;
  const brief = briefFieldsOf(persona);
  const previous = persona.briefVersion > 1 ? await findBriefVersion(trx, persona.id, persona.briefVersion - 1) : undefined;
  await insertBriefVersion(trx, {
    personaId: persona.id,
    version: persona.briefVersion,
    brief: JSON.stringify(brief),
    changedFields: changedBriefFields(previous?.brief ?? null, brief),
    restoredFrom,
    ...actorColumns(actor),
  });
}
