import type { ScheduledPostRow } from '../db/rows.js';
import { whileHeld } from '../publishing/claims.repository.js';
import type { PublishDeps } from './connector.js';

// A connector's record of a step, written only while this worker still holds the post: once
// the lease is lost another worker owns the post and this one must stop at once.

export class LeaseLost extends Error {
  constructor() {
    super('the lease on the post was lost');
    this.name = 'LeaseLost';
  }
}

export type HeldValues = Parameters<typeof whileHeld>[4];

/** Records `values` on the post (renewing the lease) and returns the row as stored; throws LeaseLost. */
export async function recordStep(deps: PublishDeps, post: ScheduledPostRow, values: HeldValues = {}): Promise<ScheduledPostRow> {
  const held = await whileHeld(deps.db, post.id, deps.owner, deps.config.PUBLISH_LEASE_SECONDS, values);
  if (!held) throw new LeaseLost();
  return held;
}

/** Runs a publish, treating a lost lease as the end of this worker's turn rather than a failure. */
export async function unlessLeaseLost(deps: PublishDeps, post: ScheduledPostRow, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof LeaseLost) deps.logger.warn({ postId: post.id }, 'lease lost; another worker took the post over');
    else throw error;
  }
}
