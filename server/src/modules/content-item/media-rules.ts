import type { AssetKind, AssetProcessing, ContentFormat, Platform } from '../shared/domain.js';

// What each platform takes for each format, and what an item's media lacks against it. Pure:
// the write path gathers the facts. Instagram's figures are its documented limits
// (instagram.md); the Sandbox behaves as Instagram does; the other networks' figures are their
// published limits for planning, which their connectors refine when they publish.

export interface FormatRule {
  platform: Platform;
  format: ContentFormat;
  minItems: number;
  maxItems: number;
  kinds: readonly AssetKind[];
  minVideoSeconds: number | null;
  maxVideoSeconds: number | null;
  /** Image width / height; Instagram crops nothing, so it refuses what is outside. */
  minAspect: number | null;
  maxAspect: number | null;
}

type Rule = Omit<FormatRule, 'platform'>;
const rule = (format: ContentFormat, minItems: number, maxItems: number, kinds: readonly AssetKind[], extra: Partial<Rule> = {}): Rule => ({
  format, minItems, maxItems, kinds, minVideoSeconds: null, maxVideoSeconds: null, minAspect: null, maxAspect: null, ...extra,
});

const FEED_ASPECT = { minAspect: 4 / 5, maxAspect: 1.91 };
/** Stories take tall images too: 9:16 is what they are made for. */
const STORY_ASPECT = { minAspect: 9 / 16, maxAspect: 1.91 };
const RATIO_NAMES = new Map([[4 / 5, '4:5'], [9 / 16, '9:16'], [1.91, '1.91:1']]);
const ratioName = (aspect: number) => RATIO_NAMES.get(aspect) ?? aspect.toFixed(2);
const INSTAGRAM: Rule[] = [
  rule('post', 1, 1, ['image'], FEED_ASPECT),
  rule('carousel', 2, 10, ['image', 'video'], { ...FEED_ASPECT, minVideoSeconds: 3, maxVideoSeconds: 60 }),
  rule('reel', 1, 1, ['video'], { minVideoSeconds: 3, maxVideoSeconds: 15 * 60 }),
  rule('story', 1, 1, ['image', 'video'], { ...STORY_ASPECT, minVideoSeconds: 1, maxVideoSeconds: 60 }),
];

const RULES: Record<Platform, Rule[]> = {
  instagram: INSTAGRAM,
  sandbox: INSTAGRAM,
  facebook: [rule('post', 1, 1, ['image']), rule('carousel', 2, 10, ['image', 'video']), rule('reel', 1, 1, ['video'], { minVideoSeconds: 3, maxVideoSeconds: 90 }), rule('story', 1, 1, ['image', 'video'], { maxVideoSeconds: 60 })],
  threads: [rule('post', 1, 1, ['image']), rule('carousel', 2, 20, ['image', 'video']), rule('reel', 1, 1, ['video'], { maxVideoSeconds: 300 })],
  // A single photo on TikTok is a one-image photo post; on YouTube, a community post.
  tiktok: [rule('post', 1, 1, ['image']), rule('carousel', 2, 35, ['image']), rule('reel', 1, 1, ['video'], { minVideoSeconds: 3, maxVideoSeconds: 600 })],
  // YouTube takes videos only through its API: a video (up to 12 hours) or a Short (up to 3 minutes).
  youtube: [rule('post', 1, 1, ['video'], { minVideoSeconds: 1, maxVideoSeconds: 12 * 3600 }), rule('reel', 1, 1, ['video'], { minVideoSeconds: 1, maxVideoSeconds: 180 })],
  x: [rule('post', 1, 1, ['image']), rule('carousel', 2, 4, ['image']), rule('reel', 1, 1, ['video'], { minVideoSeconds: 0.5, maxVideoSeconds: 140 })],
  linkedin: [rule('post', 1, 1, ['image']), rule('carousel', 2, 20, ['image']), rule('reel', 1, 1, ['video'], { minVideoSeconds: 3, maxVideoSeconds: 600 })],
  // A Bluesky post embeds up to four images (docs/networks/bluesky.md).
  bluesky: [rule('post', 1, 1, ['image']), rule('carousel', 2, 4, ['image'])],
  // A Mastodon status takes up to four images, or one video (docs/networks/mastodon.md).
  mastodon: [rule('post', 1, 1, ['image', 'video']), rule('carousel', 2, 4, ['image'])],
};

export function formatRules(platform: Platform): FormatRule[] {
  return RULES[platform].map((entry) => ({ platform, ...entry }));
}

