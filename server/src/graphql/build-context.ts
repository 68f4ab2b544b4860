import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ContentGenerator } from '../ai/generator.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import type { Notifier } from '../realtime/notifier.js';
import { authenticate } from '../modules/auth/auth.service.js';
import { parseBearer } from '../modules/auth/session-token.js';
import type { ItemWriteGuard } from '../modules/shared/item-write-guard.js';
import type { Viewer } from '../modules/shared/service-context.js';
import { UnauthenticatedError } from '../errors.js';
import type { GraphQLContext } from './context.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ContextDeps {
  db: Database;
  config: Config;
  logger: Logger;
  notifier: Notifier;
  storage: AssetStorage;
  generator: ContentGenerator;
  channels: Channels;
  mailer: Mailer;
  itemWriteGuard: ItemWriteGuard;
}

/** The viewer behind an Authorization value; an unknown or revoked token means anonymous. */
export async function resolveViewer(deps: Pick<ContextDeps, 'db' | 'config'>, authorization: string | null | undefined): Promise<Viewer | null> {
  const token = parseBearer(authorization);
  if (!token) return null;
  try {
    return await authenticate(deps, token);
  } catch (error) {
    if (error instanceof UnauthenticatedError) return null;
    throw error;
  }
}

export function buildContext(
  deps: ContextDeps,
  request: { requestId: string; clientIp: string; viewer: Viewer | null; setCookie?: GraphQLContext['setCookie'] },
): GraphQLContext {
  // Made on first use: a subscription's context never uses its own (each event brings fresh
  // ones), and a set of loaders with their caches is about a quarter of an idle subscription's
  // memory.
  let loaders: Loaders | undefined;
  return {
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    viewer: request.viewer,
    itemWriteGuard: deps.itemWriteGuard,
    requestId: request.requestId,
    clientIp: request.clientIp,
    get loaders(): Loaders {
      return (loaders ??= createLoaders(deps.db));
    },
    set loaders(value: Loaders) {
      loaders = value;
    },
    notifier: deps.notifier,
    storage: deps.storage,
    generator: deps.generator,
    channels: deps.channels,
    mailer: deps.mailer,
    setCookie: request.setCookie,
    appUrl: () => deps.channels.publicUrl(),
  };
}
