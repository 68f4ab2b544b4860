import type { ContentGenerator } from '../ai/generator.js';
import type { Channels } from '../channels/channels.js';
import type { Logger } from '../logger.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import type { Notifier } from '../realtime/notifier.js';
import type { MailingContext } from '../modules/auth/account-links.js';
import type { Loaders } from './loaders.js';

/** Per-request state every resolver receives. */
export interface GraphQLContext extends MailingContext {
  requestId: string;
  clientIp: string;
  /** Per request over HTTP; replaced per event in subscriptions, so each event reads fresh rows. */
  loaders: Loaders;
  notifier: Notifier;
  logger: Logger;
  storage: AssetStorage;
  generator: ContentGenerator;
  channels: Channels;
  /**
   * Sets an HttpOnly, SameSite=Lax cookie on the response: present over HTTP, absent over
   * WebSocket (which has no response to carry one).
   */
  setCookie?: (name: string, value: string, options: { path: string; maxAgeSeconds: number }) => void;
}