export function formatRule(platform: Platform, format: ContentFormat): FormatRule | null {
  return formatRules(platform).find((entry) => entry.format === format) ?? null;
}

export interface MediaFacts {
  assetId: string;
  kind: AssetKind;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  processing: AssetProcessing;
}

/** The facts the rules read, from an asset row. */
export function mediaFactsOf(asset: { id: string; kind: AssetKind; width: number | null; height: number | null; durationMs: number | null; processing: AssetProcessing }): MediaFacts {
  return { assetId: asset.id, kind: asset.kind, width: asset.width, height: asset.height, durationMs: asset.durationMs, processing: asset.processing };
}

export interface MediaProblems {
  /** Refused on any write: no status makes these right. */
  invalid: string[];
  /** Needed from READY on (counted as missing by the lifecycle rules). */
  needs: string[];
  /** Needed before the publisher takes the post (a video still converting, an image's shape). */
  beforePublishing: string[];
}

const NAMES: Record<ContentFormat, string> = { post: 'feed post', carousel: 'carousel', reel: 'Reel', story: 'Story' };
const PLATFORM_NAMES: Record<Platform, string> = {
  instagram: 'Instagram', sandbox: 'the Sandbox', facebook: 'Facebook', threads: 'Threads', tiktok: 'TikTok', youtube: 'YouTube', x: 'X', linkedin: 'LinkedIn', bluesky: 'Bluesky', mastodon: 'Mastodon',
};
const seconds = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
const kindsText = (kinds: readonly AssetKind[], plural = true) => kinds.map((kind) => (plural ? `${kind}s` : `${kind}`)).join(' or ');

/** What `media` (in order) and `cover` lack for `format` on `platform`. */
export function mediaProblems(platform: Platform, format: ContentFormat, media: readonly MediaFacts[], cover: MediaFacts | null = null): MediaProblems {
  const problems: MediaProblems = { invalid: [], needs: [], beforePublishing: [] };
  const found = formatRule(platform, format);
  if (!found) {
    const offered = formatRules(platform).map((entry) => entry.format.toUpperCase()).join(', ');
    problems.invalid.push(`a format ${PLATFORM_NAMES[platform]} takes (${offered}), not ${format.toUpperCase()}`);
    return problems;
  }
  const name = NAMES[format];
  const range = found.minItems === found.maxItems ? `${found.minItems}` : `${found.minItems} to ${found.maxItems}`;
  if (media.length > found.maxItems) problems.invalid.push(`at most ${found.maxItems} media for a ${name} (has ${media.length})`);
  // A feed post with no image is a draft in progress (Instagram's check asks for one when scheduling).
  if (media.length < found.minItems && !(format === 'post' && media.length === 0)) {
    problems.needs.push(`media: a ${name} needs ${range === '1' ? 'one' : range} ${kindsText(found.kinds, range !== '1')} (has ${media.length})`);
  }
  media.forEach((item, index) => {
    const where = media.length > 1 ? `media ${index + 1}` : 'the media';
    if (!found.kinds.includes(item.kind)) {
      problems.invalid.push(`${where}: a ${name} takes ${kindsText(found.kinds)}, not ${item.kind}s`);
      return;
    }
    if (item.kind === 'video') {
      if (item.processing === 'failed') problems.invalid.push(`${where}: the video could not be converted for publishing; upload it again`);
      if (item.processing === 'processing') problems.beforePublishing.push(`${where}: the video is still being converted`);
      const length = (item.durationMs ?? 0) / 1000;
      if (found.maxVideoSeconds !== null && length > found.maxVideoSeconds) problems.invalid.push(`${where}: a ${name} video may be at most ${seconds(found.maxVideoSeconds)} (is ${seconds(length)})`);
      if (found.minVideoSeconds !== null && length < found.minVideoSeconds) problems.invalid.push(`${where}: a ${name} video must be at least ${seconds(found.minVideoSeconds)} (is ${seconds(length)})`);
    } else if (item.width && item.height && found.minAspect !== null && found.maxAspect !== null) {
      const aspect = item.width / item.height;
      if (aspect < found.minAspect - 1e-3 || aspect > found.maxAspect + 1e-3) {
        const range = `${ratioName(found.minAspect)} and ${ratioName(found.maxAspect)}`;
        problems.beforePublishing.push(`${where}: the aspect ratio must be between ${range} for a ${name} (is ${item.width}x${item.height})`);
      }
    }
  });
  if (cover) {
    if (format !== 'reel') problems.invalid.push(`a cover only for a Reel (this is a ${name})`);
    else if (cover.kind !== 'image') problems.invalid.push('a cover that is an image');
  }
  return problems;
}
