import type { Platform } from '../shared/domain.js';
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrations } from '../../db/types.generated.js';

export type ChannelInsert = Insertable<ChannelIntegrations>;
export type ChannelUpdate = Updateable<ChannelIntegrations>;

export function findChannelIntegrationsByPersonaIds(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('channelIntegrations')
    .selectAll()
    .where('personaId', 'in', personaIds)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function findChannelById(db: Database, id: string) {
  return db.selectFrom('channelIntegrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findChannelsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('channelIntegrations').selectAll().where('id', 'in', ids).execute();
}

/** The channel with its owner, for permission checks. */
export function findChannelWithOwner(db: Database, id: string) {
  return db
    .selectFrom('channelIntegrations as c')
    .innerJoin('personas as p', 'p.id', 'c.personaId')
    .selectAll('c')
    .select(['p.userId as ownerId', 'p.timeZone as personaTimeZone'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Locks the row: one token refresh (or disconnect) at a time, across processes. */
export function lockChannel(trx: Database, id: string) {
  return trx.selectFrom('channelIntegrations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findChannelByAccount(db: Database, personaId: string, platform: Platform, externalAccountId: string) {
  return db
    .selectFrom('channelIntegrations')
    .selectAll()
    .where('personaId', '=', personaId)
    .where('platform', '=', platform)
    .where('externalAccountId', '=', externalAccountId)
    .forUpdate()
    .executeTakeFirst();
}

export function insertChannel(db: Database, values: ChannelInsert) {
  return db.insertInto('channelIntegrations').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateChannel(db: Database, id: string, values: ChannelUpdate) {
  return db.updateTable('channelIntegrations').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Active Instagram channels whose token is due for a refresh (see channel-tokens.ts). */
export function findChannelsDueForRefresh(db: Database, refreshedBefore: Date, expiringBefore: Date, limit: number) {
  return db
    .selectFrom('channelIntegrations')
    .select('id')
    .where('status', '=', 'active')
    .where('platform', '=', 'instagram')
    .where('accessTokenEnc', 'is not', null)
    .where((eb) => eb.or([eb('tokenRefreshedAt', '<', refreshedBefore), eb('tokenExpiresAt', '<', expiringBefore)]))
    .orderBy('tokenExpiresAt')
    .limit(limit)
    .execute();
}

export function insertOAuthState(db: Database, values: { stateHash: Buffer; userId: string; personaId: string; platform?: Platform; codeVerifier?: string | null; expiresAt: Date }) {
  return db
    .insertInto('oauthStates')
    .values({
      stateHash: values.stateHash,
      userId: values.userId,
      personaId: values.personaId,
      platform: values.platform ?? 'instagram',
      codeVerifier: values.codeVerifier ?? null,
      expiresAt: values.expiresAt,
    })
    .execute();
}

/** Takes a state once: a replayed or expired state finds nothing. */
export function consumeOAuthState(db: Database, stateHash: Buffer) {
  return db
    .deleteFrom('oauthStates')
    .where('stateHash', '=', stateHash)
    .where('expiresAt', '>', new Date())
    .returning(['userId', 'personaId', 'platform', 'codeVerifier'])
    .executeTakeFirst();
}

export function deleteExpiredOAuthStates(db: Database) {
  return db.deleteFrom('oauthStates').where('expiresAt', '<=', new Date()).execute();
}
