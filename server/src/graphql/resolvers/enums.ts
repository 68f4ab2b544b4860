import type { Resolvers } from '../resolvers.generated.js';

// GraphQL's UPPERCASE enum names map to the lowercase words the database stores, so
// services and rows never translate them by hand.
export const enumResolvers: Pick<
  Resolvers,
  | 'Platform'
  | 'ContentItemStatus'
  | 'FrequencyPeriod'
  | 'ContentItemOrder'
  | 'AssetKind'
  | 'AssetSource'
  | 'AssetProcessing'
  | 'ContentFormat'
  | 'ConnectionAuth'
  | 'ScheduledPostState'
  | 'ChannelStatus'
  | 'ContentItemChangeKind'
  | 'StatusActorKind'
  | 'PersonaBriefField'
  | 'VoiceReasonKind'
  | 'CheckOverrideKind'
  | 'CanonFactKind'
  | 'DisclosureMode'
  | 'GeneratorKind'
  | 'GenerationKind'
  | 'GenerationState'
  | 'RecommendationConfidence'
  | 'InsightKind'
  | 'TrashedKind'
> = {
  Platform: {
    INSTAGRAM: 'instagram', TIKTOK: 'tiktok', YOUTUBE: 'youtube', X: 'x',
    LINKEDIN: 'linkedin', THREADS: 'threads', FACEBOOK: 'facebook', BLUESKY: 'bluesky', MASTODON: 'mastodon', SANDBOX: 'sandbox',
  },
  ContentItemStatus: {
    IDEA: 'idea', DRAFT: 'draft', READY: 'ready', SCHEDULED: 'scheduled', POSTED: 'posted', FAILED: 'failed',
  },
  FrequencyPeriod: { DAY: 'day', WEEK: 'week', MONTH: 'month' },
  ContentItemOrder: { CREATED_AT_DESC: 'created_at_desc', SCHEDULED_AT_ASC: 'scheduled_at_asc' },
  AssetKind: { IMAGE: 'image', VIDEO: 'video' },
  AssetSource: { UPLOADED: 'uploaded', GENERATED: 'generated' },
  AssetProcessing: { READY: 'ready', PROCESSING: 'processing', FAILED: 'failed' },
  ContentFormat: { POST: 'post', CAROUSEL: 'carousel', REEL: 'reel', STORY: 'story' },
  ConnectionAuth: { OAUTH2: 'oauth2', OAUTH2_PKCE: 'oauth2_pkce', APP_PASSWORD: 'app_password', ACCESS_TOKEN: 'access_token', NONE: 'none' },
  ScheduledPostState: {
    PENDING: 'pending', PUBLISHING: 'publishing', PUBLISHED: 'published', FAILED: 'failed', CANCELLED: 'cancelled',
  },
  ChannelStatus: { ACTIVE: 'active', NEEDS_RECONNECT: 'needs_reconnect', DISCONNECTED: 'disconnected' },
  ContentItemChangeKind: { CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted' },
  StatusActorKind: { USER: 'user', PROCESS: 'process' },
  VoiceReasonKind: { WORDING: 'wording', STYLE: 'style', AVOID: 'avoid', REFERENCE: 'reference', MEANING: 'meaning' },
  CheckOverrideKind: { VOICE: 'voice', IMAGE: 'image', CANON: 'canon' },
  DisclosureMode: { OFF: 'off', AI_MEDIA: 'ai_media', ALWAYS: 'always' },
  CanonFactKind: { PERSON: 'person', PET: 'pet', PLACE: 'place', WORK: 'work', POSSESSION: 'possession', EVENT: 'event' },
  PersonaBriefField: {
    NAME: 'name', HANDLE: 'handle', NICHE: 'niche', VOICE: 'voice', STYLE: 'style', PERSONALITY: 'personality',
    BIO: 'bio', AESTHETIC: 'aesthetic', PLATFORM_STRATEGY: 'platformStrategy', TOPICS: 'topics', AVOID: 'avoid',
    EXAMPLE_POSTS: 'examplePosts', LOOK: 'look',
  },
  GeneratorKind: { OPENAI: 'openai', OFFLINE: 'offline' },
  GenerationKind: { PLAN_IDEAS: 'plan_ideas', CAPTION: 'caption', IMAGE: 'image', VIDEO: 'video' },
  GenerationState: { QUEUED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELLED: 'cancelled' },
  RecommendationConfidence: { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' },
  InsightKind: { THEME: 'theme', FORMAT: 'format', HOOK: 'hook' },
  TrashedKind: { CONTENT_ITEM: 'content_item', CONTENT_PLAN: 'content_plan', ASSET: 'asset' },
};
