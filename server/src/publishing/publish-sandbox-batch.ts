import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ContentItemRow, ScheduledPostRow } from '../db/rows.js';
import { hashtagsIn } from '../modules/content-item/caption-hashtags.js';
import { checkMove } from '../modules/content-item/status-rules.js';
import { insertStatusChanges } from '../modules/content-item/status-history.repository.js';
import type { ContentItemStatus, Platform } from '../modules/shared/domain.js';
import { publishEvents, type RealtimeEvent } from '../realtime/events.js';

// Sandbox posts due together are published together: one transaction for a whole batch, with
// set-based statements (the feed rows, the posts' PUBLISHED state, the items' POSTED status,
// their timeline rows and every event), so a burst of thousands drains at the speed of a few
// statements per batch instead of a dozen per post. Same guarantees as one at a time: each
// post is still held through its own claim's lease, the lifecycle rules are checked for every
// item, and everything commits or nothing does. Posts that cannot go in the batch are left
// for the one-at-a-time path.

const PUBLISHER = 'publisher';

export async function publishSandboxBatch(db: Database, config: Config, claimed: ScheduledPostRow[]): Promise<ScheduledPostRow[]> {
  if (!claimed.length) return [];
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const leaseOf = new Map(claimed.map((post) => [post.id, post.lease_owner]));
    const stillHeld = (
      await trx.selectFrom('scheduled_posts').selectAll().where('id', 'in', [...leaseOf.keys()]).where('state', '=', 'publishing').forUpdate().execute()
    ).filter((post) => post.lease_owner === leaseOf.get(post.id));
    if (!stillHeld.length) return [];
    const items = await trx
      .selectFrom('content_items as i')
      .innerJoin('personas as p', 'p.id', 'i.persona_id')
      .selectAll('i')
      .select('p.user_id as owner_id')
      .where('i.id', 'in', stillHeld.map((post) => post.content_item_id))
      .forUpdate()
      .execute();
    const itemById = new Map(items.map((item) => [item.id, item]));
    const ready = stillHeld.filter((post) => {
      const item = itemById.get(post.content_item_id);
      if (!item) return false;
      return checkMove({
        from: item.status as ContentItemStatus,
        to: 'posted',
        actor: 'process',
        item: { caption: item.caption, platform: item.platform as Platform, scheduledAt: item.scheduled_at, publishedAt: now, reason: null, publishingJob: true },
        now,
        limits: { instagramMaxHashtags: config.INSTAGRAM_MAX_HASHTAGS },
      }).allowed;
    });
    if (!ready.length) return [];

    const feed = await trx
      .insertInto('sandbox_posts')
      .values(
        ready.map((post) => {
          const item = itemById.get(post.content_item_id)!;
          return {
            channel_integration_id: post.channel_integration_id,
            scheduled_post_id: post.id,
            content_item_id: item.id,
            caption: item.caption,
            hashtags: hashtagsIn(item.caption),
            asset_id: item.asset_id,
            published_at: now,
          };
        }),
      )
      .returning(['id', 'scheduled_post_id'])
      .execute();
    const feedIdOf = new Map(feed.map((row) => [row.scheduled_post_id!, row.id]));
    const personaOf = (post: ScheduledPostRow) => itemById.get(post.content_item_id)!.persona_id;
    const { rows: published } = await sql<ScheduledPostRow>`
      UPDATE scheduled_posts AS s
         SET state = 'published', platform_post_id = v.feed_id, permalink = v.link, published_at = ${now},
             last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
        FROM unnest(${ready.map((post) => post.id)}::uuid[], ${ready.map((post) => feedIdOf.get(post.id)!)}::text[],
                    ${ready.map((post) => `/personas/${personaOf(post)}/sandbox#post-${feedIdOf.get(post.id)}`)}::text[]) AS v(id, feed_id, link)
       WHERE s.id = v.id
      RETURNING s.*`.execute(trx);
    const posted = await trx
      .updateTable('content_items')
      .set({ status: 'posted', published_at: now, failure_reason: null, version: sql`version + 1` })
      .where('id', 'in', ready.map((post) => post.content_item_id))
      .returningAll()
      .execute();
    const changes = await insertStatusChanges(
      trx,
      posted.map((item) => ({
        content_item_id: item.id,
        from_status: itemById.get(item.id)!.status as ContentItemStatus,
        to_status: 'posted',
        reason: null,
        actor_user_id: null,
        actor_process: PUBLISHER,
      })),
    );
    const changeOf = new Map(changes.map((change) => [change.content_item_id, change.id]));
    const ownerOf = (item: ContentItemRow) => itemById.get(item.id)!.owner_id;
    const events: RealtimeEvent[] = [
      ...posted.flatMap((item): RealtimeEvent[] => [
        { type: 'item_status', itemId: item.id, personaId: item.persona_id, userId: ownerOf(item), changeId: String(changeOf.get(item.id)) },
        { type: 'item_changed', kind: 'updated', itemId: item.id, personaId: item.persona_id, userId: ownerOf(item) },
      ]),
      ...published.map((post): RealtimeEvent => {
        const item = itemById.get(post.content_item_id)!;
        return { type: 'post_updated', postId: post.id, personaId: item.persona_id, userId: item.owner_id, dueAt: null };
      }),
    ];
    await publishEvents(trx, events);
    return published;
  });
}
