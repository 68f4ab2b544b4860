import { randomUUID } from 'node:crypto';
import type { Channels } from '../../channels/channels.js';
import { INSTAGRAM_SCOPES } from '../../channels/channels.js';
import { InstagramApiError } from '../../channels/instagram/instagram-client.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import { AppError, NotFoundError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import {
  consumeOAuthState,
  deleteExpiredOAuthStates,
  findChannelByAccount,
  findChannelWithOwner,
  insertChannel,
  insertOAuthState,
  lockChannel,
  updateChannel,
} from './channel.repository.js';
import { announceChannel, markNeedsReconnect } from './channel-status.js';
import { hashState, newOAuthState, OAUTH_BROWSER_COOKIE, OAUTH_STATE_TTL_MS, sameSecret, type SetCookie } from './oauth-state.js';
import { accessTokenOf, sealedTokenColumns } from './channel-tokens.js';
import { cancelPendingPostsOnChannel } from '../scheduling/scheduled-post-cancel.js';

export interface ChannelContext extends ServiceContext {
  channels: Channels;
  logger: Logger;
}


/** The viewer's channel, or null (another user's channel is indistinguishable from none). */
export async function getChannel(ctx: ServiceContext, id: string) {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  const channel = await findChannelWithOwner(ctx.db, id);
  if (!channel || channel.ownerId !== viewer.userId) return null;
  const { ownerId: _owner, personaTimeZone: _zone, ...row } = channel;
  return row as ChannelIntegrationRow;
}

export async function requireChannel(ctx: ServiceContext, id: string, field = 'id'): Promise<ChannelIntegrationRow> {
  const channel = await getChannel(ctx, id);
  if (!channel) throw new NotFoundError('Channel', field);
  return channel;
}

/** The built-in Sandbox: one per persona, connected again if it was disconnected. */
export async function connectSandboxChannel(ctx: ServiceContext, personaId: string): Promise<ChannelIntegrationRow> {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findChannelByAccount(trx, persona.id, 'sandbox', `sandbox-${persona.id}`);
    const channel = existing
      ? await updateChannel(trx, existing.id, { status: 'active', statusReason: null, accountName: `@${persona.handle} (Sandbox)` })
      : await insertChannel(trx, {
          personaId: persona.id,
          platform: 'sandbox',
          externalAccountId: `sandbox-${persona.id}`,
          accountName: `@${persona.handle} (Sandbox)`,
          scopes: ['publish'],
        });
    await announceChannel(trx, channel);
    return channel;
  });
}

function instagramOrRefuse(channels: Channels) {
  if (!channels.instagram) {
    throw new AppError('BAD_USER_INPUT', 'Instagram is not configured on this server: set INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET', {
      field: 'personaId',
      fieldErrors: [{ field: 'personaId', message: 'Instagram is not configured on this server' }],
    });
  }
  return channels.instagram;
}

export { OAUTH_BROWSER_COOKIE };
export const OAUTH_COOKIE_PATH = '/api/channels/instagram';

/**
 * Step 1 of OAuth: a single-use state bound to this user and persona, set in an HttpOnly cookie
 * of this browser, and the URL to go to.
 */
export async function startInstagramConnection(ctx: ChannelContext & { setCookie?: SetCookie }, personaId: string): Promise<{ authorizeUrl: string }> {
  const viewer = requireViewer(ctx);
  if (!ctx.setCookie) {
    throw new AppError('BAD_USER_INPUT', 'Start the Instagram connection over HTTP: the browser must keep a cookie for it', {
      field: 'personaId',
      fieldErrors: [{ field: 'personaId', message: 'start it over HTTP, not WebSocket' }],
    });
  }
  const instagram = instagramOrRefuse(ctx.channels);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const state = newOAuthState();
  await deleteExpiredOAuthStates(ctx.db);
  await insertOAuthState(ctx.db, { stateHash: hashState(state), userId: viewer.userId, personaId: persona.id, expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS) });
  ctx.setCookie(OAUTH_BROWSER_COOKIE, state, { path: OAUTH_COOKIE_PATH, maxAgeSeconds: OAUTH_STATE_TTL_MS / 1000 });
  return { authorizeUrl: instagram.authorizationUrl(state, INSTAGRAM_SCOPES) };
}

