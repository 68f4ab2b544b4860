import type { FieldError } from '../../errors.js';
import { captionProblems, type CaptionLimits } from '../content-item/caption-limits.js';
import type { Platform } from '../shared/domain.js';

// What a post must satisfy before it is accepted for publishing, as field errors the
// schedule dialog shows next to the right input. Pure: the service gathers the facts.

/** Instagram's image rules (instagram.md): JPEG, 8 MB, aspect 4:5 to 1.91:1, 320 px wide at least. */
export const INSTAGRAM_IMAGE = { mimeType: 'image/jpeg', maxBytes: 8 * 1024 * 1024, minAspect: 4 / 5, maxAspect: 1.91, minWidth: 320 } as const;
/** Formats DoppelCart sends to Instagram: JPEG as it is, PNG and WebP as a JPEG copy (jpeg-rendition.ts). */
const SENDABLE_AS_JPEG = new Set(['image/jpeg', 'image/png', 'image/webp']);

export interface PostFacts {
  /** The item's caption: what goes out, exactly. */
  text: string;
  itemPlatform: Platform;
  channelPlatform: 'instagram' | 'sandbox';
  channelStatus: string;
  image: { mimeType: string; byteSize: number; width: number | null; height: number | null; kind: string } | null;
}

export function postProblems(facts: PostFacts, limits: CaptionLimits): FieldError[] {
  const problems: FieldError[] = [];
  if (facts.channelStatus === 'needs_reconnect') problems.push({ field: 'input.channelId', message: 'the channel needs reconnecting before it can publish' });
  else if (facts.channelStatus !== 'active') problems.push({ field: 'input.channelId', message: 'the channel is disconnected' });
  if (facts.channelPlatform === 'instagram' && facts.itemPlatform !== 'instagram') {
    problems.push({ field: 'input.channelId', message: `an Instagram channel publishes INSTAGRAM items; this one is for ${facts.itemPlatform.toUpperCase()}` });
  }
  if (!facts.text.trim()) problems.push({ field: 'input.itemId', message: 'the item needs a caption' });
  const platform = facts.channelPlatform === 'instagram' ? 'instagram' : facts.itemPlatform;
  for (const problem of captionProblems(facts.text, platform, limits)) problems.push({ field: 'input.itemId', message: `the caption needs ${problem}` });
  if (facts.channelPlatform === 'instagram') problems.push(...instagramImageProblems(facts.image));
  return problems;
}

function instagramImageProblems(image: PostFacts['image']): FieldError[] {
  const field = 'input.itemId';
  if (!image) return [{ field, message: 'Instagram posts need an image: attach one to the item' }];
  if (image.kind !== 'image') return [{ field, message: 'only images can be published to Instagram from DoppelCart' }];
  const problems: FieldError[] = [];
  if (!SENDABLE_AS_JPEG.has(image.mimeType)) problems.push({ field, message: `Instagram takes JPEG, PNG or WebP images (this one is ${image.mimeType})` });
  // A PNG or WebP is sized when its JPEG copy is made; a JPEG goes out as it is.
  if (image.mimeType === INSTAGRAM_IMAGE.mimeType && image.byteSize > INSTAGRAM_IMAGE.maxBytes) {
    problems.push({ field, message: `the image must be at most 8 MB (is ${(image.byteSize / 1024 / 1024).toFixed(1)} MB)` });
  }
  if (image.width && image.height) {
    const aspect = image.width / image.height;
    if (aspect < INSTAGRAM_IMAGE.minAspect || aspect > INSTAGRAM_IMAGE.maxAspect) {
      problems.push({ field, message: `the image's aspect ratio must be between 4:5 and 1.91:1 (is ${image.width}x${image.height})` });
    }
    if (image.width < INSTAGRAM_IMAGE.minWidth) problems.push({ field, message: `the image must be at least 320 px wide (is ${image.width})` });
  }
  return problems;
}
