import type { Logger } from '../logger.js';
import type { ServiceContext } from '../modules/shared/service-context.js';
import type { Loaders } from './loaders.js';

/** Per-request state every resolver receives. */
export interface GraphQLContext extends ServiceContext {
  requestId: string;
  clientIp: string;
  loaders: Loaders;
  logger: Logger;
}
