import type { Database } from '../../db/database.js';

/** Each persona's reference images (assets not in the trash), in their order, in one statement. */
export function findReferenceImagesByPersonaIds(db: Database, personaIds: readonly string[]) {
  if (!personaIds.length) return Promise.resolve([]);
  return db
    .selectFrom('personaReferenceImages as reference')
    .innerJoin('assets', 'assets.id', 'reference.assetId')
    .selectAll('assets')
    .select(['reference.personaId as referencePersonaId', 'reference.position'])
    .where('reference.personaId', 'in', personaIds)
    .orderBy('reference.personaId')
    .orderBy('reference.position')
    .execute();
}

/** What each persona's images are judged by besides the references: its threshold. */
export function findImageThresholds(db: Database, personaIds: readonly string[]) {
  if (!personaIds.length) return Promise.resolve([]);
  return db.selectFrom('personas').select(['id', 'imageThreshold']).where('id', 'in', personaIds).execute();
}

/** Makes `assetIds`, in order, the persona's whole set of reference images. */
export async function replaceReferenceImages(trx: Database, personaId: string, assetIds: readonly string[]) {
  await trx.deleteFrom('personaReferenceImages').where('personaId', '=', personaId).execute();
  if (!assetIds.length) return;
  await trx
    .insertInto('personaReferenceImages')
    .values(assetIds.map((assetId, position) => ({ personaId, assetId, position })))
    .execute();
}

export function updateAssetFingerprint(db: Database, assetId: string, fingerprint: unknown) {
  return db.updateTable('assetsWithTrash').set({ fingerprint: JSON.stringify(fingerprint) }).where('id', '=', assetId).execute();
}

/** Images stored before fingerprints were taken, oldest first. */
export function findImagesWithoutFingerprint(db: Database, limit: number) {
  return db
    .selectFrom('assetsWithTrash')
    .select(['id', 'storageKey'])
    .where('kind', '=', 'image')
    .where('fingerprint', 'is', null)
    .orderBy('createdAt')
    .limit(limit)
    .execute();
}

/** How many reference portraits were drawn for the persona (in the trash too), by their prompt. */
export async function countPortraits(db: Database, personaId: string): Promise<number> {
  const row = await db
    .selectFrom('assetsWithTrash')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('personaId', '=', personaId)
    .where('source', '=', 'generated')
    .where('prompt', 'like', 'Reference portrait of %')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function updateAssetJudgement(db: Database, assetId: string, judgement: object) {
  return db.updateTable('assetsWithTrash').set({ likenessJudgement: JSON.stringify(judgement) }).where('id', '=', assetId).returningAll().executeTakeFirst();
}
