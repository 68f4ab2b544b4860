import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { UnauthenticatedError } from '../../errors.js';
import type { ContentGenerator } from '../../ai/generator.js';
import type { ItemWriteGuard } from './item-write-guard.js';

export interface Viewer {
  userId: string;
  sessionId: string;
}

/** What every service call needs: the database and who is asking. */
export interface ServiceContext {
  db: Database;
  config: Config;
  viewer: Viewer | null;
  /** Runs inside every person's write of content items (see ItemWriteGuard). */
  itemWriteGuard: ItemWriteGuard;
  /** The AI generator, where the caller has one (the API); model-backed checks ask it. */
  generator?: ContentGenerator;
}

export function requireViewer(ctx: ServiceContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
