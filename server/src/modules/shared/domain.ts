// Domain vocabularies as stored in the database (CHECK constraints in migrations/ use the
// same values). The GraphQL enums map their UPPERCASE names onto these.

export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'mastodon', 'sandbox'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Each platform's name as people know it. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  sandbox: 'Sandbox (in-app)',
};

/** A persona's plan per network, stored as JSON (validated in persona.validation.ts). */
export type PlatformStrategy = {
  platforms: string[];
  postsPerWeek: number | null;
  cadence: string;
  goals: string[];
};

/** What a persona's brief is made of: a change to any of these makes a new brief version. */
export const PERSONA_BRIEF_FIELDS = [
  'name',
  'handle',
  'niche',
  'voice',
  'style',
  'personality',
  'bio',
  'aesthetic',
  'platformStrategy',
  'topics',
  'avoid',
  'examplePosts',
  'look',
] as const;
export type PersonaBriefField = (typeof PERSONA_BRIEF_FIELDS)[number];

/** A persona's brief as a version kept it, whole (persona_brief_versions.brief, stored as JSON). */
export type PersonaBriefFields = {
  name: string;
  handle: string;
  niche: string;
  voice: string;
  style: string;
  personality: string;
  bio: string;
  aesthetic: string;
  platformStrategy: PlatformStrategy;
  topics: string[];
  avoid: string[];
  examplePosts: string[];
  /** The written look: face, hair, build, style notes (the visual identity lock). */
  look: string;
};

/** The consistency checks a person may override, with a reason, to move an item on. */
export type OverrideKind = 'voice' | 'image' | 'canon';

export const CONTENT_ITEM_STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'posted', 'failed'] as const;
export type ContentItemStatus = (typeof CONTENT_ITEM_STATUSES)[number];

/** Whether an item in `status` is about to be published: the identity lock judges its caption and image. */
export function isPublishable(status: string | null | undefined): boolean {
  return status === 'ready' || status === 'scheduled';
}

export const FREQUENCY_PERIODS = ['day', 'week', 'month'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

export const CONTENT_ITEM_ORDERS = ['created_at_desc', 'scheduled_at_asc'] as const;
export type ContentItemOrder = (typeof CONTENT_ITEM_ORDERS)[number];

/** The IPTC NewsCodes digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/). */
export const DIGITAL_SOURCE_TYPES = [
  'digitalCapture',
  'computationalCapture',
  'negativeFilm',
  'positiveFilm',
  'print',
  'humanEdits',
  'compositeCapture',
  'algorithmicallyEnhanced',
  'digitalCreation',
  'dataDrivenMedia',
  'trainedAlgorithmicMedia',
  'algorithmicMedia',
  'screenCapture',
  'virtualRecording',
  'composite',
  'compositeSynthetic',
  'compositeWithTrainedAlgorithmicMedia',
] as const;
export type DigitalSourceType = (typeof DIGITAL_SOURCE_TYPES)[number];

export type AssetKind = 'image' | 'video';
export type AssetSource = 'uploaded' | 'generated';
/** Where a video's transcode stands; images are always ready. */
export type AssetProcessing = 'ready' | 'processing' | 'failed';

/** What an item is on the platform: a feed post, a carousel, a Reel or a Story. */
export const CONTENT_FORMATS = ['post', 'carousel', 'reel', 'story'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];
export type ScheduledPostState = 'pending' | 'publishing' | 'published' | 'failed' | 'cancelled';
export type ChannelStatus = 'active' | 'needs_reconnect' | 'disconnected';

export type ContentItemChangeKind = 'created' | 'updated' | 'deleted';
export type StatusActorKind = 'user' | 'process';

export type GeneratorKind = 'openai' | 'offline';
export type GenerationKind = 'plan_ideas' | 'caption' | 'image' | 'video';
export type GenerationState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
