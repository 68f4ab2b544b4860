import { captionProblems, type CaptionLimits } from '../content-item/caption-limits.js';
import { mediaProblems, type MediaFacts } from '../content-item/media-rules.js';
import type { ContentFormat, Platform } from '../shared/domain.js';

// What a post must satisfy before it is accepted for publishing on a channel, by that
// channel's network's rules (a cross-posted item meets each network's own), as problems of the
// channel, the caption or the media, which the service names by the inputs they concern.
// Pure: the service gathers the facts.

/** What a problem concerns: the channel (its connection), the caption it goes out with, or the item's media. */
export interface PostProblem {
  field: 'channel' | 'caption' | 'media';
  message: string;
}

/** Instagram's image rules (instagram.md): JPEG, 8 MB, aspect 4:5 to 1.91:1, 320 px wide at least. */
export const INSTAGRAM_IMAGE = { mimeType: 'image/jpeg', maxBytes: 8 * 1024 * 1024, minAspect: 4 / 5, maxAspect: 1.91, minWidth: 320 } as const;
/** Formats DoppelCart sends to Instagram: JPEG as it is, PNG and WebP as a JPEG copy (jpeg-rendition.ts). */
const SENDABLE_AS_JPEG = new Set(['image/jpeg', 'image/png', 'image/webp']);

export interface PostMedia extends MediaFacts {
  mimeType: string;
  byteSize: number;
}

export interface PostFacts {
  /** The caption that goes out, exactly (the post's own for its channel, or the item's; with any disclosure line). */
  text: string;
  /** True when the post carries its own caption for this channel. */
  ownCaption?: boolean;
  /** What the item was made for; a Sandbox channel tries it out by that network's rules. */
  itemPlatform: Platform;
  channelPlatform: Platform;
  channelStatus: string;
  format: ContentFormat;
  /** The item's media in order (those in the trash left out). */
  media: PostMedia[];
  cover: PostMedia | null;
}

export function postProblems(facts: PostFacts, limits: CaptionLimits): PostProblem[] {
  const problems: PostProblem[] = [];
  if (facts.channelStatus === 'needs_reconnect') problems.push({ field: 'channel', message: 'the channel needs reconnecting before it can publish' });
  else if (facts.channelStatus !== 'active') problems.push({ field: 'channel', message: 'the channel is disconnected' });
  // Stories carry no caption on Instagram; every other format needs one.
  if (!facts.text.trim() && facts.format !== 'story') problems.push({ field: 'caption', message: facts.ownCaption ? 'the caption must not be empty' : 'the item needs a caption' });
  const platform = facts.channelPlatform === 'sandbox' ? facts.itemPlatform : facts.channelPlatform;
  for (const problem of captionProblems(facts.text, platform, limits)) {
    const message = problem.startsWith('caption of ') ? `the caption must be ${problem.slice('caption of '.length)}` : `the caption may have ${problem}`;
    problems.push({ field: 'caption', message });
  }
  problems.push(...mediaFieldProblems(facts, platform));
  if (facts.channelPlatform === 'instagram') problems.push(...instagramFileProblems(facts));
  return problems;
}

function mediaFieldProblems(facts: PostFacts, platform: Platform): PostProblem[] {
  const field = 'media';
  if (facts.channelPlatform === 'instagram' && facts.format === 'post' && !facts.media.length) {
    return [{ field, message: 'Instagram posts need an image: attach one to the item' }];
  }
  const found = mediaProblems(platform, facts.format, facts.media, facts.cover);
  return [...found.invalid, ...found.needs, ...found.beforePublishing].map((message) => ({ field, message: message.replace(/^media: /, '') }));
}

/** Each image Instagram will fetch must be one it takes (videos were converted to its spec on upload). */
function instagramFileProblems(facts: PostFacts): PostProblem[] {
  const field = 'media';
  const images = [...facts.media, ...(facts.cover ? [facts.cover] : [])].filter((media) => media.kind === 'image');
  const problems: PostProblem[] = [];
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
