import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { PersonaCanonFacts } from '../../db/types.generated.js';

/** Each persona's facts, oldest first (open-ended beginnings first), in one statement. */
export function findFactsByPersonaIds(db: Database, personaIds: readonly string[]) {
  if (!personaIds.length) return Promise.resolve([]);
  return db
    .selectFrom('personaCanonFacts')
    .selectAll()
    .where('personaId', 'in', personaIds)
    .orderBy('validFrom', (order) => order.asc().nullsFirst())
    .orderBy('createdAt')
    .execute();
}

/** A fact of one of the user's personas. */
export function findFactForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('personaCanonFacts as fact')
    .innerJoin('personas', 'personas.id', 'fact.personaId')
    .selectAll('fact')
    .where('fact.id', '=', id)
    .where('personas.userId', '=', userId)
    .executeTakeFirst();
}

export function insertFact(db: Database, values: Insertable<PersonaCanonFacts>) {
  return db.insertInto('personaCanonFacts').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateFact(db: Database, id: string, values: Updateable<PersonaCanonFacts>) {
  return db.updateTable('personaCanonFacts').set({ ...values, updatedAt: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteFact(db: Database, id: string) {
  return db.deleteFrom('personaCanonFacts').where('id', '=', id).execute();
}

/** Each persona's story arcs, oldest first. */
export function findArcsByPersonaIds(db: Database, personaIds: readonly string[]) {
  if (!personaIds.length) return Promise.resolve([]);
  return db.selectFrom('personaStoryArcs').selectAll().where('personaId', 'in', personaIds).orderBy('createdAt').execute();
}

/** The beats of each arc, in order. */
export function findBeatsByArcIds(db: Database, arcIds: readonly string[]) {
  if (!arcIds.length) return Promise.resolve([]);
  return db.selectFrom('personaArcBeats').selectAll().where('arcId', 'in', arcIds).orderBy('arcId').orderBy('position').execute();
}

/** Every beat of each persona's arcs, with its arc's title, by date. */
export function findBeatsByPersonaIds(db: Database, personaIds: readonly string[]) {
  if (!personaIds.length) return Promise.resolve([]);
  return db
    .selectFrom('personaArcBeats as beat')
    .innerJoin('personaStoryArcs as arc', 'arc.id', 'beat.arcId')
    .selectAll('beat')
    .select(['arc.personaId', 'arc.title as arcTitle'])
    .where('arc.personaId', 'in', personaIds)
    .orderBy('beat.onDate')
    .orderBy('beat.position')
    .execute();
}

export function findArcForUser(db: Database, id: string, userId: string) {
  return db
    .selectFrom('personaStoryArcs as arc')
    .innerJoin('personas', 'personas.id', 'arc.personaId')
    .selectAll('arc')
    .where('arc.id', '=', id)
    .where('personas.userId', '=', userId)
    .executeTakeFirst();
}

export function insertArc(db: Database, values: { personaId: string; title: string; description: string }) {
  return db.insertInto('personaStoryArcs').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateArc(db: Database, id: string, values: { title?: string; description?: string }) {
  return db.updateTable('personaStoryArcs').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteArc(db: Database, id: string) {
  return db.deleteFrom('personaStoryArcs').where('id', '=', id).execute();
}

/** Makes `beats`, in order, the arc's whole list of beats. */
export async function replaceBeats(trx: Database, arcId: string, beats: ReadonlyArray<{ title: string; onDate: string }>) {
  await trx.deleteFrom('personaArcBeats').where('arcId', '=', arcId).execute();
  if (!beats.length) return;
  await trx
    .insertInto('personaArcBeats')
    .values(beats.map((beat, position) => ({ arcId, position, title: beat.title, onDate: beat.onDate })))
    .execute();
}

export function findPersonaTimeZones(db: Database, personaIds: readonly string[]) {
  return db.selectFrom('personas').select(['id', 'timeZone']).where('id', 'in', [...new Set(personaIds)]).execute();
}

export function findFactsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('personaCanonFacts').selectAll().where('id', 'in', ids).execute();
}

export function findBeatsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('personaArcBeats').selectAll().where('id', 'in', ids).execute();
}
