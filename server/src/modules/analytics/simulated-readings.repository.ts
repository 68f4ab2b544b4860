import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

// What the Sandbox's simulated account readings are computed from, and their update when the
// channel's posts change under them (a simulated history filled or removed).

/** When each of the channel's Sandbox posts went out. */
export async function findSandboxPostTimes(db: Database, channelId: string): Promise<Date[]> {
  const rows = await db.selectFrom('sandboxPosts').select('publishedAt').where('channelIntegrationId', '=', channelId).execute();
  return rows.map((row) => row.publishedAt);
}

/** How many of the channel's Sandbox posts had gone out at `at`. */
export async function countSandboxPostsBy(db: Database, channelId: string, at: Date): Promise<number> {
  const row = await db
    .selectFrom('sandboxPosts')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('channelIntegrationId', '=', channelId)
    .where('publishedAt', '<=', at)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The channel's simulated account readings (its posts' snapshots are not account readings). */
export function findSimulatedAccountReadings(db: Database, channelId: string) {
  return db
    .selectFrom('analyticsSnapshots')
    .select(['id', 'capturedAt'])
    .where('channelIntegrationId', '=', channelId)
    .where('contentItemId', 'is', null)
    .where('simulated', '=', true)
    .execute();
}

export interface AccountReading {
  id: string;
  followers: number;
  reach: number;
  views: number;
}

/** Rewrites the figures of many readings in one statement. */
export async function updateAccountReadings(trx: Database, readings: readonly AccountReading[]): Promise<void> {
  if (!readings.length) return;
  await sql`
    UPDATE analytics_snapshots a SET followers = r.followers, reach = r.reach, views = r.views
      FROM unnest(${readings.map((r) => r.id)}::bigint[], ${readings.map((r) => r.followers)}::int[],
                  ${readings.map((r) => r.reach)}::int[], ${readings.map((r) => r.views)}::int[]) AS r(id, followers, reach, views)
     WHERE a.id = r.id`.execute(trx);
}
