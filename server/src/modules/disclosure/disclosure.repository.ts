import type { Database } from '../../db/database.js';

/** The personas' disclosure policies and the images' origins, by id (two statements). */
export async function findDisclosureFacts(db: Database, personaIds: readonly string[], assetIds: readonly string[]) {
  const [personas, assets] = await Promise.all([
    db.selectFrom('personas').select(['id', 'disclosureMode', 'disclosureText']).where('id', 'in', [...new Set(personaIds)]).execute(),
    assetIds.length
      ? db.selectFrom('assets').select(['id', 'source', 'digitalSourceType']).where('id', 'in', [...new Set(assetIds)]).execute()
      : Promise.resolve([]),
  ]);
  return { personas: new Map(personas.map((row) => [row.id, row])), assets: new Map(assets.map((row) => [row.id, row])) };
}
