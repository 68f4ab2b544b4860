import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Assets, MediaUploads } from '../../db/types.generated.js';

export function insertMediaUpload(db: Database, values: Insertable<MediaUploads>) {
  return db.insertInto('mediaUploads').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findMediaUploadForUser(db: Database, id: string, userId: string) {
  return db.selectFrom('mediaUploads').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
}

/**
 * Records a stored chunk when it starts exactly where the upload stands: a chunk for an offset
 * already taken (a retry, a race) writes nothing and returns undefined.
 */
export function appendUploadChunk(db: Database, id: string, offset: number, length: number, key: string) {
  return db
    .updateTable('mediaUploads')
    .set({ receivedBytes: sql`received_bytes + ${length}`, chunkKeys: sql`array_append(chunk_keys, ${key})` })
    .where('id', '=', id)
    .where('receivedBytes', '=', String(offset))
    .where('assetId', 'is', null)
    .where(sql<boolean>`received_bytes + ${length} <= byte_size`)
    .returningAll()
    .executeTakeFirst();
}

export function setMediaUploadAsset(db: Database, id: string, assetId: string) {
  return db.updateTable('mediaUploads').set({ assetId, chunkKeys: [] }).where('id', '=', id).execute();
}

/** Uploads past their expiry, with the chunks they still hold (housekeeping removes both). */
export function deleteExpiredMediaUploads(db: Database, limit: number) {
  return db
    .deleteFrom('mediaUploads')
    .where('id', 'in', (query) => query.selectFrom('mediaUploads').select('id').where('expiresAt', '<', new Date()).limit(limit))
    .returning(['id', 'chunkKeys'])
    .execute();
}

export function updateAssetById(db: Database, id: string, values: Updateable<Assets>) {
  return db.updateTable('assetsWithTrash').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

export function findAssetById(db: Database, id: string) {
  return db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst();
}