export type ConnectionOutcome = { ok: true; personaId: string; channel: ChannelIntegrationRow } | { ok: false; personaId: string | null; message: string };

/**
 * Step 2, Instagram's redirect back: take the state once, exchange the code for a short-lived
 * token and that for a 60-day one, read the account, and store it sealed. Anything refused
 * comes back as a message for the app to show; no token is ever logged.
 */
export async function completeInstagramConnection(
  deps: Omit<ChannelContext, 'viewer'>,
  query: { code?: string; state?: string; error?: string; errorDescription?: string; browserState?: string },
): Promise<ConnectionOutcome> {
  // Checked before the state is taken: a flow finished in another browser leaves it untouched.
  if (query.state && !sameSecret(query.state, query.browserState)) {
    return { ok: false, personaId: null, message: 'This connection was started in another browser, or too long ago; connect again from the Channels page' };
  }
  const taken = query.state ? await consumeOAuthState(deps.db, hashState(query.state)) : undefined;
  const owner = taken?.platform === 'instagram' ? taken : undefined;
  if (!owner) return { ok: false, personaId: null, message: 'This connection link has expired or was already used; start again' };
  const personaId = owner.personaId;
  if (query.error) return { ok: false, personaId, message: `Instagram did not connect: ${query.errorDescription ?? query.error}` };
  if (!query.code) return { ok: false, personaId, message: 'Instagram sent no authorization code' };
  const instagram = instagramOrRefuse(deps.channels);
  try {
    const short = await instagram.exchangeCode(query.code);
    const long = await instagram.exchangeForLongLived(short.accessToken);
    const account = await instagram.account(long.accessToken);
    const channel = await deps.db.transaction().execute(async (trx) => {
      const existing = await findChannelByAccount(trx, personaId, 'instagram', account.userId);
      const id = existing?.id ?? randomUUID();
      const values = {
        accountName: `@${account.username}`,
        status: 'active' as const,
        statusReason: null,
        scopes: short.permissions.length ? short.permissions : INSTAGRAM_SCOPES,
        ...sealedTokenColumns(deps.channels, id, long.accessToken, long.expiresInSeconds),
      };
      const stored = existing
        ? await updateChannel(trx, id, values)
        : await insertChannel(trx, { id, personaId: personaId, platform: 'instagram', externalAccountId: account.userId, ...values } as never);
      await announceChannel(trx, stored);
      return stored;
    });
    return { ok: true, personaId, channel };
  } catch (error) {
    if (error instanceof InstagramApiError) {
      deps.logger.warn({ kind: error.kind, code: error.code }, 'instagram connection failed');
      return { ok: false, personaId, message: `Instagram refused the connection: ${error.platformMessage}` };
    }
    throw error;
  }
}

/** Erases the tokens and cancels what was waiting to go out on the channel. */
export async function disconnectChannel(ctx: ServiceContext, id: string): Promise<ChannelIntegrationRow> {
  const viewer = requireViewer(ctx);
  await requireChannel(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    await lockChannel(trx, id);
    const channel = await updateChannel(trx, id, {
      status: 'disconnected',
      statusReason: null,
      accessTokenEnc: null,
      refreshTokenEnc: null,
      tokenKeyId: null,
      tokenExpiresAt: null,
    });
    await cancelPendingPostsOnChannel(trx, ctx.config, channel.id, viewer.userId, 'channel disconnected');
    await announceChannel(trx, channel);
    return channel;
  });
}

/** The account's live quota (Instagram only); null when it cannot be read right now. */
export async function publishingQuota(ctx: ChannelContext, channel: ChannelIntegrationRow) {
  const instagram = ctx.channels.instagram;
  if (channel.platform !== 'instagram' || channel.status !== 'active' || !instagram) return null;
  try {
    return await instagram.publishingLimit(accessTokenOf(ctx.channels, channel), channel.externalAccountId);
  } catch (error) {
    if (error instanceof InstagramApiError && error.kind === 'auth') await markNeedsReconnect(ctx.db, channel.id, error.platformMessage);
    ctx.logger.warn({ err: error instanceof InstagramApiError ? error.message : error, channelId: channel.id }, 'publishing quota unavailable');
    return null;
  }
}
