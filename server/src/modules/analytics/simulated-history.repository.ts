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
    .selectFrom('analytics_snapshots')
    .select('id')
    .where('persona_id', '=', personaId)
    .where((eb) => eb.or([eb('content_item_id', 'is not', null), eb('simulated', '=', false)]))
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
    .insertInto('content_items')
    .values(
      posts.map((post) => ({
        persona_id: target.personaId,
        title: post.title,
        caption: post.caption,
        platform: 'sandbox',
        status: 'posted',
        scheduled_at: post.publishedAt,
        published_at: post.publishedAt,
        untouched: false,
        simulated_history_id: target.historyId,
        created_at: post.publishedAt,
        updated_at: post.publishedAt,
      })),
    )
    .returning('id')
    .execute();
  // The feed entry is the post's id and link on the Sandbox "platform", as publishing records it;
  // the link opens the feed with the simulated history shown, or the post would not be there.
  const feedIds = posts.map(() => randomUUID());
  const jobs = await trx
    .insertInto('scheduled_posts')
    .values(
      posts.map((post, index) => ({
        content_item_id: items[index]!.id,
        channel_integration_id: target.channelId,
        due_at: post.publishedAt,
        run_at: post.publishedAt,
        started_at: post.publishedAt,
        published_at: post.publishedAt,
        state: 'published',
        attempts: 1,
        platform_post_id: feedIds[index]!,
        permalink: `/personas/${target.personaId}/sandbox?simulated=1#post-${feedIds[index]!}`,
        created_at: post.publishedAt,
        updated_at: post.publishedAt,
      })),
    )
    .returning('id')
    .execute();
  await trx
    .insertInto('sandbox_posts')
    .values(
      posts.map((post, index) => ({
        id: feedIds[index]!,
        channel_integration_id: target.channelId,
        scheduled_post_id: jobs[index]!.id,
        content_item_id: items[index]!.id,
        caption: post.caption,
        hashtags: post.hashtags,
        published_at: post.publishedAt,
        simulated_history_id: target.historyId,
      })),
    )
    .execute();
  await trx
    .insertInto('content_item_status_changes')
    .values(
      posts.map((post, index) => ({
        content_item_id: items[index]!.id,
        from_status: null,
        to_status: 'posted',
        changed_at: post.publishedAt,
        actor_user_id: target.userId,
        actor_process: null,
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
  if (snapshots.length) await trx.insertInto('analytics_snapshots').values([...snapshots]).onConflict((oc) => oc.doNothing()).execute();
  if (performance.length) await trx.insertInto('post_performance').values([...performance]).execute();
}
