import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { Insertable } from 'kysely';
import type { PostPerformance } from '../../db/types.generated.js';
import type { SnapshotValues } from './analytics-collection.repository.js';
import type { PlannedPost } from './simulated-history.js';

// The rows a Sandbox post leaves behind once published (item, publishing job, feed entry,
// timeline), written for past posts in a few set-based statements.

/**
 * Whether the persona has figures a simulated history would mix with: any post's, or any
 * real account reading. (The Sandbox's own simulated daily readings do not count: a channel
 * connected yesterday has one before it has any post.)
 */
export async function personaHasFigures(db: Database, personaId: string): Promise<boolean> {
  const row = await db
    .selectFrom('analyticsSnapshots')
    .select('id')
    .where('personaId', '=', personaId)
    .where((eb) => eb.or([eb('contentItemId', 'is not', null), eb('simulated', '=', false)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface WrittenPost {
  itemId: string;
  postId: string;
  post: PlannedPost;
}

export async function insertPublishedSandboxPosts(
  trx: Database,
  target: { personaId: string; channelId: string; userId: string; historyId: string },
  posts: readonly PlannedPost[],
): Promise<WrittenPost[]> {
  if (!posts.length) return [];
  const items = await trx
    .insertInto('contentItems')
    .values(
      posts.map((post) => ({
        personaId: target.personaId,
        title: post.title,
        caption: post.caption,
        platform: 'sandbox',
        status: 'posted',
        scheduledAt: post.publishedAt,
        publishedAt: post.publishedAt,
        untouched: false,
        simulatedHistoryId: target.historyId,
        createdAt: post.publishedAt,
        updatedAt: post.publishedAt,
      })),
    )
    .returning('id')
    .execute();
  // The feed entry is the post's id and link on the Sandbox "platform", as publishing records it;
  // the link opens the feed with the simulated history shown, or the post would not be there.
  const feedIds = posts.map(() => randomUUID());
  const jobs = await trx
    .insertInto('scheduledPosts')
    .values(
      posts.map((post, index) => ({
        contentItemId: items[index]!.id,
        channelIntegrationId: target.channelId,
        dueAt: post.publishedAt,
        runAt: post.publishedAt,
        startedAt: post.publishedAt,
        publishedAt: post.publishedAt,
        state: 'published',
        attempts: 1,
        platformPostId: feedIds[index]!,
        permalink: `/personas/${target.personaId}/sandbox?simulated=1#post-${feedIds[index]!}`,
        createdAt: post.publishedAt,
        updatedAt: post.publishedAt,
      })),
    )
    .returning('id')
    .execute();
  await trx
    .insertInto('sandboxPosts')
    .values(
      posts.map((post, index) => ({
        id: feedIds[index]!,
        channelIntegrationId: target.channelId,
        scheduledPostId: jobs[index]!.id,
        contentItemId: items[index]!.id,
        caption: post.caption,
        hashtags: post.hashtags,
        publishedAt: post.publishedAt,
        simulatedHistoryId: target.historyId,
      })),
    )
    .execute();
  await trx
    .insertInto('contentItemStatusChanges')
    .values(
      posts.map((post, index) => ({
        contentItemId: items[index]!.id,
        fromStatus: null,
        toStatus: 'posted',
        changedAt: post.publishedAt,
        actorUserId: target.userId,
        actorProcess: null,
        reason: 'simulated history (Sandbox)',
      })),
    )
    .execute();
  return posts.map((post, index) => ({ itemId: items[index]!.id, postId: jobs[index]!.id, post }));
}

export type PerformanceValues = Insertable<PostPerformance>;

/**
 * The history's snapshots and each post's latest figures, in two statements. A snapshot whose
 * checkpoint is already there (the Sandbox's own reading of a day) is kept as it was.
 */
export async function insertSimulatedFigures(trx: Database, snapshots: readonly SnapshotValues[], performance: readonly PerformanceValues[]) {
  if (snapshots.length) await trx.insertInto('analyticsSnapshots').values([...snapshots]).onConflict((oc) => oc.doNothing()).execute();
  if (performance.length) await trx.insertInto('postPerformance').values([...performance]).execute();
}
