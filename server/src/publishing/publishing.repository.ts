import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import { hashtagsIn } from '../modules/content-item/caption-hashtags.js';
import { disclosedCaption } from '../modules/disclosure/disclosure.js';

// What publishing reads and writes besides its claims (claims.repository.ts): the channel
// and content a post goes out with, the Sandbox feed, and the posts' final rows.

export function findChannelById(db: Database, id: string) {
  return db.selectFrom('channelIntegrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What each item's published caption depends on: its caption, its image's origin and its persona's disclosure policy. */
function postContentQuery(db: Database) {
  return db
    .selectFrom('contentItems as i')
    .innerJoin('personas as p', 'p.id', 'i.personaId')
    .leftJoin('assets as a', 'a.id', 'i.assetId')
    .select(['i.id', 'i.personaId', 'i.title', 'i.caption', 'i.format', 'i.assetId', 'a.storageKey', 'a.mimeType', 'a.source', 'a.digitalSourceType', 'p.disclosureMode', 'p.disclosureText']);
}

/** A post as its content is read: its item, and the caption it carries for its channel when it has its own. */
export type PostOfItem = Pick<ScheduledPostRow, 'id' | 'contentItemId' | 'captionVariant'>;

/**
 * The caption (the post's own for its channel, else the item's; with the persona's disclosure
 * line when it applies) and image a post goes out with.
 */
export async function findPostContent(db: Database, post: PostOfItem) {
  const row = await postContentQuery(db).where('i.id', '=', post.contentItemId).executeTakeFirst();
  return row && { ...row, caption: disclosedCaption(post.captionVariant ?? row.caption, row, row.source ? row : null) };
}

/** The published caption of each post, by post id (one statement). */
export async function findPublishedCaptions(db: Database, posts: readonly PostOfItem[]): Promise<Map<string, string>> {
  if (!posts.length) return new Map();
  const rows = await postContentQuery(db).where('i.id', 'in', [...new Set(posts.map((post) => post.contentItemId))]).execute();
  const itemOf = new Map(rows.map((row) => [row.id, row]));
  return new Map(
    posts.flatMap((post) => {
      const row = itemOf.get(post.contentItemId);
      return row ? [[post.id, disclosedCaption(post.captionVariant ?? row.caption, row, row.source ? row : null)] as const] : [];
    }),
  );
}

/** Platform post ids among `ids` that another of the channel's posts already owns. */
export async function findClaimedPlatformPostIds(db: Database, channelId: string, ids: readonly string[], exceptPostId: string) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .selectFrom('scheduledPosts')
    .select('platformPostId')
    .where('channelIntegrationId', '=', channelId)
    .where('platformPostId', 'in', ids)
    .where('id', '<>', exceptPostId)
    .execute();
  return new Set(rows.map((row) => row.platformPostId!));
}

/** Claimed posts that are still held by the claim they were taken with, locked for the final write. */
export async function lockStillHeld(trx: Database, claimed: readonly ScheduledPostRow[]) {
  const leaseOf = new Map(claimed.map((post) => [post.id, post.leaseOwner]));
  const rows = await trx.selectFrom('scheduledPosts').selectAll().where('id', 'in', [...leaseOf.keys()]).where('state', '=', 'publishing').orderBy('id').forUpdate().execute();
  return rows.filter((post) => post.leaseOwner === leaseOf.get(post.id));
}

const STORY_LIFE_MS = 24 * 3600 * 1000;

export interface SandboxFeedEntry {
  post: ScheduledPostRow;
  item: { id: string; personaId: string; caption: string; assetId: string | null };
}

/** The Sandbox's published posts, one row per scheduled post (unique), with their links. */
export async function insertSandboxFeedRows(trx: Database, entries: readonly SandboxFeedEntry[], publishedAt: Date) {
  if (!entries.length) return [];
  const itemIds = entries.map(({ item }) => item.id);
  const [captions, formats, media] = await Promise.all([
    findPublishedCaptions(trx, entries.map(({ post }) => post)),
    trx.selectFrom('contentItems').select(['id', 'format']).where('id', 'in', itemIds).execute(),
    trx.selectFrom('contentItemMedia as m').innerJoin('assets as a', 'a.id', 'm.assetId').select(['m.contentItemId', 'm.assetId', 'm.altText']).where('m.contentItemId', 'in', itemIds).orderBy('m.position').execute(),
  ]);
  const formatOf = new Map(formats.map((row) => [row.id, row.format]));
  const mediaOf = (itemId: string) => media.filter((row) => row.contentItemId === itemId);
  const rows = await trx
    .insertInto('sandboxPosts')
    .values(
      entries.map(({ post, item }) => ({
        channelIntegrationId: post.channelIntegrationId,
        scheduledPostId: post.id,
        contentItemId: item.id,
        caption: captions.get(post.id) ?? post.captionVariant ?? item.caption,
        hashtags: hashtagsIn(captions.get(post.id) ?? post.captionVariant ?? item.caption),
        assetId: item.assetId,
        format: formatOf.get(item.id) ?? 'post',
        mediaIds: mediaOf(item.id).map((row) => row.assetId),
        altTexts: mediaOf(item.id).map((row) => row.altText),
        // A Story leaves the feed a day after it went out, as on the platforms.
        expiresAt: formatOf.get(item.id) === 'story' ? new Date(publishedAt.getTime() + STORY_LIFE_MS) : null,
        publishedAt: publishedAt,
      })),
    )
    .returning(['id', 'scheduledPostId'])
    .execute();
  const personaOf = new Map(entries.map(({ post, item }) => [post.id, item.personaId]));
  return rows.map((row) => ({
    scheduledPostId: row.scheduledPostId!,
    platformPostId: row.id,
    permalink: `/personas/${personaOf.get(row.scheduledPostId!)}/sandbox#post-${row.id}`,
  }));
}

/** Marks posts PUBLISHED with each one's platform id and link, ending their claims. */
export async function markPostsPublished(
  trx: Database,
  outcomes: ReadonlyArray<{ scheduledPostId: string; platformPostId: string | null; permalink: string | null }>,
  publishedAt: Date,
) {
  if (!outcomes.length) return [];
  const { rows } = await sql<ScheduledPostRow>`
    UPDATE scheduled_posts AS s
       SET state = 'published', platform_post_id = v.platform_post_id, permalink = v.permalink, published_at = ${publishedAt},
           last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
      FROM unnest(${outcomes.map((outcome) => outcome.scheduledPostId)}::uuid[], ${outcomes.map((outcome) => outcome.platformPostId)}::text[],
                  ${outcomes.map((outcome) => outcome.permalink)}::text[]) AS v(id, platform_post_id, permalink)
     WHERE s.id = v.id
    RETURNING s.*`.execute(trx);
  return rows;
}

/** What a post's media go out as: the item's format, its media in order with their files, and a Reel's cover. */
export async function findPostMedia(db: Database, itemId: string) {
  const [item, media] = await Promise.all([
    db
      .selectFrom('contentItems as i')
      .leftJoin('assets as c', 'c.id', 'i.coverAssetId')
      .select(['i.format', 'c.storageKey as coverKey', 'c.mimeType as coverMimeType'])
      .where('i.id', '=', itemId)
      .executeTakeFirst(),
    db
      .selectFrom('contentItemMedia as m')
      .innerJoin('assets as a', 'a.id', 'm.assetId')
      .select(['a.id', 'a.kind', 'a.storageKey', 'a.mimeType', 'a.processing', 'm.altText'])
      .where('m.contentItemId', '=', itemId)
      .orderBy('m.position')
      .execute(),
  ]);
  if (!item) return null;
  const cover = item.coverKey && item.coverMimeType ? { storageKey: item.coverKey, mimeType: item.coverMimeType } : null;
  return { format: item.format, media, cover };
}
