import type { ContainerInput } from '../channels/instagram/instagram-client.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import { instagramImageKey } from './instagram-image.js';

// What a container request sends for an item's media: the URLs Instagram fetches them from,
// and the parameters of each format's container.

/** How long a media URL handed to Instagram stays valid: it fetches while processing. */
const MEDIA_URL_TTL_SECONDS = 24 * 3600;

export type MediaUrl = { imageUrl: string } | { videoUrl: string };

/** The URL Instagram fetches a media file from: images as JPEG (a copy when needed), videos as stored (converted on upload). */
export async function instagramMediaUrl(
  storage: AssetStorage,
  publicUrl: string,
  media: { kind: string; storageKey: string; mimeType: string },
): Promise<MediaUrl | { problem: string }> {
  const absolute = async (key: string) => {
    const signed = await storage.signedUrl(key, MEDIA_URL_TTL_SECONDS);
    return signed.startsWith('/') ? `${publicUrl}${signed}` : signed;
  };
  if (media.kind === 'video') return { videoUrl: await absolute(media.storageKey) };
  const sent = await instagramImageKey(storage, media);
  return 'problem' in sent ? sent : { imageUrl: await absolute(sent.key) };
}

/** The container of a one-media format: a feed post (with alt text), a Reel (with its cover, shared to the feed) or a Story (no caption). */
export function singleContainerInput(
  format: string,
  url: MediaUrl,
  { caption, altText, coverUrl }: { caption: string; altText: string | null; coverUrl: string | null },
): ContainerInput {
  if (format === 'story') return { ...url, mediaType: 'STORIES' };
  if (format === 'reel') return { ...url, mediaType: 'REELS', caption, shareToFeed: true, ...(coverUrl && { coverUrl }) };
  return { ...url, caption, altText: altText || undefined };
}
