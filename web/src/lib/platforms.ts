import type { Platform } from '../gql/graphql';

export const platformLabels: Record<Platform, string> = {
  INSTAGRAM: 'Instagram',
  TIKTOK: 'TikTok',
  YOUTUBE: 'YouTube',
  X: 'X',
  LINKEDIN: 'LinkedIn',
  THREADS: 'Threads',
  FACEBOOK: 'Facebook',
  BLUESKY: 'Bluesky',
  MASTODON: 'Mastodon',
  SANDBOX: 'Sandbox (in-app)',
};

/** What a picker needs of `Query.platforms`: routes select these fields and hand them over. */
export interface PlatformCapability {
  platform: Platform;
  label: string;
  canPublish: boolean;
  /** Selected by the routes whose forms edit captions. */
  captionMaxCharacters?: number;
}

export interface PlatformOption {
  value: Platform;
  label: string;
  /** DoppelCart publishes there through a channel (the server's canPublish). */
  canPublish: boolean;
  captionMaxCharacters?: number;
}

/**
 * The choices of every platform picker. Platforms DoppelCart cannot publish to (the server
 * says which) are for planning content that people post by hand, and the label says so.
 */
export function platformOptions(platforms: ReadonlyArray<PlatformCapability>): PlatformOption[] {
  return platforms.map(({ platform, label, canPublish, captionMaxCharacters }) => ({
    value: platform,
    label: canPublish ? label : `${label} (planning only)`,
    canPublish,
    captionMaxCharacters,
  }));
}

export function isPlatform(value: string): value is Platform {
  return value in platformLabels;
}
