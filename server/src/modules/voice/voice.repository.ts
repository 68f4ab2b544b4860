import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OverrideKind } from '../shared/domain.js';

/** What the voice of each persona is judged by: its brief's voice fields and its threshold. */
export function findPersonaVoiceFields(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('personas')
    .select(['id', 'voice', 'personality', 'avoid', 'examplePosts', 'voiceThreshold'])
    .where('id', 'in', personaIds)
    .execute();
}

/**
 * Captions people approved for each persona: its posted items (not the simulated history), newest
 * first, up to `limit` each, in one statement.
 */
export async function findApprovedCaptionsByPersonaIds(db: Database, personaIds: readonly string[], limit: number) {
  if (!personaIds.length) return [];
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('contentItems')
        .select(['personaId', 'caption'])
        .select(sql<number>`row_number() OVER (PARTITION BY persona_id ORDER BY published_at DESC NULLS LAST, id)`.as('position'))
        .where('personaId', 'in', personaIds)
        .where('status', '=', 'posted')
        .where('simulatedHistoryId', 'is', null)
        .where('caption', '<>', '')
        .as('ranked'),
    )
    .select(['personaId', 'caption'])
    .where('position', '<=', limit)
    .orderBy('position')
    .execute();
}

export function insertOverrides(
  db: Database,
  rows: ReadonlyArray<{
    contentItemId: string;
    kind: OverrideKind;
    /** The score overridden and its threshold; null for a continuity override. */
    score: number | null;
    threshold: number | null;
    /** The caption a voice override let through. */
    caption?: string;
    /** The image an image override let through. */
    assetId?: string | null;
    /** What a continuity override's caption contradicted. */
    detail?: string;
    reason: string;
    actorUserId: string | null;
    actorProcess: string | null;
  }>,
) {
  if (!rows.length) return Promise.resolve([]);
  return db.insertInto('contentItemOverrides').values(rows).execute();
}

export function findOverridesByItemIds(db: Database, itemIds: readonly string[]) {
  return db.selectFrom('contentItemOverrides').selectAll().where('contentItemId', 'in', itemIds).orderBy('createdAt', 'desc').execute();
}

/** The persona's items published in [from, to), oldest first, up to `limit`. */
export function findPublishedItemsInPeriod(db: Database, personaId: string, from: Date, to: Date, limit: number) {
  return db
    .selectFrom('contentItems')
    .selectAll()
    .where('personaId', '=', personaId)
    .where('status', '=', 'posted')
    .where('publishedAt', '>=', from)
    .where('publishedAt', '<', to)
    .where('caption', '<>', '')
    .orderBy('publishedAt')
    .orderBy('id')
    .limit(limit)
    .execute();
}
