import { randomUUID } from 'node:crypto';
import { MastodonClient, MastodonError } from '../../connectors/mastodon/mastodon-client.js';
import { sealedTokenColumns } from '../../connectors/mastodon/mastodon-tokens.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import { AppError, invalid, ValidationError, type FieldError } from '../../errors.js';
import { requirePersona } from '../persona/persona.service.js';
import type { ChannelContext } from './channel.service.js';
import { findChannelByAccount, insertChannel, updateChannel } from './channel.repository.js';
import { announceChannel } from './channel-status.js';

// Connecting Mastodon: the person makes an application on their instance (Preferences,
// Development, New application, with read and write scopes) and gives its access token with
// the instance's address. DoppelCart checks it once (verify_credentials) and keeps it sealed.
// The same account connected again (a new token after the old one was revoked) renews the
// channel instead of adding another.

export interface ConnectMastodonInput {
  personaId: string;
  accessToken: string;
  instanceUrl?: string | null;
}

/** Mastodon tokens are URL-safe base64, 43 characters today; anything far from that is not one. */
const TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

function checked(input: ConnectMastodonInput): { token: string; instanceUrl: string | null } {
  const errors: FieldError[] = [];
  const token = input.accessToken.trim();
  if (!TOKEN.test(token)) {
    errors.push({ field: 'input.accessToken', message: "the access token of an application made on the instance (Preferences, Development), letters, digits, - and _ only; never the account's password" });
  }
  let instanceUrl: string | null = null;
  const given = input.instanceUrl?.trim();
  if (given) {
    const url = URL.canParse(given) ? new URL(given) : URL.canParse(`https://${given}`) ? new URL(`https://${given}`) : null;
    // The server calls it: https only, so it cannot be pointed at addresses inside the network in the clear.
    if (!url || url.protocol !== 'https:' || url.username || url.password || url.pathname !== '/') errors.push({ field: 'input.instanceUrl', message: 'the https address of the account’s instance, e.g. https://mastodon.social' });
    else instanceUrl = url.origin;
  }
  if (errors.length) throw new ValidationError(errors);
  return { token, instanceUrl };
}

export async function connectMastodonChannel(ctx: ChannelContext, input: ConnectMastodonInput): Promise<ChannelIntegrationRow> {
  const persona = await requirePersona(ctx, input.personaId, 'input.personaId');
  const { token, instanceUrl } = checked(input);
  const instance = instanceUrl ?? ctx.config.MASTODON_INSTANCE_URL;
  let account;
  try {
    account = await new MastodonClient(instance, token, ctx.config.MASTODON_TIMEOUT_MS).verifyCredentials();
  } catch (error) {
    if (!(error instanceof MastodonError)) throw error;
    if (error.kind === 'auth') throw invalid('input.accessToken', `${new URL(instance).host} did not accept this access token`);
    if (error.kind === 'rate_limit') throw new AppError('RATE_LIMITED', 'The instance is limiting requests for now; try again in a few minutes');
    ctx.logger.warn({ err: error.message }, 'mastodon verify_credentials failed');
    throw new AppError('BAD_USER_INPUT', `The instance could not be reached (${error.message}); check its address and try again`, { field: 'input.instanceUrl' });
  }
  const host = new URL(instance).host;
  return ctx.db.transaction().execute(async (trx) => {
    // Account ids are the instance's own: with its host they name one account anywhere.
    const accountId = `${account.id}@${host}`;
    const existing = await findChannelByAccount(trx, persona.id, 'mastodon', accountId);
    const id = existing?.id ?? randomUUID();
    const values = {
      status: 'active' as const,
      statusReason: null,
      serviceUrl: instanceUrl,
      scopes: ['read', 'write'],
      accountName: `@${account.username}@${host}`,
      ...sealedTokenColumns(ctx.channels, id, token),
    };
    const channel = existing
      ? await updateChannel(trx, id, values)
      : await insertChannel(trx, { id, personaId: persona.id, platform: 'mastodon', externalAccountId: accountId, ...values });
    await announceChannel(trx, channel);
    return channel;
  });
}
