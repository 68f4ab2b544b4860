import { randomUUID } from 'node:crypto';
import { BlueskyError, createBlueskySession } from '../../connectors/bluesky/bluesky-client.js';
import { sealedSessionColumns } from '../../connectors/bluesky/bluesky-tokens.js';
import type { ChannelIntegrationRow } from '../../db/rows.js';
import { AppError, invalid, ValidationError, type FieldError } from '../../errors.js';
import { requirePersona } from '../persona/persona.service.js';
import type { ChannelContext } from './channel.service.js';
import { findChannelByAccount, insertChannel, updateChannel } from './channel.repository.js';
import { announceChannel } from './channel-status.js';

// Connecting Bluesky: the person makes an app password in Bluesky's settings and gives it with
// their handle. DoppelCart signs in once with it and keeps only the session's tokens (sealed),
// never the password. The same account connected again (a new app password after the old one
// was revoked) renews the channel instead of adding another.

export interface ConnectBlueskyInput {
  personaId: string;
  handle: string;
  appPassword: string;
  serviceUrl?: string | null;
}

const HANDLE = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const APP_PASSWORD = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i;

function checked(input: ConnectBlueskyInput): { identifier: string; password: string; serviceUrl: string | null } {
  const errors: FieldError[] = [];
  const identifier = input.handle.trim().replace(/^@/, '');
  if (!HANDLE.test(identifier) && !EMAIL.test(identifier)) {
    errors.push({ field: 'input.handle', message: 'a Bluesky handle such as lena.bsky.social (or the account email)' });
  }
  const password = input.appPassword.trim();
  if (!APP_PASSWORD.test(password)) {
    errors.push({ field: 'input.appPassword', message: 'an app password from Bluesky (Settings, Privacy and security, App passwords), shaped xxxx-xxxx-xxxx-xxxx; never the account password' });
  }
  let serviceUrl: string | null = null;
  if (input.serviceUrl?.trim()) {
    const url = URL.canParse(input.serviceUrl.trim()) ? new URL(input.serviceUrl.trim()) : null;
    // The server signs in there: https only, so it cannot be pointed at addresses inside the network in the clear.
    if (!url || url.protocol !== 'https:' || url.username || url.password) errors.push({ field: 'input.serviceUrl', message: 'the https address of the account’s Bluesky server (PDS), e.g. https://bsky.social' });
    else serviceUrl = url.origin;
  }
  if (errors.length) throw new ValidationError(errors);
  return { identifier, password, serviceUrl };
}

export async function connectBlueskyChannel(ctx: ChannelContext, input: ConnectBlueskyInput): Promise<ChannelIntegrationRow> {
  const persona = await requirePersona(ctx, input.personaId, 'input.personaId');
  const { identifier, password, serviceUrl } = checked(input);
  const service = serviceUrl ?? ctx.config.BLUESKY_SERVICE_URL;
  let session;
  try {
    session = await createBlueskySession(service, identifier, password, ctx.config.BLUESKY_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof BlueskyError)) throw error;
    if (error.kind === 'auth' || error.status === 400) throw invalid('input.appPassword', 'Bluesky did not accept this handle and app password');
    if (error.kind === 'rate_limit') throw new AppError('RATE_LIMITED', 'Bluesky is limiting sign-ins for now; try again in a few minutes');
    ctx.logger.warn({ err: error.message }, 'bluesky sign-in failed');
    throw new AppError('BAD_USER_INPUT', `Bluesky could not be reached (${error.message}); try again`, { field: 'input.serviceUrl' });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findChannelByAccount(trx, persona.id, 'bluesky', session.did);
    const id = existing?.id ?? randomUUID();
    const values = { status: 'active' as const, statusReason: null, serviceUrl, scopes: ['publish'], ...sealedSessionColumns(ctx.channels, id, session) };
    const channel = existing
      ? await updateChannel(trx, id, values)
      : await insertChannel(trx, { id, personaId: persona.id, platform: 'bluesky', externalAccountId: session.did, accountName: `@${session.handle}`, ...values });
    await announceChannel(trx, channel);
    return channel;
  });
}
