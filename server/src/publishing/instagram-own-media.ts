import type { InstagramClient } from '../channels/instagram/instagram-client.js';
import type { Database } from '../db/database.js';
import type { ChannelIntegrationRow, ScheduledPostRow } from '../db/rows.js';
import { findClaimedPlatformPostIds, findPostContent } from './publishing.repository.js';

/**
 * The media a PUBLISHED container became, when its answer was lost: the account's earliest
 * post with this caption since publishing was requested that no other post has claimed
 * (another post may share the caption); a Story, which has no caption, is the earliest
 * unclaimed Story since then. Null when it cannot be told apart.
 */
export async function findOwnMedia({ db, instagram, token, channel, post }: {
  db: Database;
  instagram: InstagramClient;
  token: string;
  channel: ChannelIntegrationRow;
  post: ScheduledPostRow;
}) {
  const content = await findPostContent(db, post);
  const caption = post.captionSent ?? content?.caption ?? '';
  const since = (post.publishRequestedAt ?? post.createdAt).getTime() - 60_000;
  const account = channel.externalAccountId;
  const recent = content?.format === 'story'
    ? await instagram.recentStories(token, account).catch(() => [])
    : (await instagram.recentMedia(token, account, 50).catch(() => [])).filter((media) => media.caption === caption);
  const candidates = recent.filter((media) => Date.parse(media.timestamp) >= since);
  if (!candidates.length) return null;
  const taken = await findClaimedPlatformPostIds(db, channel.id, candidates.map((media) => media.id), post.id);
  return candidates.filter((media) => !taken.has(media.id)).sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp))[0] ?? null;
}
