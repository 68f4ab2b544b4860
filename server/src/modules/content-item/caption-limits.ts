import type { Platform } from '../shared/domain.js';

// What each platform accepts in a post's text. Instagram's hashtag limit has moved over time
// (30, and reports of 5), so it is configuration (INSTAGRAM_MAX_HASHTAGS); the rest are the
// platforms' published limits.

export interface CaptionLimits {
  instagramMaxHashtags: number;
}

const MAX_CHARACTERS: Record<Platform, number> = {
  instagram: 2200,
  tiktok: 2200,
  youtube: 5000,
  x: 280,
  linkedin: 3000,
  threads: 500,
  facebook: 63206,
  // Bluesky counts graphemes too: 300 per post.
  bluesky: 300,
  // Mastodon's default; an instance may allow more (docs/networks/mastodon.md).
  mastodon: 500,
  sandbox: 2200,
};

const INSTAGRAM_MAX_MENTIONS = 20;

const HASHTAG = /(^|\s)#[\p{L}\p{N}_]+/gu;
const MENTION = /(^|\s)@[A-Za-z0-9._]+/g;

export function maxCaptionCharacters(platform: Platform): number {
  return MAX_CHARACTERS[platform];
}

/** Hashtags a caption may carry on `platform` (only Instagram counts them). */
export function maxHashtags(platform: Platform, config: { INSTAGRAM_MAX_HASHTAGS: number }): number {
  return platform === 'instagram' ? config.INSTAGRAM_MAX_HASHTAGS : Number.POSITIVE_INFINITY;
}

/** Counts user-perceived characters, as the platforms do (an emoji is one, not two). */
function characterCount(text: string): number {
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
}

/** What keeps `caption` from being published on `platform`; empty when it fits. */
export function captionProblems(caption: string, platform: Platform, limits: CaptionLimits): string[] {
  const problems: string[] = [];
  const length = characterCount(caption);
  const max = MAX_CHARACTERS[platform];
  if (length > max) problems.push(`caption of at most ${max} characters (has ${length})`);
  if (platform === 'instagram') {
    const hashtags = caption.match(HASHTAG)?.length ?? 0;
    if (hashtags > limits.instagramMaxHashtags) {
      problems.push(`at most ${limits.instagramMaxHashtags} hashtags (has ${hashtags})`);
    }
    const mentions = caption.match(MENTION)?.length ?? 0;
    if (mentions > INSTAGRAM_MAX_MENTIONS) problems.push(`at most ${INSTAGRAM_MAX_MENTIONS} mentions (has ${mentions})`);
  }
  return problems;
}
