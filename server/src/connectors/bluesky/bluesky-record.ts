import { randomInt } from 'node:crypto';
import { RichText, type Agent } from '@atproto/api';
import sharp from 'sharp';
import { encodeJpeg } from '../../storage/jpeg-rendition.js';

// What a Bluesky post is: an app.bsky.feed.post record whose text carries facets (links,
// hashtags and mentions, by UTF-8 byte range) and up to four images, each an uploaded blob of
// at most 1,000,000 bytes with its alt text and aspect ratio.

export const POST_COLLECTION = 'app.bsky.feed.post';
/** Bluesky refuses image blobs above this many bytes in a post. */
export const MAX_IMAGE_BYTES = 1_000_000;

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A record key in Bluesky's TID form (13 characters: microseconds since the epoch and a
 * random clock id). The post's key is chosen and recorded before it is created, so a retry
 * uses the same key and the server refuses a second record under it.
 */
export function newRecordKey(nowMs = Date.now()): string {
  let value = ((BigInt(nowMs) * 1000n) << 10n) | BigInt(randomInt(1024));
  let key = '';
  for (let index = 0; index < 13; index += 1) {
    key = BASE32_SORTABLE[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}

/** Image types Bluesky shows as they are. */
const SENT_AS_IS = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * The image as Bluesky takes it: as stored when it is a type Bluesky shows and fits the blob
 * limit (stored images carry no metadata but DoppelCart's XMP), else a JPEG made to fit; with
 * its type and size. Encoding is what a post's image costs most, so it is done only when needed.
 */
export async function blueskyImage(bytes: Buffer, mimeType: string): Promise<{ bytes: Buffer; mimeType: string; width: number; height: number } | { problem: string }> {
  let sent: { bytes: Buffer; mimeType: string } | null;
  try {
    if (SENT_AS_IS.has(mimeType) && bytes.length <= MAX_IMAGE_BYTES) sent = { bytes, mimeType };
    else {
      const jpeg = await encodeJpeg(bytes, MAX_IMAGE_BYTES);
      sent = jpeg && { bytes: jpeg, mimeType: 'image/jpeg' };
    }
    if (!sent) return { problem: 'an image stays above 1 MB even as a JPEG; attach a smaller one' };
    const { width = 0, height = 0 } = await sharp(sent.bytes).metadata();
    return { ...sent, width, height };
  } catch {
    return { problem: 'an image of the item could not be read to convert it for Bluesky' };
  }
}

/** The text's facets: links and hashtags as written, mentions that resolve to an account. */
export async function facetsOf(agent: Agent, text: string) {
  const rich = new RichText({ text });
  await rich.detectFacets(agent);
  // A handle that does not resolve stays plain text (detectFacets leaves its DID unset).
  return (rich.facets ?? []).filter((facet) => facet.features.every((feature) => !('did' in feature) || String(feature.did).startsWith('did:')));
}

export function postPermalink(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}
