import type { FieldError } from '../../errors.js';
import { captionProblems, type CaptionLimits } from '../content-item/caption-limits.js';
import { mediaProblems, type MediaFacts } from '../content-item/media-rules.js';
import { PLATFORM_LABELS, type ContentFormat, type Platform } from '../shared/domain.js';

// What a post must satisfy before it is accepted for publishing, as field errors the
// schedule dialog shows next to the right input. Pure: the service gathers the facts.

/** Instagram's image rules (instagram.md): JPEG, 8 MB, aspect 4:5 to 1.91:1, 320 px wide at least. */
export const INSTAGRAM_IMAGE = { mimeType: 'image/jpeg', maxBytes: 8 * 1024 * 1024, minAspect: 4 / 5, maxAspect: 1.91, minWidth: 320 } as const;
/** Formats DoppelCart sends to Instagram: JPEG as it is, PNG and WebP as a JPEG copy (jpeg-rendition.ts). */
const SENDABLE_AS_JPEG = new Set(['image/jpeg', 'image/png', 'image/webp']);

export interface PostMedia extends MediaFacts {
  mimeType: string;
  byteSize: number;
}

export interface PostFacts {
  /** The item's caption: what goes out, exactly. */
  text: string;
  itemPlatform: Platform;
  channelPlatform: Platform;
  channelStatus: string;
  format: ContentFormat;
  /** The item's media in order (those in the trash left out). */
  media: PostMedia[];
  cover: PostMedia | null;
}

export function postProblems(facts: PostFacts, limits: CaptionLimits): FieldError[] {
  const problems: FieldError[] = [];
  if (facts.channelStatus === 'needs_reconnect') problems.push({ field: 'input.channelId', message: 'the channel needs reconnecting before it can publish' });
  else if (facts.channelStatus !== 'active') problems.push({ field: 'input.channelId', message: 'the channel is disconnected' });
  // A network's channel publishes items made for it; the Sandbox tries out items of any platform.
  if (facts.channelPlatform !== 'sandbox' && facts.itemPlatform !== facts.channelPlatform) {
    const network = PLATFORM_LABELS[facts.channelPlatform];
    problems.push({ field: 'input.channelId', message: `a${/^[AEIOU]/.test(network) ? 'n' : ''} ${network} channel publishes ${facts.channelPlatform.toUpperCase()} items; this one is for ${facts.itemPlatform.toUpperCase()}` });
  }
  // Stories carry no caption on Instagram; every other format needs one.
  if (!facts.text.trim() && facts.format !== 'story') problems.push({ field: 'input.itemId', message: 'the item needs a caption' });
  const platform = facts.channelPlatform === 'sandbox' ? facts.itemPlatform : facts.channelPlatform;
  for (const problem of captionProblems(facts.text, platform, limits)) problems.push({ field: 'input.itemId', message: `the caption needs ${problem}` });
  problems.push(...mediaFieldProblems(facts, platform));
  if (facts.channelPlatform === 'instagram') problems.push(...instagramFileProblems(facts));
  return problems;
}

function mediaFieldProblems(facts: PostFacts, platform: Platform): FieldError[] {
  const field = 'input.itemId';
  if (facts.channelPlatform === 'instagram' && facts.format === 'post' && !facts.media.length) {
    return [{ field, message: 'Instagram posts need an image: attach one to the item' }];
  }
  const found = mediaProblems(platform, facts.format, facts.media, facts.cover);
  return [...found.invalid, ...found.needs, ...found.beforePublishing].map((message) => ({ field, message: message.replace(/^media: /, '') }));
}

/** Each image Instagram will fetch must be one it takes (videos were converted to its spec on upload). */
function instagramFileProblems(facts: PostFacts): FieldError[] {
  const field = 'input.itemId';
  const images = [...facts.media, ...(facts.cover ? [facts.cover] : [])].filter((media) => media.kind === 'image');
  const problems: FieldError[] = [];
  images.forEach((image, index) => {
    const which = images.length > 1 ? `image ${index + 1}` : 'the image';
    if (!SENDABLE_AS_JPEG.has(image.mimeType)) problems.push({ field, message: `Instagram takes JPEG, PNG or WebP images (${which} is ${image.mimeType})` });
    // A PNG or WebP is sized when its JPEG copy is made; a JPEG goes out as it is.
    if (image.mimeType === INSTAGRAM_IMAGE.mimeType && image.byteSize > INSTAGRAM_IMAGE.maxBytes) {
      problems.push({ field, message: `${which} must be at most 8 MB (is ${(image.byteSize / 1024 / 1024).toFixed(1)} MB)` });
    }
    if (image.width && image.width < INSTAGRAM_IMAGE.minWidth) problems.push({ field, message: `${which} must be at least 320 px wide (is ${image.width})` });
  });
  return problems;
}
