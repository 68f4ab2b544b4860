import type { Platform } from '../shared/domain.js';
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ChannelIntegrations } from '../../db/types.generated.js';

export type ChannelInsert = Insertable<ChannelIntegrations>;
export type ChannelUpdate = Updateable<ChannelIntegrations>;

export function findChannelIntegrationsByPersonaIds(db: Database, personaIds: readonly string[]) {
  return db
    .selectFrom('channel_integrations')
    .selectAll()
    .where('persona_id', 'in', personaIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findChannelById(db: Database, id: string) {
  return db.selectFrom('channel_integrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findChannelsByIds(db: Database, ids: readonly string[]) {
  return db.selectFrom('channel_integrations').selectAll().where('id', 'in', ids).execute();
}

/** The channel with its owner, for permission checks. */
export function findChannelWithOwner(db: Database, id: string) {
  return db
    .selectFrom('channel_integrations as c')
    .innerJoin('personas as p', 'p.id', 'c.persona_id')
    .selectAll('c')
    .select(['p.user_id as owner_id', 'p.time_zone as persona_time_zone'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Locks the row: one token refresh (or disconnect) at a time, across processes. */
export function lockChannel(trx: Database, id: string) {
  return trx.selectFrom('channel_integrations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findChannelByAccount(db: Database, personaId: string, platform: Platform, externalAccountId: string) {
  return db
    .selectFrom('channel_integrations')
    .selectAll()
    .where('persona_id', '=', personaId)
    .where('platform', '=', platform)
    .where('external_account_id', '=', externalAccountId)
    .forUpdate()
    .executeTakeFirst();
}

export function insertChannel(db: Database, values: ChannelInsert) {
  return db.insertInto('channel_integrations').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateChannel(db: Database, id: string, values: ChannelUpdate) {
  return db.updateTable('channel_integrations').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Active Instagram channels whose token is due for a refresh (see channel-tokens.ts). */
export function findChannelsDueForRefresh(db: Database, refreshedBefore: Date, expiringBefore: Date, limit: number) {
  return db
    .selectFrom('channel_integrations')
    .select('id')
    .where('status', '=', 'active')
    .where('platform', '=', 'instagram')
    .where('access_token_enc', 'is not', null)
    .where((eb) => eb.or([eb('token_refreshed_at', '<', refreshedBefore), eb('token_expires_at', '<', expiringBefore)]))
    .orderBy('token_expires_at')
    .limit(limit)
    .execute();
}

export function insertOAuthState(db: Database, values: { stateHash: Buffer; userId: string; personaId: string; expiresAt: Date }) {
  return db
    .insertInto('oauth_states')
    .values({ state_hash: values.stateHash, user_id: values.userId, persona_id: values.personaId, platform: 'instagram', expires_at: values.expiresAt })
    .execute();
}

/** Takes a state once: a replayed or expired state finds nothing. */
export function consumeOAuthState(db: Database, stateHash: Buffer) {
  return db
    .deleteFrom('oauth_states')
    .where('state_hash', '=', stateHash)
    .where('expires_at', '>', new Date())
    .returning(['user_id', 'persona_id'])
    .executeTakeFirst();
}

export function deleteExpiredOAuthStates(db: Database) {
  return db.deleteFrom('oauth_states').where('expires_at', '<=', new Date()).execute();
}
