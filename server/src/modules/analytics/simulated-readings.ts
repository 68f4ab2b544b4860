import type { Database } from '../../db/database.js';
import { findSandboxPostTimes, findSimulatedAccountReadings, updateAccountReadings } from './simulated-readings.repository.js';
import { postsPublishedBy, simulatedAccountMetrics } from './simulated-metrics.js';

// The Sandbox account's readings follow its posts: a reading counts the posts published by
// its instant. When a simulated history adds past posts, or its removal takes them away, the
// readings already taken are computed again, in the same transaction, so the follower series
// never shows a drop that no post explains.

export interface SandboxChannel {
  id: string;
  createdAt: Date;
}

/** The account's figures at `at`, given when the channel's posts went out. */
export function sandboxAccountAt(channel: SandboxChannel, at: Date, postTimes: readonly Date[]) {
  return simulatedAccountMetrics({ channelId: channel.id, connectedAt: channel.createdAt, at, postsPublished: postsPublishedBy(postTimes, at) });
}

/** Recomputes every simulated account reading of the channel from its posts as they are now. */
export async function alignSimulatedReadings(trx: Database, channel: SandboxChannel): Promise<void> {
  const readings = await findSimulatedAccountReadings(trx, channel.id);
  const postTimes = await findSandboxPostTimes(trx, channel.id);
  await updateAccountReadings(
    trx,
    readings.map((reading) => ({ id: reading.id, ...sandboxAccountAt(channel, reading.capturedAt, postTimes) })),
  );
}
