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

/**
 * Lets go of the post for `waitMs` while the network processes it, so a slow upload does not
 * hold a publishing slot: the lease runs until then in no worker's name, and whichever worker
 * is free takes the post up as after a crash, going on from what was recorded. Waiting is not
 * an attempt, so the claim's attempt is given back. `statusPolls` counts the waits so far.
 */
export async function parkPost(deps: Pick<PublishDeps, 'db' | 'owner'>, post: ScheduledPostRow, waitMs: number, statusPolls: number): Promise<void> {
  const parked = await whileHeld(deps.db, post.id, deps.owner, waitMs / 1000, { statusPolls, leaseOwner: PARKED, attempts: post.attempts - 1 });
  if (!parked) throw new LeaseLost();
}

/** The lease owner of a parked post: no worker's name (those contain '/'). */
export const PARKED = 'parked';

/** Runs a publish, treating a lost lease as the end of this worker's turn rather than a failure. */
export async function unlessLeaseLost(deps: PublishDeps, post: ScheduledPostRow, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof LeaseLost) deps.logger.warn({ postId: post.id }, 'lease lost; another worker took the post over');
    else throw error;
  }
}
