import { RateLimitedError } from '../../errors.js';
import type { ServiceContext } from '../shared/service-context.js';
import { countRunsRequestedSince } from './generation.repository.js';

// Every AI request (plan ideas, a caption, an image) costs the operator money and a model's
// time: each user gets AI_REQUESTS_PER_HOUR of them, counted from the runs they recorded, so
// the limit holds across every instance.

const HOUR_MS = 60 * 60 * 1000;

export async function checkAiAllowance(ctx: ServiceContext, userId: string): Promise<void> {
  const used = await countRunsRequestedSince(ctx.db, userId, new Date(Date.now() - HOUR_MS));
  if (used >= ctx.config.AI_REQUESTS_PER_HOUR) throw new RateLimitedError(HOUR_MS / 1000);
}
