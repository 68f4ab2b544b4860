import { randomUUID } from 'node:crypto';
import type { Connector } from '../../connectors/connector.js';
import { NetworkError } from '../../connectors/http/network-error.js';
import { oauthCallbackPath } from '../../connectors/oauth/callback-path.js';
import { authorizationUrl, exchangeCode, OAuth2Error } from '../../connectors/oauth/oauth2-client.js';
import { sealedOAuthColumns } from '../../connectors/oauth/oauth-tokens.js';
import { codeVerifier } from '../../connectors/oauth/pkce.js';
import { connectorFor } from '../../connectors/registry.js';
import { invalid } from '../../errors.js';
import { requirePersona } from '../persona/persona.service.js';
import { PLATFORMS, type Platform } from '../shared/domain.js';
import { requireViewer } from '../shared/service-context.js';
import type { ChannelContext, ConnectionOutcome } from './channel.service.js';
import { announceChannel } from './channel-status.js';
import { consumeOAuthState, deleteExpiredOAuthStates, findChannelByAccount, insertChannel, insertOAuthState, updateChannel } from './channel.repository.js';
import { hashState, newOAuthState, OAUTH_BROWSER_COOKIE, OAUTH_STATE_TTL_MS, sameSecret, type SetCookie } from './oauth-state.js';

// Connecting a network through its consent page, for every connector with an `oauth` part
// (Instagram keeps its own flow, channel.service.ts, for its two-step long-lived token):
//   1. startChannelConnection stores a single-use state (hashed) with the PKCE verifier, bound
//      to this user, persona and network, sets the state in an HttpOnly cookie of this browser,
//      and returns the consent page's URL;
//   2. the network sends the browser to /api/channels/<network>/callback, which takes the
//      state once, checks the cookie, exchanges the code with the verifier, asks the network
//      whose account it is, and stores the tokens sealed. The same account again renews its
//      channel (a reconnect) instead of adding one.

type OAuthConnector = Connector & { oauth: NonNullable<Connector['oauth']> };

function oauthConnector(platform: string): OAuthConnector | null {
  const connector = connectorFor(platform);
  return connector?.oauth ? (connector as OAuthConnector) : null;
}

export const oauthCookiePath = (platform: Platform) => `/api/channels/${platform}`;

const redirectUri = (ctx: Pick<ChannelContext, 'channels'>, platform: Platform) => `${ctx.channels.publicUrl()}${oauthCallbackPath(platform)}`;

export async function startChannelConnection(ctx: ChannelContext & { setCookie?: SetCookie }, personaId: string, platform: Platform): Promise<{ authorizeUrl: string }> {
  const viewer = requireViewer(ctx);
  const connector = oauthConnector(platform);
  if (!connector) throw invalid('platform', `${platform} is not connected through a consent page: use its own connect form`);
  if (!ctx.setCookie) throw invalid('personaId', 'start the connection over HTTP, not WebSocket: the browser must keep a cookie for it');
  const settings = connector.oauth.settings(ctx.config, redirectUri(ctx, platform));
  if (!settings) throw invalid('platform', connector.unavailableReason(ctx.channels, ctx.config) ?? `${connector.label} is not configured on this server`);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const state = newOAuthState();
  const verifier = settings.pkce ? codeVerifier() : null;
  await deleteExpiredOAuthStates(ctx.db);
  await insertOAuthState(ctx.db, { stateHash: hashState(state), userId: viewer.userId, personaId: persona.id, platform, codeVerifier: verifier, expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS) });
  ctx.setCookie(OAUTH_BROWSER_COOKIE, state, { path: oauthCookiePath(platform), maxAgeSeconds: OAUTH_STATE_TTL_MS / 1000 });
  return { authorizeUrl: authorizationUrl(settings, state, verifier) };
}

export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
  browserState?: string;
}

/** Whether `platform` is finished by the generic callback. */
export const isOAuthPlatform = (platform: string): platform is Platform => (PLATFORMS as readonly string[]).includes(platform) && oauthConnector(platform) !== null;

export async function completeChannelConnection(deps: Omit<ChannelContext, 'viewer'>, platform: Platform, query: CallbackQuery): Promise<ConnectionOutcome> {
  const connector = oauthConnector(platform)!;
  // Checked before the state is taken: a flow finished in another browser leaves it untouched.
  if (query.state && !sameSecret(query.state, query.browserState)) {
    return { ok: false, personaId: null, message: 'This connection was started in another browser, or too long ago; connect again from the Channels page' };
  }
  const taken = query.state ? await consumeOAuthState(deps.db, hashState(query.state)) : undefined;
  if (!taken || taken.platform !== platform) return { ok: false, personaId: null, message: 'This connection link has expired or was already used; start again' };
  const personaId = taken.personaId;
  if (query.error) return { ok: false, personaId, message: `${connector.label} did not connect: ${query.errorDescription ?? query.error}` };
  if (!query.code) return { ok: false, personaId, message: `${connector.label} sent no authorization code` };
  const settings = connector.oauth.settings(deps.config, redirectUri(deps, platform));
  if (!settings) return { ok: false, personaId, message: `${connector.label} is no longer configured on this server` };
  try {
    const tokens = await exchangeCode(settings, query.code, taken.codeVerifier);
    const accounts = await connector.oauth.identify(deps.config, tokens.accessToken);
    if (accounts.length === 0) return { ok: false, personaId, message: `${connector.label} gave no account this token can publish as` };
    const channels = await deps.db.transaction().execute(async (trx) => {
      const stored = [];
      for (const account of accounts) {
        const existing = await findChannelByAccount(trx, personaId, platform, account.externalAccountId);
        const id = existing?.id ?? randomUUID();
        // Sealed per row: each channel of the connection keeps its own copy of the tokens.
        const values = { accountName: account.accountName, status: 'active' as const, statusReason: null, scopes: tokens.scopes, ...sealedOAuthColumns(deps.channels, id, tokens) };
        const channel = existing
          ? await updateChannel(trx, id, values)
          : await insertChannel(trx, { id, personaId, platform, externalAccountId: account.externalAccountId, ...values });
        await announceChannel(trx, channel);
        stored.push(channel);
      }
      return stored;
    });
    const channel = channels[0]!;
    return { ok: true, personaId, channel };
  } catch (error) {
    if (error instanceof OAuth2Error || error instanceof NetworkError) {
      deps.logger.warn({ platform, err: error.message }, 'channel connection failed');
      return { ok: false, personaId, message: `${connector.label} refused the connection: ${error.message}` };
    }
    throw error;
  }
}
