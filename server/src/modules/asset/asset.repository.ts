import type { Database } from '../../db/database.js';

export function findAssetsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('assets').selectAll().where('id', 'in', ids).execute();
}
