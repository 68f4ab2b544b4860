import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import { mediaNotReady } from './media-readiness.js';
import { finishFailed, releaseForRetry, type Held } from './outcomes.js';
import { findPostContent, findPostMedia } from './publishing.repository.js';

// What a network connector sends for a claimed post: its caption and media, read together.
// When the media cannot go out (gone, or a video still converting), the post is ended or put
// back here, the same way for every network, and the connector gets null.

export async function postToSend(held: Held & { db: Database }, post: ScheduledPostRow) {
  const [content, media] = await Promise.all([findPostContent(held.db, post), findPostMedia(held.db, post.contentItemId)]);
  if (!content || !media) throw new Error('the item of a claimed post is gone');
  const notReady = mediaNotReady(media.format, media.media);
  if (!notReady) return { content, media };
  if ('fail' in notReady) await finishFailed(held, post, notReady.fail);
  else await releaseForRetry(held, post, notReady.wait, 60_000);
  return null;
}
