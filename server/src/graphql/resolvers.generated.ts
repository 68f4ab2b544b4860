import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow as UserRowModel, ProfileRow as ProfileRowModel, PersonaRow as PersonaRowModel, PersonaBriefVersionRow as PersonaBriefVersionRowModel, CanonFactRow as CanonFactRowModel, StoryArcRow as StoryArcRowModel, ArcBeatRow as ArcBeatRowModel, CheckOverrideRow as CheckOverrideRowModel, ContentItemRow as ContentItemRowModel, ContentPlanRow as ContentPlanRowModel, AssetRow as AssetRowModel, ItemMediaRow as ItemMediaRowModel, ChannelIntegrationRow as ChannelIntegrationRowModel, ScheduledPostRow as ScheduledPostRowModel, PostingSlotRow as PostingSlotRowModel, SandboxPostRow as SandboxPostRowModel, PostPerformanceRow as PostPerformanceRowModel, AnalyticsSnapshotRow as AnalyticsSnapshotRowModel, StatusChangeRow as StatusChangeRowModel, CaptionRevisionRow as CaptionRevisionRowModel, GenerationRunRow as GenerationRunRowModel } from '../db/rows.js';
import type { PersonaBriefFields as PersonaBriefFieldsModel, PersonaBriefField as PersonaBriefFieldModel, OverrideKind as OverrideKindModel, ContentFormat as ContentFormatModel, AssetProcessing as AssetProcessingModel, Platform as PlatformModel, ContentItemStatus as ContentItemStatusModel, FrequencyPeriod as FrequencyPeriodModel, ContentItemOrder as ContentItemOrderModel, AssetKind as AssetKindModel, AssetSource as AssetSourceModel, ScheduledPostState as ScheduledPostStateModel, ChannelStatus as ChannelStatusModel, ContentItemChangeKind as ContentItemChangeKindModel, StatusActorKind as StatusActorKindModel, GeneratorKind as GeneratorKindModel, GenerationKind as GenerationKindModel, GenerationState as GenerationStateModel } from '../modules/shared/domain.js';
import type { VoiceCheck as VoiceCheckModel } from '../modules/voice/voice-check.js';
import type { VoiceTrend as VoiceTrendModel } from '../modules/voice/voice-trend.js';
import type { VoiceReasonKind as VoiceReasonKindModel } from '../modules/voice/voice-score.js';
import type { ImageCheck as ImageCheckModel } from '../modules/look/image-check.js';
import type { CanonFactKind as CanonFactKindModel, Contradiction as ContradictionModel } from '../modules/canon/continuity.js';
import type { DisclosureMode as DisclosureModeModel } from '../modules/disclosure/disclosure.js';
import type { ContinuityCheck as ContinuityCheckModel } from '../modules/canon/continuity-gate.js';
import type { FormatRule as FormatRuleModel } from '../modules/content-item/media-rules.js';
import type { ConnectionAuth as ConnectionAuthModel } from '../connectors/connector.js';
import type { PersonaAnalyticsModel as PersonaAnalyticsModelModel } from '../modules/analytics/analytics.service.js';
import type { RecommendationSet as RecommendationSetModel, SlotFinding as SlotFindingModel, InsightFinding as InsightFindingModel, Confidence as ConfidenceModel, InsightKind as InsightKindModel } from '../modules/analytics/recommendations.js';
import type { SimulatedHistorySummary as SimulatedHistorySummaryModel } from '../modules/analytics/simulated-history-row.repository.js';
import type { TrashedEntry as TrashedEntryModel } from '../modules/trash/trash.service.js';
import type { BulkRefusal as BulkRefusalModel } from '../modules/shared/bulk.js';
import type { TrashedKind as TrashedKindModel } from '../modules/trash/trash.repository.js';
import type { ContentItemStatusEventModel as ContentItemStatusEventModelModel, ContentItemChangeEventModel as ContentItemChangeEventModelModel } from '../realtime/events.js';
import type { CaptionProposalModel as CaptionProposalModelModel } from '../modules/generation/caption-generation.service.js';
import type { GraphQLContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant with time zone, for example `2026-11-26T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
};

/** Engagement metrics of a post (or of an account, when `item` is null) at one moment. */
export type AnalyticsSnapshot = {
  __typename?: 'AnalyticsSnapshot';
  /** A Reel's average watch time per play, in milliseconds. */
  avgWatchTimeMs: Maybe<Scalars['Int']['output']>;
  capturedAt: Scalars['DateTime']['output'];
  /** Which collection took it: `1h`, `1d`, `7d`, `30d` after publishing, or `day:YYYY-MM-DD` for accounts. */
  checkpoint: Maybe<Scalars['String']['output']>;
  comments: Maybe<Scalars['Int']['output']>;
  /** Viewers who left the Stories at this one. */
  exits: Maybe<Scalars['Int']['output']>;
  /** Account followers at capture time, for account-level snapshots. */
  followers: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The post, for post-level snapshots. */
  item: Maybe<ContentItem>;
  likes: Maybe<Scalars['Int']['output']>;
  platform: Platform;
  reach: Maybe<Scalars['Int']['output']>;
  /** A Story's replies (Meta keeps a Story's figures for 24 hours: later checkpoints are unavailable). */
  replies: Maybe<Scalars['Int']['output']>;
  saved: Maybe<Scalars['Int']['output']>;
  shares: Maybe<Scalars['Int']['output']>;
  /** True when the figures come from the Sandbox channel's simulation, not a real platform. */
  simulated: Scalars['Boolean']['output'];
  tapsBack: Maybe<Scalars['Int']['output']>;
  /** Taps to a Story's next frame, and back to the one before. */
  tapsForward: Maybe<Scalars['Int']['output']>;
  totalInteractions: Maybe<Scalars['Int']['output']>;
  /** Metrics the platform did not provide this time (not available yet, or not for this account); they are null, not zero. */
  unavailable: Array<Scalars['String']['output']>;
  views: Maybe<Scalars['Int']['output']>;
  /** A Reel's total watch time over all plays, in seconds. */
  watchTimeSeconds: Maybe<Scalars['Int']['output']>;
};

/** New figures arrived for a persona. */
export type AnalyticsUpdate = {
  __typename?: 'AnalyticsUpdate';
  capturedAt: Scalars['DateTime']['output'];
  /** The post they are for, or null for account figures. */
  itemId: Maybe<Scalars['ID']['output']>;
  personaId: Scalars['ID']['output'];
};

export type ArcBeat = {
  __typename?: 'ArcBeat';
  id: Scalars['ID']['output'];
  onDate: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

export type ArcBeatInput = {
  onDate: Scalars['Date']['input'];
  /** Up to 200 characters. */
  title: Scalars['String']['input'];
};

/** Stored media shown with content. */
export type Asset = {
  __typename?: 'Asset';
  /** A video's audio codec (aac, opus, ...); null for images and silent videos. */
  audioCodec: Maybe<Scalars['String']['output']>;
  byteSize: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /**
   * Where the image came from, as the IPTC digital source type URI its XMP carries (for example
   * `http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia` for generated images,
   * kept in every copy published); null for an upload whose origin was not declared. Declare it on
   * upload with `POST /api/assets?personaId=...&digitalSourceType=digitalCapture`.
   */
  digitalSourceType: Maybe<Scalars['String']['output']>;
  /** A video's length in seconds; null for images. */
  durationSeconds: Maybe<Scalars['Float']['output']>;
  /** A video's frames per second; null for images. */
  frameRate: Maybe<Scalars['Float']['output']>;
  /** The reference images a generated image was made from, in order (empty when none). */
  generatedFrom: Array<Asset>;
  height: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: AssetKind;
  /** Its likeness to its persona's reference images; null when the persona's look is not locked. */
  likeness: Maybe<ImageCheck>;
  mimeType: Scalars['String']['output'];
  persona: Maybe<Persona>;
  /** A frame of a video, as a JPEG URL signed like `url`; null for images. */
  posterUrl: Maybe<Scalars['String']['output']>;
  /** Whether a video is ready to publish, still being converted to the publishing spec, or failed to convert. Images are READY. */
  processing: AssetProcessing;
  /** Why the conversion failed, when FAILED. */
  processingError: Maybe<Scalars['String']['output']>;
  /** How far a conversion has got, 0 to 100 (100 when READY). */
  processingProgress: Scalars['Int']['output'];
  /** The prompt a generated image was made from. */
  prompt: Maybe<Scalars['String']['output']>;
  /** How the asset came to be. */
  source: AssetSource;
  /** A URL the browser can show, valid for ASSET_URL_TTL_SECONDS (signed: storage is private). */
  url: Scalars['String']['output'];
  /** Content items showing this asset. */
  usedBy: Array<ContentItem>;
  /** A video's codec as FFprobe names it (h264, hevc, vp9, ...); null for images. */
  videoCodec: Maybe<Scalars['String']['output']>;
  width: Maybe<Scalars['Int']['output']>;
};

export type AssetConnection = {
  __typename?: 'AssetConnection';
  nodes: Array<Asset>;
  pageInfo: PageInfo;
};

export type AssetKind =
  | 'IMAGE'
  | 'VIDEO';

export type AssetProcessing =
  | 'FAILED'
  | 'PROCESSING'
  | 'READY';

export type AssetSource =
  | 'GENERATED'
  | 'UPLOADED';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the session expires unless renewed by use. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the new session. Shown once; store it safely. */
  token: Scalars['String']['output'];
  viewer: Viewer;
};

/** What a bulk action on items did: each item was checked and saved on its own. */
export type BulkItemsResult = {
  __typename?: 'BulkItemsResult';
  /** Ids of every item the action applied to. */
  doneIds: Array<Scalars['ID']['output']>;
  /** The items changed, as they are now (none for deletions: they are in the Trash). */
  items: Array<ContentItem>;
  /** Items left as they were, each with the reason. */
  refused: Array<BulkRefusal>;
};

export type BulkRefusal = {
  __typename?: 'BulkRefusal';
  /** The error code the action would have had on its own (see the error codes above). */
  code: Scalars['String']['output'];
  /** The item as it is, or null when it does not exist or is not the viewer's. */
  item: Maybe<ContentItem>;
  itemId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/** A dated fact of the persona's life: `dog Miso since 2025-01-01`, `moved to Berlin 2026-03-01`, `marathon on 2026-04-12`. */
export type CanonFact = {
  __typename?: 'CanonFact';
  createdAt: Scalars['DateTime']['output'];
  /** What it is to the persona, a word or two: `dog`, `sister`, `home`. A pet or person called by another kind contradicts it. */
  descriptor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CanonFactKind;
  /** The fact in words, as prompts and the timeline show it. */
  statement: Scalars['String']['output'];
  /** The name the persona uses for it: `Miso`, `Berlin`, `Rotterdam marathon`. */
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** True from this day (an event: its day); null when it has always been so. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** True until this day, inclusive; null when it still is. */
  validUntil: Maybe<Scalars['Date']['output']>;
};

/** What a fact of the persona's life is. */
export type CanonFactKind =
  | 'EVENT'
  | 'PERSON'
  | 'PET'
  | 'PLACE'
  | 'POSSESSION'
  | 'WORK';

/**
 * A caption written for an item and not saved. The person accepts it (saving it with
 * updateContentItem), edits it first, or discards it.
 */
export type CaptionProposal = {
  __typename?: 'CaptionProposal';
  /** The proposed caption, within the item's platform limits. */
  caption: Scalars['String']['output'];
  /** The text the proposal started from ('' when it was written from the title and brief). */
  draft: Scalars['String']['output'];
  /** The hashtags in the proposed caption, as ContentItem.hashtags would read them. */
  hashtags: Array<Scalars['String']['output']>;
  /** The item, unchanged. */
  item: ContentItem;
  /** The generation run that wrote it, with its usage. */
  run: GenerationRun;
};

/** A caption an item had until an edit replaced it. */
export type CaptionRevision = {
  __typename?: 'CaptionRevision';
  caption: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the edit replaced it. */
  replacedAt: Scalars['DateTime']['output'];
  /** Who made that edit. */
  replacedBy: StatusActor;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters, different from the current one. */
  newPassword: Scalars['String']['input'];
};

export type ChannelAuthorization = {
  __typename?: 'ChannelAuthorization';
  /** Send the browser here; it comes back to the app when the user has decided. */
  authorizeUrl: Scalars['String']['output'];
};

/** An OAuth connection to a social account. Tokens are never exposed. */
export type ChannelIntegration = {
  __typename?: 'ChannelIntegration';
  /** The account's name on the platform. */
  accountName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The account's id on the platform. */
  externalAccountId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When an item added to the queue now would go out; null without a free slot in the next 12 weeks. */
  nextQueueTime: Maybe<Scalars['DateTime']['output']>;
  persona: Persona;
  platform: Platform;
  /** The posting schedule that Add to queue fills, by weekday and time. */
  postingSlots: Array<PostingSlot>;
  /** The account's live publishing quota over its rolling window, read from the platform. */
  publishingQuota: Maybe<PublishingQuota>;
  /** Granted permissions. */
  scopes: Array<Scalars['String']['output']>;
  status: ChannelStatus;
  /** Why the channel needs reconnecting (the platform's message), when it does. */
  statusReason: Maybe<Scalars['String']['output']>;
  /** When the stored access token expires. Null for channels without tokens (Sandbox). */
  tokenExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** When the token was last refreshed (or first obtained). */
  tokenRefreshedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ChannelStatus =
  | 'ACTIVE'
  | 'DISCONNECTED'
  /** The token was revoked or expired; the user must connect again. */
  | 'NEEDS_RECONNECT';

/** A consistency check a person overrode to move an item on. */
export type CheckOverride = {
  __typename?: 'CheckOverride';
  by: Maybe<StatusActor>;
  /** The caption a voice override was given for (empty for an image override). */
  caption: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** What a continuity override's caption contradicted in the canon. */
  detail: Scalars['String']['output'];
  /** The image an image override was given for. */
  image: Maybe<Asset>;
  kind: CheckOverrideKind;
  reason: Scalars['String']['output'];
  /** The score overridden, and the threshold it was below (null for a continuity override). */
  score: Maybe<Scalars['Int']['output']>;
  threshold: Maybe<Scalars['Int']['output']>;
};

export type CheckOverrideKind =
  /** The continuity check: a caption that contradicts the persona's canon as of its date. */
  | 'CANON'
  | 'IMAGE'
  | 'VOICE';

export type ConnectBlueskyChannelInput = {
  /** An app password, shaped `xxxx-xxxx-xxxx-xxxx`; never the account's own password. */
  appPassword: Scalars['String']['input'];
  /** The account's handle, e.g. `lena.bsky.social` (a leading @ is fine), or its email. */
  handle: Scalars['String']['input'];
  personaId: Scalars['ID']['input'];
  /** The account's server (PDS) when it is not the default (`BLUESKY_SERVICE_URL`, https://bsky.social); https only. */
  serviceUrl?: InputMaybe<Scalars['String']['input']>;
};

export type ConnectMastodonChannelInput = {
  /** The access token of an application made on the account's instance; never the account's password. */
  accessToken: Scalars['String']['input'];
  /** The account's instance when it is not the default (`MASTODON_INSTANCE_URL`, https://mastodon.social), e.g. `https://fosstodon.org`; https only. */
  instanceUrl?: InputMaybe<Scalars['String']['input']>;
  personaId: Scalars['ID']['input'];
};

/** How an account of a network is connected to a persona. */
export type ConnectionAuth =
  /** An access token the person makes in the account's settings (Mastodon: Preferences, Development). */
  | 'ACCESS_TOKEN'
  /** An app password the person creates in the network's settings (Bluesky's way). */
  | 'APP_PASSWORD'
  /** Nothing to connect: the in-app Sandbox. */
  | 'NONE'
  /** OAuth 2: the network's consent page, then back to DoppelCart. */
  | 'OAUTH2'
  /** OAuth 2 with PKCE, for networks that require it. */
  | 'OAUTH2_PKCE';

/** What an item is on the platform. */
export type ContentFormat =
  /** Two or more images or videos, swiped through. */
  | 'CAROUSEL'
  /** One image in the feed. */
  | 'POST'
  /** One vertical video. */
  | 'REEL'
  /** One image or video that disappears after 24 hours. */
  | 'STORY';

/** A single piece of content for a persona. */
export type ContentItem = {
  __typename?: 'ContentItem';
  /** Engagement history of this item, oldest first. */
  analytics: Array<AnalyticsSnapshot>;
  /** The story arc beat a generated idea tells. */
  arcBeat: Maybe<ArcBeat>;
  /** The first of the item's media: the image of a feed post, a carousel's first slide, a Reel's video. */
  asset: Maybe<Asset>;
  /** The persona brief version a generated item was written from. */
  briefVersion: Maybe<Scalars['Int']['output']>;
  /** The canon fact a generated idea uses. */
  canonFact: Maybe<CanonFact>;
  /** What is published, exactly as it is, hashtags included. */
  caption: Scalars['String']['output'];
  /**
   * Captions the item had before, newest first: every edit that changes the caption keeps the
   * one it replaced (empty captions are not kept). Put one back with updateContentItem.
   */
  captionHistory: Array<CaptionRevision>;
  /**
   * The channel the item is scheduled on, is being published on, or was published on (its
   * latest such post); null when it has none.
   */
  channel: Maybe<ChannelIntegration>;
  /** How many channels its current posts are on (more than one when it is cross-posted; see currentPosts). */
  channelCount: Scalars['Int']['output'];
  /** The caption read against the persona's canon as of the item's day; null for an empty caption. */
  continuity: Maybe<ContinuityCheck>;
  /** A Reel's cover image; null lets the platform pick a frame. */
  cover: Maybe<Asset>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * The item's current post on each channel, oldest first (those scheduled together by network
   * name): what its status
   * follows (see crossPost). A retried channel's failed post is replaced by its retry; cancelled
   * posts are left out.
   */
  currentPosts: Array<ScheduledPost>;
  /** Why publishing failed, when FAILED. */
  failureReason: Maybe<Scalars['String']['output']>;
  /** What the item is on the platform: a feed post, a carousel, a Reel or a Story. */
  format: ContentFormat;
  /** True for items a generation run produced. */
  generated: Scalars['Boolean']['output'];
  /**
   * The hashtags in the caption, in the order they appear, each once. Derived from the caption:
   * an item keeps its hashtags nowhere else, and the caption goes out exactly as it is.
   */
  hashtags: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How much the image looks like the persona's reference images; null without an image or a locked look. */
  imageCheck: Maybe<ImageCheck>;
  /** What the item's image should show, for generating it. */
  imagePrompt: Maybe<Scalars['String']['output']>;
  /** The item's media in order, each with its alt text. */
  media: Array<ItemMedia>;
  /** What the item's media lacks for its platform and format (counts, kinds, lengths, conversions); empty when it fits. */
  mediaProblems: Array<Scalars['String']['output']>;
  /** Checks people overrode to move the item on, newest first: who, why, and the score overridden. */
  overrides: Array<CheckOverride>;
  /** The item's latest figures, once it is posted and measured. */
  performance: Maybe<PostPerformance>;
  persona: Persona;
  /** The plan the item was made for, if any. */
  plan: Maybe<ContentPlan>;
  platform: Platform;
  /** Where the item came from and how it went out, in one place (the provenance ledger). */
  provenance: ItemProvenance;
  /** When the item went out. Set when POSTED. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The caption as it will be published: with the persona's disclosure line when its policy applies. */
  publishedCaption: Scalars['String']['output'];
  /** When the item is meant to go out. Required from SCHEDULED on. */
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  /** Publishing jobs for this item, newest first. */
  scheduledPosts: Array<ScheduledPost>;
  /**
   * True for a post of the persona's simulated history (simulateSandboxHistory): working views
   * leave these out unless asked with `includeSimulated`.
   */
  simulated: Scalars['Boolean']['output'];
  status: ContentItemStatus;
  /** Every status the item has had, oldest first. */
  statusHistory: Array<StatusChange>;
  /** Short working title or hook. */
  title: Scalars['String']['output'];
  /** True while a generated item is as the generator left it; regeneration replaces only these. */
  untouched: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped on every change; send it back as `expectedVersion` so edits never overwrite each other. */
  version: Scalars['Int']['output'];
  /** How much the caption sounds like the persona; null for an empty caption. */
  voiceCheck: Maybe<VoiceCheck>;
};


/** A single piece of content for a persona. */
export type ContentItemCaptionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ContentItemChangeEvent = {
  __typename?: 'ContentItemChangeEvent';
  /** The item as it is now; null when it was deleted. */
  item: Maybe<ContentItem>;
  itemId: Scalars['ID']['output'];
  kind: ContentItemChangeKind;
  personaId: Scalars['ID']['output'];
};

export type ContentItemChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type ContentItemConnection = {
  __typename?: 'ContentItemConnection';
  nodes: Array<ContentItem>;
  pageInfo: PageInfo;
  /** Items matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ContentItemFilter = {
  /** Include the items of simulated histories (`ContentItem.simulated`). */
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
  personaId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  platform?: InputMaybe<Array<Platform>>;
  /** Items scheduled at or after this instant. */
  scheduledFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Items scheduled before this instant; must be after scheduledFrom when both are given. */
  scheduledTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Case-insensitive text search in title and caption. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ContentItemStatus>>;
};

export type ContentItemOrder =
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** Soonest scheduled (or planned) time first, items without one last; ties by creation, oldest first. */
  | 'SCHEDULED_AT_ASC';

/**
 * Where a content item is in its lifecycle: IDEA -> DRAFT -> READY -> SCHEDULED -> POSTED,
 * or FAILED when publishing did not succeed.
 */
export type ContentItemStatus =
  | 'DRAFT'
  | 'FAILED'
  | 'IDEA'
  | 'POSTED'
  | 'READY'
  | 'SCHEDULED';

export type ContentItemStatusEvent = {
  __typename?: 'ContentItemStatusEvent';
  /** The recorded change, as it appears in the item's timeline. */
  change: StatusChange;
  changedAt: Scalars['DateTime']['output'];
  /** The item as it is now. */
  item: ContentItem;
  newStatus: ContentItemStatus;
  previousStatus: Maybe<ContentItemStatus>;
};

/** This persona will publish `targetPostCount` posts between `startDate` and `endDate`. */
export type ContentPlan = {
  __typename?: 'ContentPlan';
  createdAt: Scalars['DateTime']['output'];
  /** What the plan is about: campaign, theme, angle. */
  description: Scalars['String']['output'];
  /** Last day of the plan, inclusive. */
  endDate: Scalars['Date']['output'];
  frequency: Frequency;
  id: Scalars['ID']['output'];
  /** How many content items belong to the plan, per status. */
  itemCounts: StatusCounts;
  /** The plan's content items, earliest scheduled first. */
  items: Array<ContentItem>;
  persona: Persona;
  /** Platforms the plan targets; empty means the persona's strategy platforms. */
  platforms: Array<Platform>;
  /** First day of the plan, inclusive. */
  startDate: Scalars['Date']['output'];
  /** Posts the frequency goal asks for over the whole date range. */
  targetPostCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Generated ideas nobody has edited or moved yet: what regenerating the plan's ideas replaces. */
  untouchedIdeas: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** This persona will publish `targetPostCount` posts between `startDate` and `endDate`. */
export type ContentPlanItemCountsArgs = {
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** This persona will publish `targetPostCount` posts between `startDate` and `endDate`. */
export type ContentPlanItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A caption read against the persona's canon as of a day. */
export type ContinuityCheck = {
  __typename?: 'ContinuityCheck';
  /** Each contradiction, naming the fact; empty when the caption agrees with the canon. */
  contradictions: Array<Contradiction>;
  /** The day the caption was read against. */
  date: Scalars['Date']['output'];
};

export type Contradiction = {
  __typename?: 'Contradiction';
  fact: CanonFact;
  message: Scalars['String']['output'];
};

export type CreateCanonFactInput = {
  /** Up to 40 characters. */
  descriptor?: InputMaybe<Scalars['String']['input']>;
  kind: CanonFactKind;
  personaId: Scalars['ID']['input'];
  /** Up to 300 characters. */
  statement: Scalars['String']['input'];
  /** Up to 80 characters. */
  subject: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateContentItemInput = {
  caption?: InputMaybe<Scalars['String']['input']>;
  /** Why the item starts READY or SCHEDULED although its caption is flagged by the voice check. */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  personaId: Scalars['ID']['input'];
  planId?: InputMaybe<Scalars['ID']['input']>;
  platform: Platform;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to IDEA. IDEA, DRAFT, READY or SCHEDULED, with the same preconditions as a move. */
  status?: InputMaybe<ContentItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContentPlanInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  frequency: FrequencyInput;
  personaId: Scalars['ID']['input'];
  platforms?: InputMaybe<Array<Platform>>;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type CreatePersonaInput = {
  aesthetic?: InputMaybe<Scalars['String']['input']>;
  /** At most 50 topics or words of up to 100 characters. */
  avoid?: InputMaybe<Array<Scalars['String']['input']>>;
  bio?: InputMaybe<Scalars['String']['input']>;
  /** When the disclosure line is added (default AI_MEDIA). */
  disclosureMode?: InputMaybe<DisclosureMode>;
  /** Up to 100 characters (default `Made with AI.`). */
  disclosureText?: InputMaybe<Scalars['String']['input']>;
  /** At most 10 example posts of up to 2,200 characters. */
  examplePosts?: InputMaybe<Array<Scalars['String']['input']>>;
  handle: Scalars['String']['input'];
  /** Likeness score below which an image is flagged, 0 to 100 (default 70). */
  imageThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** The written look, up to 2,000 characters. */
  look?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  niche: Scalars['String']['input'];
  personality?: InputMaybe<Scalars['String']['input']>;
  platformStrategy?: InputMaybe<PlatformStrategyInput>;
  style?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone; defaults to the viewer's profile time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** At most 30 topics of up to 100 characters. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  voice?: InputMaybe<Scalars['String']['input']>;
  /** Voice score below which a caption is flagged, 0 to 100 (default 50). */
  voiceThreshold?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateStoryArcInput = {
  /** Up to 50, in date order. */
  beats?: InputMaybe<Array<ArcBeatInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  personaId: Scalars['ID']['input'];
  /** Up to 120 characters. */
  title: Scalars['String']['input'];
};

export type CrossPostChannelInput = {
  /** The caption for this channel's network (hashtags included); omitted or null: the item's caption. */
  caption?: InputMaybe<Scalars['String']['input']>;
  channelId: Scalars['ID']['input'];
};

export type CrossPostInput = {
  channels: Array<CrossPostChannelInput>;
  /** The item's version the caller last saw. */
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  /** One time for all of them (`queue` only with one channel: each channel has its own queue). */
  when: ScheduleTimeInput;
};

export type DailyMetrics = {
  __typename?: 'DailyMetrics';
  /** Account reach and views that day, when known. */
  accountReach: Maybe<Scalars['Int']['output']>;
  accountViews: Maybe<Scalars['Int']['output']>;
  day: Scalars['Date']['output'];
  engagementRate: Maybe<Scalars['Float']['output']>;
  /** Account followers at the end of the day, when known. */
  followers: Maybe<Scalars['Int']['output']>;
  /** Posts published that day. */
  posts: Scalars['Int']['output'];
  reach: Scalars['Int']['output'];
  /** True when any figure of the day comes from the Sandbox simulation. */
  simulated: Scalars['Boolean']['output'];
  totalInteractions: Scalars['Int']['output'];
  /** Latest figures of that day's posts. */
  views: Scalars['Int']['output'];
};

export type DeletedPayload = {
  __typename?: 'DeletedPayload';
  /** The id of the deleted object. */
  id: Scalars['ID']['output'];
};

/** When a persona's published captions carry its disclosure line. */
export type DisclosureMode =
  /** When the post's image is AI-made: generated by DoppelCart, or uploaded as algorithmic media (IPTC digital source type). */
  | 'AI_MEDIA'
  /** On every post. */
  | 'ALWAYS'
  /** Never. */
  | 'OFF';

export type FollowerGrowth = {
  __typename?: 'FollowerGrowth';
  /** Followers gained (or lost) over the period; null without two readings. */
  change: Maybe<Scalars['Int']['output']>;
  /** Followers at the end of each day with a reading. */
  series: Array<FollowerPoint>;
  /** True when the platform gives no follower figures for the account (small accounts). */
  unavailable: Scalars['Boolean']['output'];
};

export type FollowerPoint = {
  __typename?: 'FollowerPoint';
  day: Scalars['Date']['output'];
  followers: Scalars['Int']['output'];
};

/** What a platform takes for one format: how many media, which kinds, how long, what shape. */
export type FormatRule = {
  __typename?: 'FormatRule';
  format: ContentFormat;
  kinds: Array<AssetKind>;
  maxAspect: Maybe<Scalars['Float']['output']>;
  maxItems: Scalars['Int']['output'];
  maxVideoSeconds: Maybe<Scalars['Float']['output']>;
  /** Narrowest and widest image (width / height); null when any shape goes. */
  minAspect: Maybe<Scalars['Float']['output']>;
  minItems: Scalars['Int']['output'];
  /** Shortest and longest video, in seconds; null when the format has no limit. */
  minVideoSeconds: Maybe<Scalars['Float']['output']>;
  platform: Platform;
};

/** A posting goal: `count` posts per `period`. */
export type Frequency = {
  __typename?: 'Frequency';
  count: Scalars['Int']['output'];
  period: FrequencyPeriod;
};

export type FrequencyInput = {
  /** 1 to 20 per day, 1 to 100 per week, 1 to 300 per month. */
  count: Scalars['Int']['input'];
  period: FrequencyPeriod;
};

export type FrequencyPeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type GenerationKind =
  | 'CAPTION'
  | 'IMAGE'
  | 'PLAN_IDEAS'
  | 'VIDEO';

/** One run of the generator, with what it cost. */
export type GenerationRun = {
  __typename?: 'GenerationRun';
  /** What a finished VIDEO run made. */
  asset: Maybe<Asset>;
  /** The persona brief version the run worked from. */
  briefVersion: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why the run failed, in words for the user. */
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  generator: GeneratorKind;
  id: Scalars['ID']['output'];
  inputTokens: Scalars['Int']['output'];
  kind: GenerationKind;
  latencyMs: Maybe<Scalars['Int']['output']>;
  model: Maybe<Scalars['String']['output']>;
  outputTokens: Scalars['Int']['output'];
  plan: Maybe<ContentPlan>;
  /** 0 to 100. */
  progress: Scalars['Int']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  state: GenerationState;
};

export type GenerationState =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Totals of a persona's generation runs. */
export type GenerationUsage = {
  __typename?: 'GenerationUsage';
  inputTokens: Scalars['Int']['output'];
  outputTokens: Scalars['Int']['output'];
  runs: Scalars['Int']['output'];
};

export type GeneratorInfo = {
  __typename?: 'GeneratorInfo';
  imageModel: Maybe<Scalars['String']['output']>;
  kind: GeneratorKind;
  /** What the UI shows, e.g. `Offline generator (no API key)`. */
  label: Scalars['String']['output'];
  /** Text model in use; null for the offline generator. */
  textModel: Maybe<Scalars['String']['output']>;
};

export type GeneratorKind =
  /** DoppelCart's built-in, deterministic generator: works with no key, labelled offline. */
  | 'OFFLINE'
  /** An OpenAI-compatible server (OPENAI_API_KEY and OPENAI_BASE_URL). */
  | 'OPENAI';

export type HeatmapCell = {
  __typename?: 'HeatmapCell';
  engagementRate: Maybe<Scalars['Float']['output']>;
  /** 0 to 23, in the persona's time zone. */
  hour: Scalars['Int']['output'];
  posts: Scalars['Int']['output'];
  /** 1 = Monday ... 7 = Sunday, in the persona's time zone. */
  weekday: Scalars['Int']['output'];
};

/** An image against its persona's locked look (the visual identity lock). */
export type ImageCheck = {
  __typename?: 'ImageCheck';
  /** The reference image it is most like. */
  closestReference: Maybe<Asset>;
  flagged: Scalars['Boolean']['output'];
  /** Why, most telling first. */
  reasons: Array<ImageReason>;
  /** 0 to 100: the likeness to the closest reference image; null while the image is not yet compared. */
  score: Maybe<Scalars['Int']['output']>;
  /** The persona's threshold: below it the image is flagged. */
  threshold: Scalars['Int']['output'];
};

export type ImageReason = {
  __typename?: 'ImageReason';
  kind: ImageReasonKind;
  message: Scalars['String']['output'];
};

export type ImageReasonKind =
  /** The palette: skin, hair, clothes, setting. */
  | 'COLOUR'
  /** A vision model's judgement (with an API key), against the current reference images. */
  | 'JUDGEMENT'
  /** The overall likeness to the closest reference. */
  | 'LIKENESS'
  /** What the image could be compared with. */
  | 'REFERENCE'
  /** The figure and layout of light and dark (a perceptual hash offline). */
  | 'SHAPE';

export type InsightKind =
  | 'FORMAT'
  | 'HOOK'
  | 'THEME';

export type InsightRecommendation = {
  __typename?: 'InsightRecommendation';
  engagementRate: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  kind: InsightKind;
  label: Scalars['String']['output'];
  /** Engagement relative to the persona's average: 1.4 means 40 % above. */
  lift: Scalars['Float']['output'];
  posts: Scalars['Int']['output'];
};

export type InstagramAuthorization = {
  __typename?: 'InstagramAuthorization';
  /** Send the browser here; it comes back to the app when the user has decided. */
  authorizeUrl: Scalars['String']['output'];
};

/** One of an item's media, in its place. */
export type ItemMedia = {
  __typename?: 'ItemMedia';
  /** What the image shows, for people who cannot see it (sent to platforms that take it). */
  altText: Scalars['String']['output'];
  asset: Asset;
  position: Scalars['Int']['output'];
};

export type ItemMediaInput = {
  altText?: InputMaybe<Scalars['String']['input']>;
  assetId: Scalars['ID']['input'];
};

/**
 * Where an item came from and how it got where it is: every AI run that worked on it (model,
 * provider, brief version, usage), the brief version its text was written for, the image and its
 * origin, the caption's voice, the checks overridden, who approved it for publishing, and where and
 * when it went out.
 */
export type ItemProvenance = {
  __typename?: 'ItemProvenance';
  /** The latest move to READY: who approved the item for publishing, and when. */
  approval: Maybe<StatusChange>;
  briefVersion: Maybe<Scalars['Int']['output']>;
  /** Every generation run for the item, oldest first: the plan run that created it, and its caption and image runs (proposals included). */
  generationRuns: Array<GenerationRun>;
  /** The image, with its prompt and digital source type. */
  image: Maybe<Asset>;
  /** The image's likeness to the persona's reference images (null when the look is not locked or there is no image). */
  likeness: Maybe<ImageCheck>;
  overrides: Array<CheckOverride>;
  /** Its publishing jobs that went out: where (channel) and when. */
  publications: Array<ScheduledPost>;
  voice: Maybe<VoiceCheck>;
};

/** One item of a bulk action, with the version the caller last saw. */
export type ItemVersionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type MetricTotals = {
  __typename?: 'MetricTotals';
  comments: Scalars['Int']['output'];
  likes: Scalars['Int']['output'];
  reach: Scalars['Int']['output'];
  saved: Scalars['Int']['output'];
  shares: Scalars['Int']['output'];
  totalInteractions: Scalars['Int']['output'];
  views: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Hide a persona from the default list. Its content stays. */
  archivePersona: Persona;
  /** Stop a queued or running generation; nothing it produced is kept. */
  cancelGeneration: GenerationRun;
  /** Cancel a pending post; its item goes back to READY, unless other channels' posts remain (see crossPost). */
  cancelScheduledPost: ScheduledPost;
  /**
   * Change the viewer's password. Needs the current one (wrong guesses count towards the sign-in
   * limit); the account's other sessions end.
   */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Connect a Bluesky account with an app password (made in Bluesky's Settings, Privacy and
   * security, App passwords). DoppelCart signs in once and keeps the session, not the password.
   * The same account again renews its channel (after a reconnect is needed, say).
   */
  connectBlueskyChannel: ChannelIntegration;
  /**
   * Connect a Mastodon account with an access token made on its instance (Preferences,
   * Development, New application, scopes read and write). The token is checked with the
   * instance once and kept sealed; the same account connected again renews its channel. Refused
   * naming `input.accessToken` when it is not shaped like a token or the instance does not take
   * it, `input.instanceUrl` when that is not an https address or cannot be reached.
   */
  connectMastodonChannel: ChannelIntegration;
  /** Connect the built-in Sandbox channel, which publishes into a feed inside DoppelCart. */
  connectSandboxChannel: ChannelIntegration;
  /** Add a dated fact to the persona's canon. */
  createCanonFact: CanonFact;
  createContentItem: ContentItem;
  createContentPlan: ContentPlan;
  /** Create a demo persona with a content plan and items, so a new account has something to explore. */
  createDemoPersona: Persona;
  createPersona: Persona;
  /** Add a story arc with its beats. */
  createStoryArc: StoryArc;
  /**
   * Cross-post: schedule an item on several channels of its persona at one time (1 to 10), each
   * with its own caption for its network when given. Every channel is checked by its network's
   * rules (caption length and hashtags with any disclosure line, formats, media, connection,
   * quota) before anything is stored, and a channel's own caption is held to the persona's voice
   * and canon as the item's is (no override: rewrite it); problems name
   * `input.channels.N.channelId` or `input.channels.N.caption`. A READY item becomes SCHEDULED. On a SCHEDULED or FAILED item it
   * adds channels or retries failed ones, leaving the posts of its other channels as they are.
   *
   * The item's status follows its current posts, one per channel: SCHEDULED while any is still
   * to go out, POSTED when all are out, FAILED when one failed and none is left to go (the reason
   * names each failed channel), READY when all were cancelled.
   */
  crossPost: Array<ScheduledPost>;
  /**
   * Put an asset in the Trash (restorable for 30 days, see `trash`). Items that showed it keep
   * their text and show no image until it is restored.
   */
  deleteAsset: DeletedPayload;
  deleteCanonFact: DeletedPayload;
  /**
   * Put an item in the Trash (restorable for 30 days, see `trash`). A pending post is cancelled
   * and the item goes back to READY; an item being published right now is refused (CONFLICT).
   */
  deleteContentItem: DeletedPayload;
  /** Put the selected items (at most 100) in the Trash, each as deleteContentItem does. */
  deleteContentItems: BulkItemsResult;
  /**
   * Put a plan in the Trash (restorable for 30 days, see `trash`). Its content items stay with
   * the persona and show no plan until it is restored.
   */
  deleteContentPlan: DeletedPayload;
  /** Remove items, plans or assets in the Trash for good now (at most 100 ids). Returns how many went. */
  deleteFromTrash: Scalars['Int']['output'];
  deleteStoryArc: DeletedPayload;
  /**
   * Disconnect a channel: its tokens are erased and its pending posts are cancelled (their items
   * go back to READY). Connect again to publish there.
   */
  disconnectChannel: ChannelIntegration;
  /** Generate an image from the item's image prompt, store it as an asset and attach it. */
  generateImage: ContentItem;
  /**
   * Make a short vertical video for the item in the persona's look, in the background: through the
   * configured video model (OPENAI_VIDEO_MODEL) with an API key, otherwise offline as slides of the
   * persona's images with motion, labelled offline. Follow it with `generationRunUpdated` (progress,
   * cancellation with `cancelGeneration`); the finished run's `asset` is the video, to add to the
   * item's media with updateContentItem.
   */
  generateItemVideo: GenerationRun;
  /**
   * Generate the plan's ideas in the background: exactly its target number of IDEA items, on
   * posting slots spread over the plan in the persona's time zone. Regenerating replaces the
   * ideas nobody has touched and keeps edited ones. All or nothing: a failed or cancelled run
   * leaves the plan as it was. Follow progress with `generationRunUpdated`.
   */
  generatePlanIdeas: GenerationRun;
  /**
   * Draw a reference portrait of the persona from its written look (the image model, or offline
   * an illustrated portrait), stored as a generated image to choose as a reference. Each call
   * draws another pose of the same person.
   */
  generateReferencePortrait: Asset;
  /**
   * Move an item to another status, checked against the lifecycle rules: IDEA -> DRAFT -> READY
   * -> SCHEDULED, back from DRAFT to IDEA, READY to DRAFT, SCHEDULED to READY, and FAILED back to
   * READY or SCHEDULED. POSTED and FAILED are set by publishing only; POSTED is final.
   */
  moveContentItem: ContentItem;
  /**
   * Move the selected items (at most 100) to another status. Each is checked and saved as
   * moveContentItem would do it, with its own version; those that cannot move stay as they are
   * and are listed in `refused` with the reason.
   */
  moveContentItems: BulkItemsResult;
  /**
   * Propose a caption for the item in the persona's voice, within its platform's limits, without
   * saving anything: the item and its version stay as they are. It starts from `draft`, the
   * unsaved text in the editor (at most 10,000 characters); an empty draft means writing from
   * the item's title and the persona brief, and an omitted one starts from the saved caption.
   * The run and its usage are recorded (kind CAPTION). To keep the proposal, possibly edited,
   * save it with updateContentItem; the caption it replaces goes to `captionHistory`.
   */
  proposeCaption: CaptionProposal;
  /**
   * Remove the persona's simulated history in one go: its posts with their publishing jobs, feed
   * posts and figures, and the account readings it wrote (the Sandbox's own daily readings are
   * brought back in line without its posts). Real posts and their figures stay. Afterwards the
   * persona can be filled again.
   */
  removeSimulatedHistory: RemovedSimulatedHistory;
  /**
   * Reorder what is coming, as the Instagram grid does: the items (2 to 100 of one persona,
   * each Idea, Draft, Ready or Scheduled with a planned time at least a minute ahead) trade the
   * times they hold, the first named taking the earliest. Scheduled items' posts move with them.
   * All or nothing: when an item cannot take part, nothing changes and the error names it.
   * Returns the items in the order given.
   */
  reorderUpcomingPosts: Array<ContentItem>;
  /**
   * Email a link that sets a new password (valid for an hour, once). Answers true whether or not
   * the address has an account, so it reveals nothing; RATE_LIMITED after a few requests.
   * Without SMTP settings on the server, the link is written to the server's log.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Move a pending post to another time (the same checks apply). The item's scheduledAt follows. */
  reschedulePost: ScheduledPost;
  /** Send the link that confirms the viewer's address again. False when it is confirmed already. */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /**
   * Set a new password with the token from a reset link. Every session of the account ends (open
   * live connections close with 4401), the address counts as confirmed, other reset links stop
   * working, and a new session starts. An expired, used or unknown token is BAD_USER_INPUT on
   * `input.token` and changes nothing.
   */
  resetPassword: AuthPayload;
  /**
   * Bring items, plans or assets back from the Trash (at most 100 ids). Returns the ids that came
   * back; ids that are not in the viewer's Trash are skipped.
   */
  restoreFromTrash: Array<Scalars['ID']['output']>;
  /**
   * Make a kept version of the persona's brief the current one. History is never rewritten: the
   * restore is a new version whose `restoredFrom` names the version it brought back. Restoring
   * what the brief already says changes nothing.
   */
  restorePersonaBriefVersion: Persona;
  /**
   * Schedule the selected items (at most 100) on one channel, each at its planned time
   * (`scheduledAt`), or with `queue` each in the next free slot of the channel's posting
   * schedule, in the order given; with every check schedulePost makes. Items without a planned
   * time, with one already past, or refused by the channel are listed in `refused` and stay as
   * they are.
   */
  scheduleContentItems: BulkItemsResult;
  /**
   * Schedule a READY (or FAILED, to retry) item on a channel. Checked before anything is stored:
   * caption and hashtags, the image for Instagram (JPEG, or PNG/WebP sent as a JPEG copy; size,
   * aspect ratio, width), the
   * account's live publishing quota, and the channel's connection. The item becomes SCHEDULED.
   */
  schedulePost: ScheduledPost;
  /**
   * Schedule every READY item of a plan at the time the plan gave it (its scheduledAt) on one of
   * the persona's channels, up to 200 at a time, soonest first. Each item is checked and
   * scheduled as schedulePost would, on its own: items that cannot be (no planned time, a time
   * already past, a caption or image the channel refuses, a full quota) stay READY and are
   * listed with the reason.
   */
  scheduleReadyPlanItems: PlanScheduleResult;
  /**
   * Replace a channel's posting schedule: the weekly times (in the persona's time zone) that
   * "Add to queue" fills. An empty list clears it. At most 168 slots, each weekday and time once.
   */
  setPostingSlots: ChannelIntegration;
  /**
   * Lock the persona's look to these of its images, in order: 3 to 8 (uploaded or generated), or
   * none to unlock. Refused with the reason, changing nothing, for any other count, a repeated
   * image, or an image that is not the persona's.
   */
  setReferenceImages: Persona;
  /** Start a session. A wrong email or password gives one generic error. */
  signIn: AuthPayload;
  /** Revoke the current session's token. Returns true when a session was revoked. */
  signOut: Scalars['Boolean']['output'];
  /** End every session of the viewer's account except this one. Returns how many ended. */
  signOutOtherSessions: Scalars['Int']['output'];
  /** Create an account and start a session. */
  signUp: AuthPayload;
  /**
   * Fill an empty analytics dashboard: six weeks of past posts on the persona's Sandbox channel
   * (three a week, at varied days and hours), with the figures the Sandbox collector would have
   * taken. Every figure is simulated and marked so. Needs a connected Sandbox channel; refused
   * when the persona already has figures. Its posts are `simulated`: working views (item lists,
   * counts, the calendar, the Sandbox feed) leave them out unless asked with `includeSimulated`.
   */
  simulateSandboxHistory: SimulatedHistory;
  /**
   * Start connecting an account of a network that connects through its consent page (the
   * platforms whose `auth` is OAUTH2 or OAUTH2_PKCE, other than Instagram, e.g. X): returns the
   * URL to send the browser to. The network sends it back to `/api/channels/<network>/callback`,
   * which stores the connection and returns to `/personas/<id>/channels?connected=<network>` (or
   * `?channelError=<message>`). Must be called over HTTP: the flow is bound to this browser by
   * an HttpOnly cookie. Refused naming `platform` when the network is not set up on this server.
   */
  startChannelConnection: ChannelAuthorization;
  /**
   * Start connecting an Instagram professional account to a persona: returns the Instagram
   * authorization URL to send the browser to. Instagram sends it back to
   * `/api/channels/instagram/callback`, which stores the connection and returns to the app.
   */
  startInstagramConnection: InstagramAuthorization;
  unarchivePersona: Persona;
  updateCanonFact: CanonFact;
  /** Edit an item. Refused with STALE_VERSION when `input.expectedVersion` is not the stored version. */
  updateContentItem: ContentItem;
  updateContentPlan: ContentPlan;
  /** Change any subset of a persona's fields; omitted fields stay as they are. */
  updatePersona: Persona;
  /** Edit the viewer's profile. */
  updateProfile: Profile;
  updateStoryArc: StoryArc;
  /** Confirm an email address with the token from the link sent to it. Needs no session. */
  verifyEmail: Scalars['Boolean']['output'];
  /**
   * Draft or rewrite the item's caption in the persona's voice, within its platform's limits,
   * and save it at once (checked against `expectedVersion` like any edit; the replaced caption
   * goes to `captionHistory`).
   * @deprecated Saves over the caption without asking. Use proposeCaption, then save the accepted text with updateContentItem.
   */
  writeCaption: ContentItem;
};


export type MutationArchivePersonaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelGenerationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelScheduledPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationConnectBlueskyChannelArgs = {
  input: ConnectBlueskyChannelInput;
};


export type MutationConnectMastodonChannelArgs = {
  input: ConnectMastodonChannelInput;
};


export type MutationConnectSandboxChannelArgs = {
  personaId: Scalars['ID']['input'];
};


export type MutationCreateCanonFactArgs = {
  input: CreateCanonFactInput;
};


export type MutationCreateContentItemArgs = {
  input: CreateContentItemInput;
};


export type MutationCreateContentPlanArgs = {
  input: CreateContentPlanInput;
};


export type MutationCreatePersonaArgs = {
  input: CreatePersonaInput;
};


export type MutationCreateStoryArcArgs = {
  input: CreateStoryArcInput;
};


export type MutationCrossPostArgs = {
  input: CrossPostInput;
};


export type MutationDeleteAssetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCanonFactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContentItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContentItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteContentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFromTrashArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteStoryArcArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisconnectChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateImageArgs = {
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
};


export type MutationGenerateItemVideoArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationGeneratePlanIdeasArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationGenerateReferencePortraitArgs = {
  personaId: Scalars['ID']['input'];
};


export type MutationMoveContentItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  to: ContentItemStatus;
};


export type MutationMoveContentItemsArgs = {
  items: Array<ItemVersionInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  to: ContentItemStatus;
};


export type MutationProposeCaptionArgs = {
  draft?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
};


export type MutationRemoveSimulatedHistoryArgs = {
  personaId: Scalars['ID']['input'];
};


export type MutationReorderUpcomingPostsArgs = {
  input: ReorderUpcomingPostsInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationReschedulePostArgs = {
  at: ScheduleTimeInput;
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRestoreFromTrashArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRestorePersonaBriefVersionArgs = {
  personaId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationScheduleContentItemsArgs = {
  channelId: Scalars['ID']['input'];
  ids: Array<Scalars['ID']['input']>;
  queue?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSchedulePostArgs = {
  input: SchedulePostInput;
};


export type MutationScheduleReadyPlanItemsArgs = {
  channelId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationSetPostingSlotsArgs = {
  channelId: Scalars['ID']['input'];
  slots: Array<PostingSlotInput>;
};


export type MutationSetReferenceImagesArgs = {
  assetIds: Array<Scalars['ID']['input']>;
  personaId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSimulateSandboxHistoryArgs = {
  personaId: Scalars['ID']['input'];
};


export type MutationStartChannelConnectionArgs = {
  personaId: Scalars['ID']['input'];
  platform: Platform;
};


export type MutationStartInstagramConnectionArgs = {
  personaId: Scalars['ID']['input'];
};


export type MutationUnarchivePersonaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCanonFactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCanonFactInput;
};


export type MutationUpdateContentItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContentItemInput;
};


export type MutationUpdateContentPlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContentPlanInput;
};


export type MutationUpdatePersonaArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateStoryArcArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStoryArcInput;
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};


export type MutationWriteCaptionArgs = {
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A synthetic influencer: a consistent creator identity that content is made for. */
export type Persona = {
  __typename?: 'Persona';
  /** Aesthetic preferences: palette, mood, photography style. */
  aesthetic: Scalars['String']['output'];
  /** The persona's most recent account-level and post-level snapshots, newest first. */
  analytics: Array<AnalyticsSnapshot>;
  /**
   * The persona's performance for posts published in [from, to) (default: the last 30 days),
   * with days and hours in the persona's time zone.
   */
  analyticsSummary: PersonaAnalytics;
  /** Set when archived; archived personas are hidden from the default list. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Topics and words the persona never uses; generation avoids them. */
  avoid: Array<Scalars['String']['output']>;
  bio: Scalars['String']['output'];
  /** The brief every prompt for this persona is built from, as the model receives it. */
  brief: Scalars['String']['output'];
  /**
   * Version of the persona brief: every change to an identity field, topics, words to avoid or
   * example posts makes a new one. Generated items record the version that produced them.
   */
  briefVersion: Scalars['Int']['output'];
  /** One kept version of the brief, or null when there is no such version. */
  briefVersionAt: Maybe<PersonaBriefVersion>;
  /** The kept versions of the persona's brief, newest first: the persona bible's history. */
  briefVersions: Array<PersonaBriefVersion>;
  /** What the persona knows on `date`: the facts true then, and its events with their dates. */
  canonAsOf: Array<CanonFact>;
  /** The persona's canon: every dated fact of its life, by date. */
  canonFacts: Array<CanonFact>;
  /** Social accounts connected for the persona. */
  channelIntegrations: Array<ChannelIntegration>;
  /** The persona's content plans, soonest start first. */
  contentPlans: Array<ContentPlan>;
  createdAt: Scalars['DateTime']['output'];
  /** When DoppelCart adds the disclosure line to a published caption. */
  disclosureMode: DisclosureMode;
  /** The disclosure line, for example `Made with AI.` or `#AIgenerated`; counts toward the platform's caption limits. */
  disclosureText: Scalars['String']['output'];
  /** Posts in the persona's voice that generation takes as examples. */
  examplePosts: Array<Scalars['String']['output']>;
  /** The persona's latest generation runs, newest first. */
  generationRuns: Array<GenerationRun>;
  generationUsage: GenerationUsage;
  /** Account handle without `@`, unique among the viewer's personas (case-insensitive). */
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Likeness score below which an image is flagged (0 to 100): an item showing a flagged image needs an override to reach READY. */
  imageThreshold: Scalars['Int']['output'];
  /** How many of the persona's content items are in each status. */
  itemCounts: StatusCounts;
  /** The written look: face, hair, build, style notes. Part of the brief; reference portraits are drawn from it. */
  look: Scalars['String']['output'];
  /** Display name, for example `Lena Fern`. */
  name: Scalars['String']['output'];
  /** Topic area, for example `urban gardening`. */
  niche: Scalars['String']['output'];
  /**
   * Items still to be published (Idea to Scheduled) that were written for an older brief version
   * than the current one, soonest first: candidates for a rewrite in the current voice.
   */
  outdatedItems: Array<ContentItem>;
  /** Character traits that stay consistent across posts. */
  personality: Scalars['String']['output'];
  platformStrategy: PlatformStrategy;
  /** The persona's most recently created content items; use `Query.contentItems` to page. */
  recentItems: Array<ContentItem>;
  /** What has worked for this persona so far, from its own history, with the evidence. */
  recommendations: Recommendations;
  /**
   * The images the persona's look is locked to, in order: none (no lock) or 3 to 8 of its own images.
   * Image generation draws from them, and every image is scored against them.
   */
  referenceImages: Array<Asset>;
  /** The persona's simulated Sandbox history, while it has one. */
  simulatedHistory: Maybe<SimulatedHistory>;
  /** Its story arcs, oldest first. */
  storyArcs: Array<StoryArc>;
  /** Content style: formats, pacing, visual language. */
  style: Scalars['String']['output'];
  /**
   * The next free times to publish one of this persona's posts (1 to 10, soonest first): the
   * persona's best slots from its recommendations, or 17:00 local while it has no history, at
   * least two hours from its other pending posts on any channel and 15 minutes from now.
   */
  suggestedPostTimes: Array<SuggestedPostTime>;
  /** IANA time zone the persona posts in; schedules are computed in it. */
  timeZone: Scalars['String']['output'];
  /** Topics the persona's content should favour. */
  topics: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** How the persona speaks: tone, vocabulary, rhythm. */
  voice: Scalars['String']['output'];
  /** Voice score below which a caption is flagged (0 to 100): a flagged caption needs an override to reach READY. */
  voiceThreshold: Scalars['Int']['output'];
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaAnalyticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaAnalyticsSummaryArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaBriefVersionAtArgs = {
  version: Scalars['Int']['input'];
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaBriefVersionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaCanonAsOfArgs = {
  date: Scalars['Date']['input'];
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaContentPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaGenerationRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaItemCountsArgs = {
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaOutdatedItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaRecentItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A synthetic influencer: a consistent creator identity that content is made for. */
export type PersonaSuggestedPostTimesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A persona's performance over a period. */
export type PersonaAnalytics = {
  __typename?: 'PersonaAnalytics';
  /** Weakest posts of the period by engagement rate. */
  bottomPosts: Array<PostPerformance>;
  byPlatform: Array<PlatformMetrics>;
  /** One entry per day of the period with posts or account figures; one platform's when given. */
  daily: Array<DailyMetrics>;
  /** Interactions per person reached over the period (per view when reach is unknown). */
  engagementRate: Maybe<Scalars['Float']['output']>;
  followers: FollowerGrowth;
  from: Scalars['DateTime']['output'];
  /** Average engagement by weekday and hour of publishing, from all of the persona's history. */
  heatmap: Array<HeatmapCell>;
  /** Every measured post of the period, oldest first (1 to 1,000), for exports. */
  measuredPosts: Array<PostPerformance>;
  /** Posts published in the period that have metrics. */
  posts: Scalars['Int']['output'];
  /** True when any figure comes from the Sandbox channel's simulation. */
  simulated: Scalars['Boolean']['output'];
  /** The persona's time zone: days, weekdays and hours below are in it. */
  timeZone: Scalars['String']['output'];
  to: Scalars['DateTime']['output'];
  /** Best posts of the period by engagement rate. */
  topPosts: Array<PostPerformance>;
  /** Latest figures of those posts, summed. */
  totals: MetricTotals;
  /**
   * The voice score of each caption published in the period, oldest first (at most 500): each
   * against the persona's voice without itself, so drift shows over time.
   */
  voiceTrend: VoiceTrend;
};


/** A persona's performance over a period. */
export type PersonaAnalyticsBottomPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A persona's performance over a period. */
export type PersonaAnalyticsDailyArgs = {
  platform?: InputMaybe<Platform>;
};


/** A persona's performance over a period. */
export type PersonaAnalyticsMeasuredPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A persona's performance over a period. */
export type PersonaAnalyticsTopPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonaBriefField =
  | 'AESTHETIC'
  | 'AVOID'
  | 'BIO'
  | 'EXAMPLE_POSTS'
  | 'HANDLE'
  | 'LOOK'
  | 'NAME'
  | 'NICHE'
  | 'PERSONALITY'
  | 'PLATFORM_STRATEGY'
  | 'STYLE'
  | 'TOPICS'
  | 'VOICE';

/** The fields of a persona's brief, as one version said them. */
export type PersonaBriefFields = {
  __typename?: 'PersonaBriefFields';
  aesthetic: Scalars['String']['output'];
  avoid: Array<Scalars['String']['output']>;
  bio: Scalars['String']['output'];
  examplePosts: Array<Scalars['String']['output']>;
  handle: Scalars['String']['output'];
  look: Scalars['String']['output'];
  name: Scalars['String']['output'];
  niche: Scalars['String']['output'];
  personality: Scalars['String']['output'];
  platformStrategy: PlatformStrategy;
  style: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
  voice: Scalars['String']['output'];
};

/** A version of a persona's brief, kept whole. */
export type PersonaBriefVersion = {
  __typename?: 'PersonaBriefVersion';
  /** The brief as this version said it. */
  brief: PersonaBriefFields;
  /** Who made this version; null for versions kept from before versions recorded their author. */
  changedBy: Maybe<StatusActor>;
  /** The fields that differ from the version before (every field for the first version). */
  changedFields: Array<PersonaBriefField>;
  createdAt: Scalars['DateTime']['output'];
  /** For a restore, the version it brought back. */
  restoredFrom: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

export type PersonaConnection = {
  __typename?: 'PersonaConnection';
  nodes: Array<Persona>;
  pageInfo: PageInfo;
};

/** What scheduleReadyPlanItems did. */
export type PlanScheduleResult = {
  __typename?: 'PlanScheduleResult';
  /** The posts created, soonest first. */
  scheduled: Array<ScheduledPost>;
  /** The READY items left as they were, and why. */
  skipped: Array<SkippedPlanItem>;
};

/** A social platform content can be made for. */
export type Platform =
  | 'BLUESKY'
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'MASTODON'
  /** DoppelCart's built-in channel that publishes into a feed inside the app, for trying the whole flow. */
  | 'SANDBOX'
  | 'THREADS'
  | 'TIKTOK'
  | 'X'
  | 'YOUTUBE';

/** What DoppelCart can do with a platform on this server. */
export type PlatformInfo = {
  __typename?: 'PlatformInfo';
  /** How an account is connected; null when DoppelCart does not publish there. */
  auth: Maybe<ConnectionAuth>;
  /** A channel for it can be connected on this server now. */
  canConnect: Scalars['Boolean']['output'];
  /** DoppelCart publishes to it through a channel. False: content can be planned for it and posted by hand. */
  canPublish: Scalars['Boolean']['output'];
  /** Characters a caption may have there, counted as the platform counts them (an emoji is one). */
  captionMaxCharacters: Scalars['Int']['output'];
  /** Why it cannot be connected, when `canConnect` is false (e.g. Instagram without a Meta app configured). */
  connectUnavailableReason: Maybe<Scalars['String']['output']>;
  /** The formats it takes and what each needs of an item's media. */
  formats: Array<FormatRule>;
  /** Its name as people know it, e.g. `TikTok`. */
  label: Scalars['String']['output'];
  /** Hashtags a caption may carry there; null when the platform sets no limit. */
  maxHashtags: Maybe<Scalars['Int']['output']>;
  platform: Platform;
};

export type PlatformMetrics = {
  __typename?: 'PlatformMetrics';
  engagementRate: Maybe<Scalars['Float']['output']>;
  platform: Platform;
  posts: Scalars['Int']['output'];
  totals: MetricTotals;
};

/** Which platforms a persona is on and how it approaches them. */
export type PlatformStrategy = {
  __typename?: 'PlatformStrategy';
  /** Free-form cadence notes, for example `reels Tue/Thu, carousel Sunday`. */
  cadence: Scalars['String']['output'];
  /** What the persona is trying to achieve, for example `grow to 10k followers`. */
  goals: Array<Scalars['String']['output']>;
  platforms: Array<Platform>;
  /** Intended posts per week across platforms. */
  postsPerWeek: Maybe<Scalars['Int']['output']>;
};

export type PlatformStrategyInput = {
  cadence?: InputMaybe<Scalars['String']['input']>;
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  platforms: Array<Platform>;
  postsPerWeek?: InputMaybe<Scalars['Int']['input']>;
};

/** A posted item's latest figures. */
export type PostPerformance = {
  __typename?: 'PostPerformance';
  capturedAt: Scalars['DateTime']['output'];
  comments: Maybe<Scalars['Int']['output']>;
  engagementRate: Maybe<Scalars['Float']['output']>;
  item: ContentItem;
  likes: Maybe<Scalars['Int']['output']>;
  platform: Platform;
  publishedAt: Scalars['DateTime']['output'];
  reach: Maybe<Scalars['Int']['output']>;
  saved: Maybe<Scalars['Int']['output']>;
  shares: Maybe<Scalars['Int']['output']>;
  simulated: Scalars['Boolean']['output'];
  totalInteractions: Maybe<Scalars['Int']['output']>;
  views: Maybe<Scalars['Int']['output']>;
};

/** A weekly posting time of a channel, in the persona's time zone. */
export type PostingSlot = {
  __typename?: 'PostingSlot';
  /** 24-hour time of day, for example `09:00`. */
  time: Scalars['String']['output'];
  /** 1 = Monday ... 7 = Sunday. */
  weekday: Scalars['Int']['output'];
};

export type PostingSlotInput = {
  /** 24-hour time of day without seconds, for example `18:30`. */
  time: Scalars['String']['input'];
  /** 1 = Monday ... 7 = Sunday. */
  weekday: Scalars['Int']['input'];
};

export type Profile = {
  __typename?: 'Profile';
  displayName: Scalars['String']['output'];
  /** IANA time zone, for example `Europe/Berlin`. New personas default to it. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PublishingQuota = {
  __typename?: 'PublishingQuota';
  /** Posts allowed per window. */
  total: Scalars['Int']['output'];
  /** Posts published in the current window. */
  used: Scalars['Int']['output'];
  /** Window length in seconds. */
  windowSeconds: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One of the viewer's assets, or null. */
  asset: Maybe<Asset>;
  /**
   * The viewer's assets, newest first, optionally of one persona. Upload new images with a
   * multipart POST to `/api/assets?personaId=<id>` (field `file`, same bearer token).
   */
  assets: AssetConnection;
  channelIntegration: Maybe<ChannelIntegration>;
  /** One of the viewer's content items, or null. */
  contentItem: Maybe<ContentItem>;
  /** The viewer's content items matching `filter`, ordered by `orderBy`. */
  contentItems: ContentItemConnection;
  /** One of the viewer's content plans, or null. */
  contentPlan: Maybe<ContentPlan>;
  /**
   * A caption read against the persona's canon as of `date` (default today in the persona's zone):
   * the contradictions the continuity check would refuse at READY. Nothing is stored.
   */
  continuityCheck: ContinuityCheck;
  /** One of the viewer's generation runs, or null. */
  generationRun: Maybe<GenerationRun>;
  /** Which generator writes content: an OpenAI-compatible model, or the built-in offline generator. */
  generator: GeneratorInfo;
  /** One of the viewer's personas, or null when it does not exist or is not the viewer's. */
  persona: Maybe<Persona>;
  /** The viewer's personas, newest first. */
  personas: PersonaConnection;
  /** Every platform content can be made for, with what DoppelCart can do there on this server. */
  platforms: Array<PlatformInfo>;
  /** What the persona's Sandbox channel has published, newest first. */
  sandboxFeed: Array<SandboxPost>;
  /**
   * Publishing jobs of the viewer's personas whose time falls in [from, to), earliest first: what
   * the calendar shows. At most 1,000.
   */
  scheduledPosts: Array<ScheduledPost>;
  /**
   * The viewer's Trash: deleted content items, plans and assets, most recently deleted first.
   * Each can be restored until `purgeAt`, when it is removed for good.
   */
  trash: TrashConnection;
  /** The signed-in user, or null when the request carries no valid session. */
  viewer: Maybe<Viewer>;
  /**
   * How much `caption` (at most 10,000 characters) sounds like the persona: its score against the
   * brief and the persona's approved posts, the persona's threshold, and the reasons. For an editor
   * checking as the person types; nothing is stored.
   */
  voiceCheck: VoiceCheck;
};


export type QueryAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryChannelIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContentItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContentItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContentItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContentItemOrder>;
};


export type QueryContentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContinuityCheckArgs = {
  caption: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  personaId: Scalars['ID']['input'];
};


export type QueryGenerationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySandboxFeedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
  personaId: Scalars['ID']['input'];
};


export type QueryScheduledPostsArgs = {
  filter: ScheduledPostFilter;
};


export type QueryTrashArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVoiceCheckArgs = {
  caption: Scalars['String']['input'];
  personaId: Scalars['ID']['input'];
};

export type RecommendationConfidence =
  | 'HIGH'
  /** Fewer than 10 posts with metrics: a hint, not a finding. */
  | 'LOW'
  | 'MEDIUM';

/** What the persona's own history says works, each finding with its evidence. */
export type Recommendations = {
  __typename?: 'Recommendations';
  /** Posts with metrics the findings rest on. */
  basedOnPosts: Scalars['Int']['output'];
  confidence: RecommendationConfidence;
  /** Days between the first and the last of those posts. */
  historyDays: Scalars['Int']['output'];
  /** Themes (hashtags and topics), formats and hooks that perform above the persona's average. */
  insights: Array<InsightRecommendation>;
  /** True when the history includes the Sandbox simulation. */
  simulated: Scalars['Boolean']['output'];
  /** The best weekday and hour slots, best first. */
  slots: Array<SlotRecommendation>;
  /** One-paragraph summary, also given to plan generation. */
  summary: Scalars['String']['output'];
};

/** What removeSimulatedHistory took out. */
export type RemovedSimulatedHistory = {
  __typename?: 'RemovedSimulatedHistory';
  persona: Persona;
  /** Simulated posts removed, with their figures. */
  posts: Scalars['Int']['output'];
};

export type ReorderUpcomingPostsInput = {
  /** The items in the order they should go out. */
  itemIds: Array<Scalars['ID']['input']>;
  personaId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  newPassword: Scalars['String']['input'];
  /** The `token` parameter of the emailed link. */
  token: Scalars['String']['input'];
};

/** A post the Sandbox channel published: what the world would have seen. */
export type SandboxPost = {
  __typename?: 'SandboxPost';
  /** The image as it was published (the first of its media). */
  asset: Maybe<Asset>;
  /** The caption as it went out, byte for byte. */
  caption: Scalars['String']['output'];
  /** When a Story leaves the feed (24 hours after it went out); null for other formats. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** What it went out as: a feed post, a carousel, a Reel or a Story. */
  format: ContentFormat;
  /** The hashtags in that caption, in order. */
  hashtags: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  item: Maybe<ContentItem>;
  /** Its media in order with their alt text, as published (those in the trash left out). */
  media: Array<ItemMedia>;
  permalink: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** True for a post of the persona's simulated history, not one DoppelCart published. */
  simulated: Scalars['Boolean']['output'];
};

export type SchedulePostInput = {
  channelId: Scalars['ID']['input'];
  /** The item's version the caller last saw. */
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  when: ScheduleTimeInput;
};

/** When to publish, exactly one of: an instant, a wall-clock time in the persona's time zone (daylight-saving safe), now, or the channel's queue. */
export type ScheduleTimeInput = {
  /** An exact instant. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Local date and time in the persona's time zone, for example `2026-12-24T09:30`. */
  localTime?: InputMaybe<Scalars['String']['input']>;
  /** Publish now: the post is due at once (as the server's clock has it) and the publisher takes it straight away. */
  now?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Add to the queue: the next slot of the channel's posting schedule (at least a minute ahead)
   * that no post on the channel holds yet. For schedulePost only; refused naming `when.queue`
   * when the schedule has no free slot in the next 12 weeks.
   */
  queue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A job that publishes a content item on a channel at a time. */
export type ScheduledPost = {
  __typename?: 'ScheduledPost';
  /** Publishing attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The caption this post carries for its channel's network; null when it goes out with the item's. */
  captionVariant: Maybe<Scalars['String']['output']>;
  channel: ChannelIntegration;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  item: ContentItem;
  /** Why the last attempt failed; FAILED posts keep the platform's message. */
  lastError: Maybe<Scalars['String']['output']>;
  /** Link to the published post on the platform. */
  permalink: Maybe<Scalars['String']['output']>;
  /** The post's id on the platform, once published. */
  platformPostId: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it is due (UTC); shown in the persona's time zone. */
  runAt: Scalars['DateTime']['output'];
  state: ScheduledPostState;
  /** True once a later post on the same channel replaced it (a retry), or a new round of scheduling did. */
  superseded: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ScheduledPostFilter = {
  from: Scalars['DateTime']['input'];
  /** Include the posts of simulated histories. */
  includeSimulated?: InputMaybe<Scalars['Boolean']['input']>;
  /** One persona, or all the viewer's personas when omitted. */
  personaId?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<ScheduledPostState>>;
  to: Scalars['DateTime']['input'];
};

export type ScheduledPostState =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'PUBLISHED'
  | 'PUBLISHING';

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** IANA time zone; defaults to UTC. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A persona's simulated Sandbox history: what simulateSandboxHistory added. */
export type SimulatedHistory = {
  __typename?: 'SimulatedHistory';
  /** When the history was filled. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  persona: Persona;
  /** Past Sandbox posts it holds, each with its simulated checkpoint figures. */
  posts: Scalars['Int']['output'];
};

export type SkippedPlanItem = {
  __typename?: 'SkippedPlanItem';
  item: ContentItem;
  reason: Scalars['String']['output'];
};

export type SlotRecommendation = {
  __typename?: 'SlotRecommendation';
  engagementRate: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  hour: Scalars['Int']['output'];
  posts: Scalars['Int']['output'];
  weekday: Scalars['Int']['output'];
};

/** Who made a change: a person, or a DoppelCart process such as the publisher. */
export type StatusActor = {
  __typename?: 'StatusActor';
  kind: StatusActorKind;
  /** The person's display name, or the process's name. */
  name: Scalars['String']['output'];
};

export type StatusActorKind =
  | 'PROCESS'
  | 'USER';

/** One step in an item's status history. */
export type StatusChange = {
  __typename?: 'StatusChange';
  actor: StatusActor;
  changedAt: Scalars['DateTime']['output'];
  /** Null for the status the item was created with. */
  from: Maybe<ContentItemStatus>;
  id: Scalars['ID']['output'];
  /** Why the move happened, when given (a failure's cause, a note from the person). */
  reason: Maybe<Scalars['String']['output']>;
  to: ContentItemStatus;
};

export type StatusCounts = {
  __typename?: 'StatusCounts';
  draft: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  idea: Scalars['Int']['output'];
  posted: Scalars['Int']['output'];
  ready: Scalars['Int']['output'];
  scheduled: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A story told over dates, beat by beat: `Marathon training`. */
export type StoryArc = {
  __typename?: 'StoryArc';
  /** Its beats, in date order. */
  beats: Array<ArcBeat>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** New analytics snapshots for the viewer's personas: dashboards refetch on it. */
  analyticsUpdated: AnalyticsUpdate;
  /** Channels connected, refreshed, needing reconnection or disconnected. */
  channelIntegrationUpdated: ChannelIntegration;
  /** Items created, updated or deleted, so boards and lists stay in sync. */
  contentItemChanged: ContentItemChangeEvent;
  /** Status changes of one persona's items, or of all the viewer's personas when personaId is omitted. */
  contentItemStatusChanged: ContentItemStatusEvent;
  /** Progress and outcome of generation runs, for one persona or all of the viewer's. */
  generationRunUpdated: GenerationRun;
  /** Publishing jobs created, rescheduled, started, published, failed or cancelled: what calendars follow. */
  scheduledPostUpdated: ScheduledPost;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionAnalyticsUpdatedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionChannelIntegrationUpdatedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionContentItemChangedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionContentItemStatusChangedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionGenerationRunUpdatedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live events over graphql-ws (same URL as HTTP, `ws(s)://<host>/graphql`). Events are sent
 * after the change commits, from whichever server instance or worker made it, and only for the
 * viewer's own personas.
 */
export type SubscriptionScheduledPostUpdatedArgs = {
  personaId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuggestedPostTime = {
  __typename?: 'SuggestedPostTime';
  at: Scalars['DateTime']['output'];
  /** Why this time: the slot's evidence, or that there is no history yet. */
  reason: Scalars['String']['output'];
};

export type TrashConnection = {
  __typename?: 'TrashConnection';
  nodes: Array<TrashedEntry>;
  pageInfo: PageInfo;
  /** Everything in the viewer's Trash. */
  totalCount: Scalars['Int']['output'];
};

/** Something deleted that can still be restored. */
export type TrashedEntry = {
  __typename?: 'TrashedEntry';
  deletedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TrashedKind;
  persona: Maybe<Persona>;
  /** When the hourly sweep removes it for good (deletedAt + TRASH_RETENTION_DAYS). */
  purgeAt: Scalars['DateTime']['output'];
  /** The item's or plan's title (an item without one: the start of its caption); an asset's prompt, or empty. */
  title: Scalars['String']['output'];
};

export type TrashedKind =
  | 'ASSET'
  | 'CONTENT_ITEM'
  | 'CONTENT_PLAN';

/** Fields left out stay; a date given as null makes that end open. */
export type UpdateCanonFactInput = {
  descriptor?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CanonFactKind>;
  statement?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateContentItemInput = {
  /** Attach one of the persona's assets as the first media (replacing the first); null removes the first media. */
  assetId?: InputMaybe<Scalars['ID']['input']>;
  caption?: InputMaybe<Scalars['String']['input']>;
  /**
   * The run of the `proposeCaption` proposal the caption keeps (possibly edited): the item then
   * records the brief version that proposal was written for. Sent only with `caption`.
   */
  captionRunId?: InputMaybe<Scalars['ID']['input']>;
  /** A Reel's cover: one of the persona's images; null lets the platform pick a frame. */
  coverAssetId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` this edit is based on; a different stored version refuses the edit (STALE_VERSION). */
  expectedVersion: Scalars['Int']['input'];
  /** What the item is on the platform; checked with its media against the platform's rules (formatRules). */
  format?: InputMaybe<ContentFormat>;
  /** The item's media in order (replacing the list): the persona's own images and videos, each with its alt text. */
  media?: InputMaybe<Array<ItemMediaInput>>;
  /** Why the item goes on although its caption is flagged by the voice check (recorded with who gave it). */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Move the item to another plan of the same persona; null detaches it. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  platform?: InputMaybe<Platform>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A status move, checked like `moveContentItem`, applied together with the other fields. */
  status?: InputMaybe<ContentItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContentPlanInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  frequency?: InputMaybe<FrequencyInput>;
  platforms?: InputMaybe<Array<Platform>>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePersonaInput = {
  aesthetic?: InputMaybe<Scalars['String']['input']>;
  /** At most 50 topics or words of up to 100 characters. */
  avoid?: InputMaybe<Array<Scalars['String']['input']>>;
  bio?: InputMaybe<Scalars['String']['input']>;
  /** When the disclosure line is added (default AI_MEDIA). */
  disclosureMode?: InputMaybe<DisclosureMode>;
  /** Up to 100 characters (default `Made with AI.`). */
  disclosureText?: InputMaybe<Scalars['String']['input']>;
  /** At most 10 example posts of up to 2,200 characters. */
  examplePosts?: InputMaybe<Array<Scalars['String']['input']>>;
  handle?: InputMaybe<Scalars['String']['input']>;
  /** Likeness score below which an image is flagged, 0 to 100. */
  imageThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** The written look, up to 2,000 characters. */
  look?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  niche?: InputMaybe<Scalars['String']['input']>;
  personality?: InputMaybe<Scalars['String']['input']>;
  platformStrategy?: InputMaybe<PlatformStrategyInput>;
  style?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** At most 30 topics of up to 100 characters. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  voice?: InputMaybe<Scalars['String']['input']>;
  /** Voice score below which a caption is flagged, 0 to 100. */
  voiceThreshold?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStoryArcInput = {
  /** Replaces the arc's beats whole, in date order. */
  beats?: InputMaybe<Array<ArcBeatInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type VerifyEmailInput = {
  /** The `token` parameter of the emailed link. */
  token: Scalars['String']['input'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The account's signed-in sessions, this one included. */
  activeSessions: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** True once the address was confirmed through an emailed link (or a password reset). */
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  profile: Profile;
};

/** How much a caption sounds like its persona. */
export type VoiceCheck = {
  __typename?: 'VoiceCheck';
  flagged: Scalars['Boolean']['output'];
  /** What lowered the score, most telling first. */
  reasons: Array<VoiceReason>;
  /** 0 to 100; 100 is the persona's own voice. */
  score: Scalars['Int']['output'];
  /** The persona's threshold: below it the caption is flagged. */
  threshold: Scalars['Int']['output'];
};

export type VoiceReason = {
  __typename?: 'VoiceReason';
  kind: VoiceReasonKind;
  message: Scalars['String']['output'];
};

export type VoiceReasonKind =
  /** A word the brief says to avoid. */
  | 'AVOID'
  /** The caption's meaning against the persona's posts (embeddings; with an API key). */
  | 'MEANING'
  /** What the score could be compared with (no posts yet). */
  | 'REFERENCE'
  /** Habits (length, sentences, emoji, hashtags, person, capitals) outside the posts' usual range. */
  | 'STYLE'
  /** Words and phrasing unlike the persona's posts. */
  | 'WORDING';

export type VoiceTrend = {
  __typename?: 'VoiceTrend';
  points: Array<VoiceTrendPoint>;
  /** The persona's threshold now. */
  threshold: Scalars['Int']['output'];
};

export type VoiceTrendPoint = {
  __typename?: 'VoiceTrendPoint';
  item: ContentItem;
  publishedAt: Scalars['DateTime']['output'];
  score: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalyticsSnapshot: ResolverTypeWrapper<AnalyticsSnapshotRowModel>;
  AnalyticsUpdate: ResolverTypeWrapper<AnalyticsUpdate>;
  ArcBeat: ResolverTypeWrapper<ArcBeatRowModel>;
  ArcBeatInput: ArcBeatInput;
  Asset: ResolverTypeWrapper<AssetRowModel>;
  AssetConnection: ResolverTypeWrapper<Omit<AssetConnection, 'nodes'> & { nodes: Array<ResolversTypes['Asset']> }>;
  AssetKind: ResolverTypeWrapper<AssetKindModel>;
  AssetProcessing: ResolverTypeWrapper<AssetProcessingModel>;
  AssetSource: ResolverTypeWrapper<AssetSourceModel>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkItemsResult: ResolverTypeWrapper<Omit<BulkItemsResult, 'items' | 'refused'> & { items: Array<ResolversTypes['ContentItem']>, refused: Array<ResolversTypes['BulkRefusal']> }>;
  BulkRefusal: ResolverTypeWrapper<BulkRefusalModel>;
  CanonFact: ResolverTypeWrapper<CanonFactRowModel>;
  CanonFactKind: ResolverTypeWrapper<CanonFactKindModel>;
  CaptionProposal: ResolverTypeWrapper<CaptionProposalModelModel>;
  CaptionRevision: ResolverTypeWrapper<CaptionRevisionRowModel>;
  ChangePasswordInput: ChangePasswordInput;
  ChannelAuthorization: ResolverTypeWrapper<ChannelAuthorization>;
  ChannelIntegration: ResolverTypeWrapper<ChannelIntegrationRowModel>;
  ChannelStatus: ResolverTypeWrapper<ChannelStatusModel>;
  CheckOverride: ResolverTypeWrapper<CheckOverrideRowModel>;
  CheckOverrideKind: ResolverTypeWrapper<OverrideKindModel>;
  ConnectBlueskyChannelInput: ConnectBlueskyChannelInput;
  ConnectMastodonChannelInput: ConnectMastodonChannelInput;
  ConnectionAuth: ResolverTypeWrapper<ConnectionAuthModel>;
  ContentFormat: ResolverTypeWrapper<ContentFormatModel>;
  ContentItem: ResolverTypeWrapper<ContentItemRowModel>;
  ContentItemChangeEvent: ResolverTypeWrapper<ContentItemChangeEventModelModel>;
  ContentItemChangeKind: ResolverTypeWrapper<ContentItemChangeKindModel>;
  ContentItemConnection: ResolverTypeWrapper<Omit<ContentItemConnection, 'nodes'> & { nodes: Array<ResolversTypes['ContentItem']> }>;
  ContentItemFilter: ContentItemFilter;
  ContentItemOrder: ResolverTypeWrapper<ContentItemOrderModel>;
  ContentItemStatus: ResolverTypeWrapper<ContentItemStatusModel>;
  ContentItemStatusEvent: ResolverTypeWrapper<ContentItemStatusEventModelModel>;
  ContentPlan: ResolverTypeWrapper<ContentPlanRowModel>;
  ContinuityCheck: ResolverTypeWrapper<ContinuityCheckModel>;
  Contradiction: ResolverTypeWrapper<ContradictionModel>;
  CreateCanonFactInput: CreateCanonFactInput;
  CreateContentItemInput: CreateContentItemInput;
  CreateContentPlanInput: CreateContentPlanInput;
  CreatePersonaInput: CreatePersonaInput;
  CreateStoryArcInput: CreateStoryArcInput;
  CrossPostChannelInput: CrossPostChannelInput;
  CrossPostInput: CrossPostInput;
  DailyMetrics: ResolverTypeWrapper<DailyMetrics>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletedPayload: ResolverTypeWrapper<DeletedPayload>;
  DisclosureMode: ResolverTypeWrapper<DisclosureModeModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowerGrowth: ResolverTypeWrapper<FollowerGrowth>;
  FollowerPoint: ResolverTypeWrapper<FollowerPoint>;
  FormatRule: ResolverTypeWrapper<FormatRuleModel>;
  Frequency: ResolverTypeWrapper<Omit<Frequency, 'period'> & { period: ResolversTypes['FrequencyPeriod'] }>;
  FrequencyInput: FrequencyInput;
  FrequencyPeriod: ResolverTypeWrapper<FrequencyPeriodModel>;
  GenerationKind: ResolverTypeWrapper<GenerationKindModel>;
  GenerationRun: ResolverTypeWrapper<GenerationRunRowModel>;
  GenerationState: ResolverTypeWrapper<GenerationStateModel>;
  GenerationUsage: ResolverTypeWrapper<GenerationUsage>;
  GeneratorInfo: ResolverTypeWrapper<Omit<GeneratorInfo, 'kind'> & { kind: ResolversTypes['GeneratorKind'] }>;
  GeneratorKind: ResolverTypeWrapper<GeneratorKindModel>;
  HeatmapCell: ResolverTypeWrapper<HeatmapCell>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImageCheck: ResolverTypeWrapper<ImageCheckModel>;
  ImageReason: ResolverTypeWrapper<ImageReason>;
  ImageReasonKind: ImageReasonKind;
  InsightKind: ResolverTypeWrapper<InsightKindModel>;
  InsightRecommendation: ResolverTypeWrapper<InsightFindingModel>;
  InstagramAuthorization: ResolverTypeWrapper<InstagramAuthorization>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ItemMedia: ResolverTypeWrapper<ItemMediaRowModel>;
  ItemMediaInput: ItemMediaInput;
  ItemProvenance: ResolverTypeWrapper<ContentItemRowModel>;
  ItemVersionInput: ItemVersionInput;
  MetricTotals: ResolverTypeWrapper<MetricTotals>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Persona: ResolverTypeWrapper<PersonaRowModel>;
  PersonaAnalytics: ResolverTypeWrapper<PersonaAnalyticsModelModel>;
  PersonaBriefField: ResolverTypeWrapper<PersonaBriefFieldModel>;
  PersonaBriefFields: ResolverTypeWrapper<PersonaBriefFieldsModel>;
  PersonaBriefVersion: ResolverTypeWrapper<PersonaBriefVersionRowModel>;
  PersonaConnection: ResolverTypeWrapper<Omit<PersonaConnection, 'nodes'> & { nodes: Array<ResolversTypes['Persona']> }>;
  PlanScheduleResult: ResolverTypeWrapper<Omit<PlanScheduleResult, 'scheduled' | 'skipped'> & { scheduled: Array<ResolversTypes['ScheduledPost']>, skipped: Array<ResolversTypes['SkippedPlanItem']> }>;
  Platform: ResolverTypeWrapper<PlatformModel>;
  PlatformInfo: ResolverTypeWrapper<Omit<PlatformInfo, 'auth' | 'formats' | 'platform'> & { auth?: Maybe<ResolversTypes['ConnectionAuth']>, formats: Array<ResolversTypes['FormatRule']>, platform: ResolversTypes['Platform'] }>;
  PlatformMetrics: ResolverTypeWrapper<Omit<PlatformMetrics, 'platform'> & { platform: ResolversTypes['Platform'] }>;
  PlatformStrategy: ResolverTypeWrapper<Omit<PlatformStrategy, 'platforms'> & { platforms: Array<ResolversTypes['Platform']> }>;
  PlatformStrategyInput: PlatformStrategyInput;
  PostPerformance: ResolverTypeWrapper<PostPerformanceRowModel>;
  PostingSlot: ResolverTypeWrapper<PostingSlotRowModel>;
  PostingSlotInput: PostingSlotInput;
  Profile: ResolverTypeWrapper<ProfileRowModel>;
  PublishingQuota: ResolverTypeWrapper<PublishingQuota>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationConfidence: ResolverTypeWrapper<ConfidenceModel>;
  Recommendations: ResolverTypeWrapper<RecommendationSetModel>;
  RemovedSimulatedHistory: ResolverTypeWrapper<Omit<RemovedSimulatedHistory, 'persona'> & { persona: ResolversTypes['Persona'] }>;
  ReorderUpcomingPostsInput: ReorderUpcomingPostsInput;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  SandboxPost: ResolverTypeWrapper<SandboxPostRowModel>;
  SchedulePostInput: SchedulePostInput;
  ScheduleTimeInput: ScheduleTimeInput;
  ScheduledPost: ResolverTypeWrapper<ScheduledPostRowModel>;
  ScheduledPostFilter: ScheduledPostFilter;
  ScheduledPostState: ResolverTypeWrapper<ScheduledPostStateModel>;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  SimulatedHistory: ResolverTypeWrapper<SimulatedHistorySummaryModel>;
  SkippedPlanItem: ResolverTypeWrapper<Omit<SkippedPlanItem, 'item'> & { item: ResolversTypes['ContentItem'] }>;
  SlotRecommendation: ResolverTypeWrapper<SlotFindingModel>;
  StatusActor: ResolverTypeWrapper<Omit<StatusActor, 'kind'> & { kind: ResolversTypes['StatusActorKind'] }>;
  StatusActorKind: ResolverTypeWrapper<StatusActorKindModel>;
  StatusChange: ResolverTypeWrapper<StatusChangeRowModel>;
  StatusCounts: ResolverTypeWrapper<StatusCounts>;
  StoryArc: ResolverTypeWrapper<StoryArcRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuggestedPostTime: ResolverTypeWrapper<SuggestedPostTime>;
  TrashConnection: ResolverTypeWrapper<Omit<TrashConnection, 'nodes'> & { nodes: Array<ResolversTypes['TrashedEntry']> }>;
  TrashedEntry: ResolverTypeWrapper<TrashedEntryModel>;
  TrashedKind: ResolverTypeWrapper<TrashedKindModel>;
  UpdateCanonFactInput: UpdateCanonFactInput;
  UpdateContentItemInput: UpdateContentItemInput;
  UpdateContentPlanInput: UpdateContentPlanInput;
  UpdatePersonaInput: UpdatePersonaInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateStoryArcInput: UpdateStoryArcInput;
  VerifyEmailInput: VerifyEmailInput;
  Viewer: ResolverTypeWrapper<UserRowModel>;
  VoiceCheck: ResolverTypeWrapper<VoiceCheckModel>;
  VoiceReason: ResolverTypeWrapper<Omit<VoiceReason, 'kind'> & { kind: ResolversTypes['VoiceReasonKind'] }>;
  VoiceReasonKind: ResolverTypeWrapper<VoiceReasonKindModel>;
  VoiceTrend: ResolverTypeWrapper<VoiceTrendModel>;
  VoiceTrendPoint: ResolverTypeWrapper<Omit<VoiceTrendPoint, 'item'> & { item: ResolversTypes['ContentItem'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalyticsSnapshot: AnalyticsSnapshotRowModel;
  AnalyticsUpdate: AnalyticsUpdate;
  ArcBeat: ArcBeatRowModel;
  ArcBeatInput: ArcBeatInput;
  Asset: AssetRowModel;
  AssetConnection: Omit<AssetConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Asset']> };
  AuthPayload: Omit<AuthPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  Boolean: Scalars['Boolean']['output'];
  BulkItemsResult: Omit<BulkItemsResult, 'items' | 'refused'> & { items: Array<ResolversParentTypes['ContentItem']>, refused: Array<ResolversParentTypes['BulkRefusal']> };
  BulkRefusal: BulkRefusalModel;
  CanonFact: CanonFactRowModel;
  CaptionProposal: CaptionProposalModelModel;
  CaptionRevision: CaptionRevisionRowModel;
  ChangePasswordInput: ChangePasswordInput;
  ChannelAuthorization: ChannelAuthorization;
  ChannelIntegration: ChannelIntegrationRowModel;
  CheckOverride: CheckOverrideRowModel;
  ConnectBlueskyChannelInput: ConnectBlueskyChannelInput;
  ConnectMastodonChannelInput: ConnectMastodonChannelInput;
  ContentItem: ContentItemRowModel;
  ContentItemChangeEvent: ContentItemChangeEventModelModel;
  ContentItemConnection: Omit<ContentItemConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ContentItem']> };
  ContentItemFilter: ContentItemFilter;
  ContentItemStatusEvent: ContentItemStatusEventModelModel;
  ContentPlan: ContentPlanRowModel;
  ContinuityCheck: ContinuityCheckModel;
  Contradiction: ContradictionModel;
  CreateCanonFactInput: CreateCanonFactInput;
  CreateContentItemInput: CreateContentItemInput;
  CreateContentPlanInput: CreateContentPlanInput;
  CreatePersonaInput: CreatePersonaInput;
  CreateStoryArcInput: CreateStoryArcInput;
  CrossPostChannelInput: CrossPostChannelInput;
  CrossPostInput: CrossPostInput;
  DailyMetrics: DailyMetrics;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeletedPayload: DeletedPayload;
  Float: Scalars['Float']['output'];
  FollowerGrowth: FollowerGrowth;
  FollowerPoint: FollowerPoint;
  FormatRule: FormatRuleModel;
  Frequency: Frequency;
  FrequencyInput: FrequencyInput;
  GenerationRun: GenerationRunRowModel;
  GenerationUsage: GenerationUsage;
  GeneratorInfo: GeneratorInfo;
  HeatmapCell: HeatmapCell;
  ID: Scalars['ID']['output'];
  ImageCheck: ImageCheckModel;
  ImageReason: ImageReason;
  InsightRecommendation: InsightFindingModel;
  InstagramAuthorization: InstagramAuthorization;
  Int: Scalars['Int']['output'];
  ItemMedia: ItemMediaRowModel;
  ItemMediaInput: ItemMediaInput;
  ItemProvenance: ContentItemRowModel;
  ItemVersionInput: ItemVersionInput;
  MetricTotals: MetricTotals;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Persona: PersonaRowModel;
  PersonaAnalytics: PersonaAnalyticsModelModel;
  PersonaBriefFields: PersonaBriefFieldsModel;
  PersonaBriefVersion: PersonaBriefVersionRowModel;
  PersonaConnection: Omit<PersonaConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Persona']> };
  PlanScheduleResult: Omit<PlanScheduleResult, 'scheduled' | 'skipped'> & { scheduled: Array<ResolversParentTypes['ScheduledPost']>, skipped: Array<ResolversParentTypes['SkippedPlanItem']> };
  PlatformInfo: Omit<PlatformInfo, 'formats'> & { formats: Array<ResolversParentTypes['FormatRule']> };
  PlatformMetrics: PlatformMetrics;
  PlatformStrategy: PlatformStrategy;
  PlatformStrategyInput: PlatformStrategyInput;
  PostPerformance: PostPerformanceRowModel;
  PostingSlot: PostingSlotRowModel;
  PostingSlotInput: PostingSlotInput;
  Profile: ProfileRowModel;
  PublishingQuota: PublishingQuota;
  Query: Record<PropertyKey, never>;
  Recommendations: RecommendationSetModel;
  RemovedSimulatedHistory: Omit<RemovedSimulatedHistory, 'persona'> & { persona: ResolversParentTypes['Persona'] };
  ReorderUpcomingPostsInput: ReorderUpcomingPostsInput;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  SandboxPost: SandboxPostRowModel;
  SchedulePostInput: SchedulePostInput;
  ScheduleTimeInput: ScheduleTimeInput;
  ScheduledPost: ScheduledPostRowModel;
  ScheduledPostFilter: ScheduledPostFilter;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  SimulatedHistory: SimulatedHistorySummaryModel;
  SkippedPlanItem: Omit<SkippedPlanItem, 'item'> & { item: ResolversParentTypes['ContentItem'] };
  SlotRecommendation: SlotFindingModel;
  StatusActor: StatusActor;
  StatusChange: StatusChangeRowModel;
  StatusCounts: StatusCounts;
  StoryArc: StoryArcRowModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuggestedPostTime: SuggestedPostTime;
  TrashConnection: Omit<TrashConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['TrashedEntry']> };
  TrashedEntry: TrashedEntryModel;
  UpdateCanonFactInput: UpdateCanonFactInput;
  UpdateContentItemInput: UpdateContentItemInput;
  UpdateContentPlanInput: UpdateContentPlanInput;
  UpdatePersonaInput: UpdatePersonaInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateStoryArcInput: UpdateStoryArcInput;
  VerifyEmailInput: VerifyEmailInput;
  Viewer: UserRowModel;
  VoiceCheck: VoiceCheckModel;
  VoiceReason: VoiceReason;
  VoiceTrend: VoiceTrendModel;
  VoiceTrendPoint: Omit<VoiceTrendPoint, 'item'> & { item: ResolversParentTypes['ContentItem'] };
};

export type AnalyticsSnapshotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalyticsSnapshot'] = ResolversParentTypes['AnalyticsSnapshot']> = {
  avgWatchTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capturedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  followers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  likes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replies?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  saved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shares?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tapsBack?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tapsForward?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalInteractions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unavailable?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  views?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  watchTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AnalyticsUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalyticsUpdate'] = ResolversParentTypes['AnalyticsUpdate']> = {
  capturedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  personaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ArcBeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArcBeat'] = ResolversParentTypes['ArcBeat']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset']> = {
  audioCodec?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  digitalSourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  frameRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  generatedFrom?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssetKind'], ParentType, ContextType>;
  likeness?: Resolver<Maybe<ResolversTypes['ImageCheck']>, ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persona?: Resolver<Maybe<ResolversTypes['Persona']>, ParentType, ContextType>;
  posterUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processing?: Resolver<ResolversTypes['AssetProcessing'], ParentType, ContextType>;
  processingError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processingProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AssetSource'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usedBy?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  videoCodec?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AssetConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssetConnection'] = ResolversParentTypes['AssetConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AssetKindResolvers = EnumResolverSignature<{ IMAGE?: any, VIDEO?: any }, ResolversTypes['AssetKind']>;

export type AssetProcessingResolvers = EnumResolverSignature<{ FAILED?: any, PROCESSING?: any, READY?: any }, ResolversTypes['AssetProcessing']>;

export type AssetSourceResolvers = EnumResolverSignature<{ GENERATED?: any, UPLOADED?: any }, ResolversTypes['AssetSource']>;

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type BulkItemsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulkItemsResult'] = ResolversParentTypes['BulkItemsResult']> = {
  doneIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['BulkRefusal']>, ParentType, ContextType>;
};

export type BulkRefusalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulkRefusal'] = ResolversParentTypes['BulkRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CanonFactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CanonFact'] = ResolversParentTypes['CanonFact']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  descriptor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CanonFactKind'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CanonFactKindResolvers = EnumResolverSignature<{ EVENT?: any, PERSON?: any, PET?: any, PLACE?: any, POSSESSION?: any, WORK?: any }, ResolversTypes['CanonFactKind']>;

export type CaptionProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaptionProposal'] = ResolversParentTypes['CaptionProposal']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hashtags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['GenerationRun'], ParentType, ContextType>;
};

export type CaptionRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaptionRevision'] = ResolversParentTypes['CaptionRevision']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replacedBy?: Resolver<ResolversTypes['StatusActor'], ParentType, ContextType>;
};

export type ChannelAuthorizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChannelAuthorization'] = ResolversParentTypes['ChannelAuthorization']> = {
  authorizeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelIntegrationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChannelIntegration'] = ResolversParentTypes['ChannelIntegration']> = {
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextQueueTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  postingSlots?: Resolver<Array<ResolversTypes['PostingSlot']>, ParentType, ContextType>;
  publishingQuota?: Resolver<Maybe<ResolversTypes['PublishingQuota']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChannelStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tokenRefreshedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ChannelStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, DISCONNECTED?: any, NEEDS_RECONNECT?: any }, ResolversTypes['ChannelStatus']>;

export type CheckOverrideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CheckOverride'] = ResolversParentTypes['CheckOverride']> = {
  by?: Resolver<Maybe<ResolversTypes['StatusActor']>, ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CheckOverrideKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CheckOverrideKindResolvers = EnumResolverSignature<{ CANON?: any, IMAGE?: any, VOICE?: any }, ResolversTypes['CheckOverrideKind']>;

export type ConnectionAuthResolvers = EnumResolverSignature<{ ACCESS_TOKEN?: any, APP_PASSWORD?: any, NONE?: any, OAUTH2?: any, OAUTH2_PKCE?: any }, ResolversTypes['ConnectionAuth']>;

export type ContentFormatResolvers = EnumResolverSignature<{ CAROUSEL?: any, POST?: any, REEL?: any, STORY?: any }, ResolversTypes['ContentFormat']>;

export type ContentItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentItem'] = ResolversParentTypes['ContentItem']> = {
  analytics?: Resolver<Array<ResolversTypes['AnalyticsSnapshot']>, ParentType, ContextType>;
  arcBeat?: Resolver<Maybe<ResolversTypes['ArcBeat']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  briefVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  canonFact?: Resolver<Maybe<ResolversTypes['CanonFact']>, ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  captionHistory?: Resolver<Array<ResolversTypes['CaptionRevision']>, ParentType, ContextType, RequireFields<ContentItemCaptionHistoryArgs, 'first'>>;
  channel?: Resolver<Maybe<ResolversTypes['ChannelIntegration']>, ParentType, ContextType>;
  channelCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  continuity?: Resolver<Maybe<ResolversTypes['ContinuityCheck']>, ParentType, ContextType>;
  cover?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentPosts?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ContentFormat'], ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hashtags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageCheck?: Resolver<Maybe<ResolversTypes['ImageCheck']>, ParentType, ContextType>;
  imagePrompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['ItemMedia']>, ParentType, ContextType>;
  mediaProblems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['CheckOverride']>, ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['PostPerformance']>, ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ContentPlan']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['ItemProvenance'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedCaption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledPosts?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContentItemStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  untouched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voiceCheck?: Resolver<Maybe<ResolversTypes['VoiceCheck']>, ParentType, ContextType>;
};

export type ContentItemChangeEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentItemChangeEvent'] = ResolversParentTypes['ContentItemChangeEvent']> = {
  item?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContentItemChangeKind'], ParentType, ContextType>;
  personaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContentItemChangeKindResolvers = EnumResolverSignature<{ CREATED?: any, DELETED?: any, UPDATED?: any }, ResolversTypes['ContentItemChangeKind']>;

export type ContentItemConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentItemConnection'] = ResolversParentTypes['ContentItemConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentItemOrderResolvers = EnumResolverSignature<{ CREATED_AT_DESC?: any, SCHEDULED_AT_ASC?: any }, ResolversTypes['ContentItemOrder']>;

export type ContentItemStatusResolvers = EnumResolverSignature<{ DRAFT?: any, FAILED?: any, IDEA?: any, POSTED?: any, READY?: any, SCHEDULED?: any }, ResolversTypes['ContentItemStatus']>;

export type ContentItemStatusEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentItemStatusEvent'] = ResolversParentTypes['ContentItemStatusEvent']> = {
  change?: Resolver<ResolversTypes['StatusChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  newStatus?: Resolver<ResolversTypes['ContentItemStatus'], ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['ContentItemStatus']>, ParentType, ContextType>;
};

export type ContentPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentPlan'] = ResolversParentTypes['ContentPlan']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Frequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCounts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType, RequireFields<ContentPlanItemCountsArgs, 'includeSimulated'>>;
  items?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<ContentPlanItemsArgs, 'first'>>;
  persona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetPostCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  untouchedIdeas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ContinuityCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContinuityCheck'] = ResolversParentTypes['ContinuityCheck']> = {
  contradictions?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ContradictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = {
  fact?: Resolver<ResolversTypes['CanonFact'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DailyMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DailyMetrics'] = ResolversParentTypes['DailyMetrics']> = {
  accountReach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  accountViews?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  followers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalInteractions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletedPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeletedPayload'] = ResolversParentTypes['DeletedPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DisclosureModeResolvers = EnumResolverSignature<{ AI_MEDIA?: any, ALWAYS?: any, OFF?: any }, ResolversTypes['DisclosureMode']>;

export type FollowerGrowthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowerGrowth'] = ResolversParentTypes['FollowerGrowth']> = {
  change?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['FollowerPoint']>, ParentType, ContextType>;
  unavailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FollowerPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowerPoint'] = ResolversParentTypes['FollowerPoint']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FormatRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FormatRule'] = ResolversParentTypes['FormatRule']> = {
  format?: Resolver<ResolversTypes['ContentFormat'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['AssetKind']>, ParentType, ContextType>;
  maxAspect?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxVideoSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minAspect?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minVideoSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type FrequencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Frequency'] = ResolversParentTypes['Frequency']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['FrequencyPeriod'], ParentType, ContextType>;
};

export type FrequencyPeriodResolvers = EnumResolverSignature<{ DAY?: any, MONTH?: any, WEEK?: any }, ResolversTypes['FrequencyPeriod']>;

export type GenerationKindResolvers = EnumResolverSignature<{ CAPTION?: any, IMAGE?: any, PLAN_IDEAS?: any, VIDEO?: any }, ResolversTypes['GenerationKind']>;

export type GenerationRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GenerationRun'] = ResolversParentTypes['GenerationRun']> = {
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  briefVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  generator?: Resolver<ResolversTypes['GeneratorKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GenerationKind'], ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ContentPlan']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['GenerationState'], ParentType, ContextType>;
};

export type GenerationStateResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any }, ResolversTypes['GenerationState']>;

export type GenerationUsageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GenerationUsage'] = ResolversParentTypes['GenerationUsage']> = {
  inputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GeneratorInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GeneratorInfo'] = ResolversParentTypes['GeneratorInfo']> = {
  imageModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GeneratorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeneratorKindResolvers = EnumResolverSignature<{ OFFLINE?: any, OPENAI?: any }, ResolversTypes['GeneratorKind']>;

export type HeatmapCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HeatmapCell'] = ResolversParentTypes['HeatmapCell']> = {
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImageCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImageCheck'] = ResolversParentTypes['ImageCheck']> = {
  closestReference?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ImageReason']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImageReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImageReason'] = ResolversParentTypes['ImageReason']> = {
  kind?: Resolver<ResolversTypes['ImageReasonKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InsightKindResolvers = EnumResolverSignature<{ FORMAT?: any, HOOK?: any, THEME?: any }, ResolversTypes['InsightKind']>;

export type InsightRecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InsightRecommendation'] = ResolversParentTypes['InsightRecommendation']> = {
  engagementRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InsightKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lift?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstagramAuthorizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InstagramAuthorization'] = ResolversParentTypes['InstagramAuthorization']> = {
  authorizeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemMediaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemMedia'] = ResolversParentTypes['ItemMedia']> = {
  altText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemProvenance'] = ResolversParentTypes['ItemProvenance']> = {
  approval?: Resolver<Maybe<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  briefVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  generationRuns?: Resolver<Array<ResolversTypes['GenerationRun']>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  likeness?: Resolver<Maybe<ResolversTypes['ImageCheck']>, ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['CheckOverride']>, ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType>;
  voice?: Resolver<Maybe<ResolversTypes['VoiceCheck']>, ParentType, ContextType>;
};

export type MetricTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricTotals'] = ResolversParentTypes['MetricTotals']> = {
  comments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  likes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shares?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalInteractions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archivePersona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationArchivePersonaArgs, 'id'>>;
  cancelGeneration?: Resolver<ResolversTypes['GenerationRun'], ParentType, ContextType, RequireFields<MutationCancelGenerationArgs, 'id'>>;
  cancelScheduledPost?: Resolver<ResolversTypes['ScheduledPost'], ParentType, ContextType, RequireFields<MutationCancelScheduledPostArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  connectBlueskyChannel?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType, RequireFields<MutationConnectBlueskyChannelArgs, 'input'>>;
  connectMastodonChannel?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType, RequireFields<MutationConnectMastodonChannelArgs, 'input'>>;
  connectSandboxChannel?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType, RequireFields<MutationConnectSandboxChannelArgs, 'personaId'>>;
  createCanonFact?: Resolver<ResolversTypes['CanonFact'], ParentType, ContextType, RequireFields<MutationCreateCanonFactArgs, 'input'>>;
  createContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationCreateContentItemArgs, 'input'>>;
  createContentPlan?: Resolver<ResolversTypes['ContentPlan'], ParentType, ContextType, RequireFields<MutationCreateContentPlanArgs, 'input'>>;
  createDemoPersona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  createPersona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationCreatePersonaArgs, 'input'>>;
  createStoryArc?: Resolver<ResolversTypes['StoryArc'], ParentType, ContextType, RequireFields<MutationCreateStoryArcArgs, 'input'>>;
  crossPost?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType, RequireFields<MutationCrossPostArgs, 'input'>>;
  deleteAsset?: Resolver<ResolversTypes['DeletedPayload'], ParentType, ContextType, RequireFields<MutationDeleteAssetArgs, 'id'>>;
  deleteCanonFact?: Resolver<ResolversTypes['DeletedPayload'], ParentType, ContextType, RequireFields<MutationDeleteCanonFactArgs, 'id'>>;
  deleteContentItem?: Resolver<ResolversTypes['DeletedPayload'], ParentType, ContextType, RequireFields<MutationDeleteContentItemArgs, 'id'>>;
  deleteContentItems?: Resolver<ResolversTypes['BulkItemsResult'], ParentType, ContextType, RequireFields<MutationDeleteContentItemsArgs, 'ids'>>;
  deleteContentPlan?: Resolver<ResolversTypes['DeletedPayload'], ParentType, ContextType, RequireFields<MutationDeleteContentPlanArgs, 'id'>>;
  deleteFromTrash?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationDeleteFromTrashArgs, 'ids'>>;
  deleteStoryArc?: Resolver<ResolversTypes['DeletedPayload'], ParentType, ContextType, RequireFields<MutationDeleteStoryArcArgs, 'id'>>;
  disconnectChannel?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType, RequireFields<MutationDisconnectChannelArgs, 'id'>>;
  generateImage?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationGenerateImageArgs, 'expectedVersion' | 'itemId'>>;
  generateItemVideo?: Resolver<ResolversTypes['GenerationRun'], ParentType, ContextType, RequireFields<MutationGenerateItemVideoArgs, 'itemId'>>;
  generatePlanIdeas?: Resolver<ResolversTypes['GenerationRun'], ParentType, ContextType, RequireFields<MutationGeneratePlanIdeasArgs, 'planId'>>;
  generateReferencePortrait?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationGenerateReferencePortraitArgs, 'personaId'>>;
  moveContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationMoveContentItemArgs, 'expectedVersion' | 'id' | 'to'>>;
  moveContentItems?: Resolver<ResolversTypes['BulkItemsResult'], ParentType, ContextType, RequireFields<MutationMoveContentItemsArgs, 'items' | 'to'>>;
  proposeCaption?: Resolver<ResolversTypes['CaptionProposal'], ParentType, ContextType, RequireFields<MutationProposeCaptionArgs, 'itemId'>>;
  removeSimulatedHistory?: Resolver<ResolversTypes['RemovedSimulatedHistory'], ParentType, ContextType, RequireFields<MutationRemoveSimulatedHistoryArgs, 'personaId'>>;
  reorderUpcomingPosts?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<MutationReorderUpcomingPostsArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  reschedulePost?: Resolver<ResolversTypes['ScheduledPost'], ParentType, ContextType, RequireFields<MutationReschedulePostArgs, 'at' | 'id'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  restoreFromTrash?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationRestoreFromTrashArgs, 'ids'>>;
  restorePersonaBriefVersion?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationRestorePersonaBriefVersionArgs, 'personaId' | 'version'>>;
  scheduleContentItems?: Resolver<ResolversTypes['BulkItemsResult'], ParentType, ContextType, RequireFields<MutationScheduleContentItemsArgs, 'channelId' | 'ids' | 'queue'>>;
  schedulePost?: Resolver<ResolversTypes['ScheduledPost'], ParentType, ContextType, RequireFields<MutationSchedulePostArgs, 'input'>>;
  scheduleReadyPlanItems?: Resolver<ResolversTypes['PlanScheduleResult'], ParentType, ContextType, RequireFields<MutationScheduleReadyPlanItemsArgs, 'channelId' | 'planId'>>;
  setPostingSlots?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType, RequireFields<MutationSetPostingSlotsArgs, 'channelId' | 'slots'>>;
  setReferenceImages?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationSetReferenceImagesArgs, 'assetIds' | 'personaId'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  simulateSandboxHistory?: Resolver<ResolversTypes['SimulatedHistory'], ParentType, ContextType, RequireFields<MutationSimulateSandboxHistoryArgs, 'personaId'>>;
  startChannelConnection?: Resolver<ResolversTypes['ChannelAuthorization'], ParentType, ContextType, RequireFields<MutationStartChannelConnectionArgs, 'personaId' | 'platform'>>;
  startInstagramConnection?: Resolver<ResolversTypes['InstagramAuthorization'], ParentType, ContextType, RequireFields<MutationStartInstagramConnectionArgs, 'personaId'>>;
  unarchivePersona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationUnarchivePersonaArgs, 'id'>>;
  updateCanonFact?: Resolver<ResolversTypes['CanonFact'], ParentType, ContextType, RequireFields<MutationUpdateCanonFactArgs, 'id' | 'input'>>;
  updateContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationUpdateContentItemArgs, 'id' | 'input'>>;
  updateContentPlan?: Resolver<ResolversTypes['ContentPlan'], ParentType, ContextType, RequireFields<MutationUpdateContentPlanArgs, 'id' | 'input'>>;
  updatePersona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType, RequireFields<MutationUpdatePersonaArgs, 'id' | 'input'>>;
  updateProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateStoryArc?: Resolver<ResolversTypes['StoryArc'], ParentType, ContextType, RequireFields<MutationUpdateStoryArcArgs, 'id' | 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
  writeCaption?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationWriteCaptionArgs, 'expectedVersion' | 'itemId'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Persona'] = ResolversParentTypes['Persona']> = {
  aesthetic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  analytics?: Resolver<Array<ResolversTypes['AnalyticsSnapshot']>, ParentType, ContextType, RequireFields<PersonaAnalyticsArgs, 'first'>>;
  analyticsSummary?: Resolver<ResolversTypes['PersonaAnalytics'], ParentType, ContextType, Partial<PersonaAnalyticsSummaryArgs>>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  avoid?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  brief?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  briefVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  briefVersionAt?: Resolver<Maybe<ResolversTypes['PersonaBriefVersion']>, ParentType, ContextType, RequireFields<PersonaBriefVersionAtArgs, 'version'>>;
  briefVersions?: Resolver<Array<ResolversTypes['PersonaBriefVersion']>, ParentType, ContextType, RequireFields<PersonaBriefVersionsArgs, 'first'>>;
  canonAsOf?: Resolver<Array<ResolversTypes['CanonFact']>, ParentType, ContextType, RequireFields<PersonaCanonAsOfArgs, 'date'>>;
  canonFacts?: Resolver<Array<ResolversTypes['CanonFact']>, ParentType, ContextType>;
  channelIntegrations?: Resolver<Array<ResolversTypes['ChannelIntegration']>, ParentType, ContextType>;
  contentPlans?: Resolver<Array<ResolversTypes['ContentPlan']>, ParentType, ContextType, RequireFields<PersonaContentPlansArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disclosureMode?: Resolver<ResolversTypes['DisclosureMode'], ParentType, ContextType>;
  disclosureText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examplePosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  generationRuns?: Resolver<Array<ResolversTypes['GenerationRun']>, ParentType, ContextType, RequireFields<PersonaGenerationRunsArgs, 'first'>>;
  generationUsage?: Resolver<ResolversTypes['GenerationUsage'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemCounts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType, RequireFields<PersonaItemCountsArgs, 'includeSimulated'>>;
  look?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  niche?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outdatedItems?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<PersonaOutdatedItemsArgs, 'first'>>;
  personality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformStrategy?: Resolver<ResolversTypes['PlatformStrategy'], ParentType, ContextType>;
  recentItems?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<PersonaRecentItemsArgs, 'first' | 'includeSimulated'>>;
  recommendations?: Resolver<ResolversTypes['Recommendations'], ParentType, ContextType>;
  referenceImages?: Resolver<Array<ResolversTypes['Asset']>, ParentType, ContextType>;
  simulatedHistory?: Resolver<Maybe<ResolversTypes['SimulatedHistory']>, ParentType, ContextType>;
  storyArcs?: Resolver<Array<ResolversTypes['StoryArc']>, ParentType, ContextType>;
  style?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedPostTimes?: Resolver<Array<ResolversTypes['SuggestedPostTime']>, ParentType, ContextType, RequireFields<PersonaSuggestedPostTimesArgs, 'first'>>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  voice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  voiceThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonaAnalyticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonaAnalytics'] = ResolversParentTypes['PersonaAnalytics']> = {
  bottomPosts?: Resolver<Array<ResolversTypes['PostPerformance']>, ParentType, ContextType, RequireFields<PersonaAnalyticsBottomPostsArgs, 'first'>>;
  byPlatform?: Resolver<Array<ResolversTypes['PlatformMetrics']>, ParentType, ContextType>;
  daily?: Resolver<Array<ResolversTypes['DailyMetrics']>, ParentType, ContextType, Partial<PersonaAnalyticsDailyArgs>>;
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  followers?: Resolver<ResolversTypes['FollowerGrowth'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heatmap?: Resolver<Array<ResolversTypes['HeatmapCell']>, ParentType, ContextType>;
  measuredPosts?: Resolver<Array<ResolversTypes['PostPerformance']>, ParentType, ContextType, RequireFields<PersonaAnalyticsMeasuredPostsArgs, 'first'>>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topPosts?: Resolver<Array<ResolversTypes['PostPerformance']>, ParentType, ContextType, RequireFields<PersonaAnalyticsTopPostsArgs, 'first'>>;
  totals?: Resolver<ResolversTypes['MetricTotals'], ParentType, ContextType>;
  voiceTrend?: Resolver<ResolversTypes['VoiceTrend'], ParentType, ContextType>;
};

export type PersonaBriefFieldResolvers = EnumResolverSignature<{ AESTHETIC?: any, AVOID?: any, BIO?: any, EXAMPLE_POSTS?: any, HANDLE?: any, LOOK?: any, NAME?: any, NICHE?: any, PERSONALITY?: any, PLATFORM_STRATEGY?: any, STYLE?: any, TOPICS?: any, VOICE?: any }, ResolversTypes['PersonaBriefField']>;

export type PersonaBriefFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonaBriefFields'] = ResolversParentTypes['PersonaBriefFields']> = {
  aesthetic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  avoid?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examplePosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  look?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  niche?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformStrategy?: Resolver<ResolversTypes['PlatformStrategy'], ParentType, ContextType>;
  style?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  voice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonaBriefVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonaBriefVersion'] = ResolversParentTypes['PersonaBriefVersion']> = {
  brief?: Resolver<ResolversTypes['PersonaBriefFields'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['StatusActor']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['PersonaBriefField']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  restoredFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonaConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonaConnection'] = ResolversParentTypes['PersonaConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Persona']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlanScheduleResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanScheduleResult'] = ResolversParentTypes['PlanScheduleResult']> = {
  scheduled?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedPlanItem']>, ParentType, ContextType>;
};

export type PlatformResolvers = EnumResolverSignature<{ BLUESKY?: any, FACEBOOK?: any, INSTAGRAM?: any, LINKEDIN?: any, MASTODON?: any, SANDBOX?: any, THREADS?: any, TIKTOK?: any, X?: any, YOUTUBE?: any }, ResolversTypes['Platform']>;

export type PlatformInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformInfo'] = ResolversParentTypes['PlatformInfo']> = {
  auth?: Resolver<Maybe<ResolversTypes['ConnectionAuth']>, ParentType, ContextType>;
  canConnect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  captionMaxCharacters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connectUnavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['FormatRule']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxHashtags?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type PlatformMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformMetrics'] = ResolversParentTypes['PlatformMetrics']> = {
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['MetricTotals'], ParentType, ContextType>;
};

export type PlatformStrategyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformStrategy'] = ResolversParentTypes['PlatformStrategy']> = {
  cadence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  postsPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PostPerformanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostPerformance'] = ResolversParentTypes['PostPerformance']> = {
  capturedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  likes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  saved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shares?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalInteractions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  views?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PostingSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostingSlot'] = ResolversParentTypes['PostingSlot']> = {
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PublishingQuotaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishingQuota'] = ResolversParentTypes['PublishingQuota']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<QueryAssetArgs, 'id'>>;
  assets?: Resolver<ResolversTypes['AssetConnection'], ParentType, ContextType, RequireFields<QueryAssetsArgs, 'first'>>;
  channelIntegration?: Resolver<Maybe<ResolversTypes['ChannelIntegration']>, ParentType, ContextType, RequireFields<QueryChannelIntegrationArgs, 'id'>>;
  contentItem?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<QueryContentItemArgs, 'id'>>;
  contentItems?: Resolver<ResolversTypes['ContentItemConnection'], ParentType, ContextType, RequireFields<QueryContentItemsArgs, 'first' | 'orderBy'>>;
  contentPlan?: Resolver<Maybe<ResolversTypes['ContentPlan']>, ParentType, ContextType, RequireFields<QueryContentPlanArgs, 'id'>>;
  continuityCheck?: Resolver<ResolversTypes['ContinuityCheck'], ParentType, ContextType, RequireFields<QueryContinuityCheckArgs, 'caption' | 'personaId'>>;
  generationRun?: Resolver<Maybe<ResolversTypes['GenerationRun']>, ParentType, ContextType, RequireFields<QueryGenerationRunArgs, 'id'>>;
  generator?: Resolver<ResolversTypes['GeneratorInfo'], ParentType, ContextType>;
  persona?: Resolver<Maybe<ResolversTypes['Persona']>, ParentType, ContextType, RequireFields<QueryPersonaArgs, 'id'>>;
  personas?: Resolver<ResolversTypes['PersonaConnection'], ParentType, ContextType, RequireFields<QueryPersonasArgs, 'first' | 'includeArchived'>>;
  platforms?: Resolver<Array<ResolversTypes['PlatformInfo']>, ParentType, ContextType>;
  sandboxFeed?: Resolver<Array<ResolversTypes['SandboxPost']>, ParentType, ContextType, RequireFields<QuerySandboxFeedArgs, 'first' | 'includeSimulated' | 'personaId'>>;
  scheduledPosts?: Resolver<Array<ResolversTypes['ScheduledPost']>, ParentType, ContextType, RequireFields<QueryScheduledPostsArgs, 'filter'>>;
  trash?: Resolver<ResolversTypes['TrashConnection'], ParentType, ContextType, RequireFields<QueryTrashArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  voiceCheck?: Resolver<ResolversTypes['VoiceCheck'], ParentType, ContextType, RequireFields<QueryVoiceCheckArgs, 'caption' | 'personaId'>>;
};

export type RecommendationConfidenceResolvers = EnumResolverSignature<{ HIGH?: any, LOW?: any, MEDIUM?: any }, ResolversTypes['RecommendationConfidence']>;

export type RecommendationsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recommendations'] = ResolversParentTypes['Recommendations']> = {
  basedOnPosts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['RecommendationConfidence'], ParentType, ContextType>;
  historyDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['InsightRecommendation']>, ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['SlotRecommendation']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemovedSimulatedHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemovedSimulatedHistory'] = ResolversParentTypes['RemovedSimulatedHistory']> = {
  persona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SandboxPostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SandboxPost'] = ResolversParentTypes['SandboxPost']> = {
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ContentFormat'], ParentType, ContextType>;
  hashtags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['ItemMedia']>, ParentType, ContextType>;
  permalink?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ScheduledPostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScheduledPost'] = ResolversParentTypes['ScheduledPost']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captionVariant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ChannelIntegration'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permalink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platformPostId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  runAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ScheduledPostState'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ScheduledPostStateResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, PENDING?: any, PUBLISHED?: any, PUBLISHING?: any }, ResolversTypes['ScheduledPostState']>;

export type SimulatedHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimulatedHistory'] = ResolversParentTypes['SimulatedHistory']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['Persona'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkippedPlanItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkippedPlanItem'] = ResolversParentTypes['SkippedPlanItem']> = {
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SlotRecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlotRecommendation'] = ResolversParentTypes['SlotRecommendation']> = {
  engagementRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusActor'] = ResolversParentTypes['StatusActor']> = {
  kind?: Resolver<ResolversTypes['StatusActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusActorKindResolvers = EnumResolverSignature<{ PROCESS?: any, USER?: any }, ResolversTypes['StatusActorKind']>;

export type StatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  actor?: Resolver<ResolversTypes['StatusActor'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ContentItemStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ContentItemStatus'], ParentType, ContextType>;
};

export type StatusCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusCounts'] = ResolversParentTypes['StatusCounts']> = {
  draft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  idea?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StoryArcResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StoryArc'] = ResolversParentTypes['StoryArc']> = {
  beats?: Resolver<Array<ResolversTypes['ArcBeat']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  analyticsUpdated?: SubscriptionResolver<ResolversTypes['AnalyticsUpdate'], "analyticsUpdated", ParentType, ContextType, Partial<SubscriptionAnalyticsUpdatedArgs>>;
  channelIntegrationUpdated?: SubscriptionResolver<ResolversTypes['ChannelIntegration'], "channelIntegrationUpdated", ParentType, ContextType, Partial<SubscriptionChannelIntegrationUpdatedArgs>>;
  contentItemChanged?: SubscriptionResolver<ResolversTypes['ContentItemChangeEvent'], "contentItemChanged", ParentType, ContextType, Partial<SubscriptionContentItemChangedArgs>>;
  contentItemStatusChanged?: SubscriptionResolver<ResolversTypes['ContentItemStatusEvent'], "contentItemStatusChanged", ParentType, ContextType, Partial<SubscriptionContentItemStatusChangedArgs>>;
  generationRunUpdated?: SubscriptionResolver<ResolversTypes['GenerationRun'], "generationRunUpdated", ParentType, ContextType, Partial<SubscriptionGenerationRunUpdatedArgs>>;
  scheduledPostUpdated?: SubscriptionResolver<ResolversTypes['ScheduledPost'], "scheduledPostUpdated", ParentType, ContextType, Partial<SubscriptionScheduledPostUpdatedArgs>>;
};

export type SuggestedPostTimeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SuggestedPostTime'] = ResolversParentTypes['SuggestedPostTime']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrashConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrashConnection'] = ResolversParentTypes['TrashConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TrashedEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrashedEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrashedEntry'] = ResolversParentTypes['TrashedEntry']> = {
  deletedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrashedKind'], ParentType, ContextType>;
  persona?: Resolver<Maybe<ResolversTypes['Persona']>, ParentType, ContextType>;
  purgeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrashedKindResolvers = EnumResolverSignature<{ ASSET?: any, CONTENT_ITEM?: any, CONTENT_PLAN?: any }, ResolversTypes['TrashedKind']>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  activeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType>;
};

export type VoiceCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoiceCheck'] = ResolversParentTypes['VoiceCheck']> = {
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['VoiceReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VoiceReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoiceReason'] = ResolversParentTypes['VoiceReason']> = {
  kind?: Resolver<ResolversTypes['VoiceReasonKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VoiceReasonKindResolvers = EnumResolverSignature<{ AVOID?: any, MEANING?: any, REFERENCE?: any, STYLE?: any, WORDING?: any }, ResolversTypes['VoiceReasonKind']>;

export type VoiceTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoiceTrend'] = ResolversParentTypes['VoiceTrend']> = {
  points?: Resolver<Array<ResolversTypes['VoiceTrendPoint']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VoiceTrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoiceTrendPoint'] = ResolversParentTypes['VoiceTrendPoint']> = {
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AnalyticsSnapshot?: AnalyticsSnapshotResolvers<ContextType>;
  AnalyticsUpdate?: AnalyticsUpdateResolvers<ContextType>;
  ArcBeat?: ArcBeatResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetConnection?: AssetConnectionResolvers<ContextType>;
  AssetKind?: AssetKindResolvers;
  AssetProcessing?: AssetProcessingResolvers;
  AssetSource?: AssetSourceResolvers;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  BulkItemsResult?: BulkItemsResultResolvers<ContextType>;
  BulkRefusal?: BulkRefusalResolvers<ContextType>;
  CanonFact?: CanonFactResolvers<ContextType>;
  CanonFactKind?: CanonFactKindResolvers;
  CaptionProposal?: CaptionProposalResolvers<ContextType>;
  CaptionRevision?: CaptionRevisionResolvers<ContextType>;
  ChannelAuthorization?: ChannelAuthorizationResolvers<ContextType>;
  ChannelIntegration?: ChannelIntegrationResolvers<ContextType>;
  ChannelStatus?: ChannelStatusResolvers;
  CheckOverride?: CheckOverrideResolvers<ContextType>;
  CheckOverrideKind?: CheckOverrideKindResolvers;
  ConnectionAuth?: ConnectionAuthResolvers;
  ContentFormat?: ContentFormatResolvers;
  ContentItem?: ContentItemResolvers<ContextType>;
  ContentItemChangeEvent?: ContentItemChangeEventResolvers<ContextType>;
  ContentItemChangeKind?: ContentItemChangeKindResolvers;
  ContentItemConnection?: ContentItemConnectionResolvers<ContextType>;
  ContentItemOrder?: ContentItemOrderResolvers;
  ContentItemStatus?: ContentItemStatusResolvers;
  ContentItemStatusEvent?: ContentItemStatusEventResolvers<ContextType>;
  ContentPlan?: ContentPlanResolvers<ContextType>;
  ContinuityCheck?: ContinuityCheckResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  DailyMetrics?: DailyMetricsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletedPayload?: DeletedPayloadResolvers<ContextType>;
  DisclosureMode?: DisclosureModeResolvers;
  FollowerGrowth?: FollowerGrowthResolvers<ContextType>;
  FollowerPoint?: FollowerPointResolvers<ContextType>;
  FormatRule?: FormatRuleResolvers<ContextType>;
  Frequency?: FrequencyResolvers<ContextType>;
  FrequencyPeriod?: FrequencyPeriodResolvers;
  GenerationKind?: GenerationKindResolvers;
  GenerationRun?: GenerationRunResolvers<ContextType>;
  GenerationState?: GenerationStateResolvers;
  GenerationUsage?: GenerationUsageResolvers<ContextType>;
  GeneratorInfo?: GeneratorInfoResolvers<ContextType>;
  GeneratorKind?: GeneratorKindResolvers;
  HeatmapCell?: HeatmapCellResolvers<ContextType>;
  ImageCheck?: ImageCheckResolvers<ContextType>;
  ImageReason?: ImageReasonResolvers<ContextType>;
  InsightKind?: InsightKindResolvers;
  InsightRecommendation?: InsightRecommendationResolvers<ContextType>;
  InstagramAuthorization?: InstagramAuthorizationResolvers<ContextType>;
  ItemMedia?: ItemMediaResolvers<ContextType>;
  ItemProvenance?: ItemProvenanceResolvers<ContextType>;
  MetricTotals?: MetricTotalsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Persona?: PersonaResolvers<ContextType>;
  PersonaAnalytics?: PersonaAnalyticsResolvers<ContextType>;
  PersonaBriefField?: PersonaBriefFieldResolvers;
  PersonaBriefFields?: PersonaBriefFieldsResolvers<ContextType>;
  PersonaBriefVersion?: PersonaBriefVersionResolvers<ContextType>;
  PersonaConnection?: PersonaConnectionResolvers<ContextType>;
  PlanScheduleResult?: PlanScheduleResultResolvers<ContextType>;
  Platform?: PlatformResolvers;
  PlatformInfo?: PlatformInfoResolvers<ContextType>;
  PlatformMetrics?: PlatformMetricsResolvers<ContextType>;
  PlatformStrategy?: PlatformStrategyResolvers<ContextType>;
  PostPerformance?: PostPerformanceResolvers<ContextType>;
  PostingSlot?: PostingSlotResolvers<ContextType>;
  Profile?: ProfileResolvers<ContextType>;
  PublishingQuota?: PublishingQuotaResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationConfidence?: RecommendationConfidenceResolvers;
  Recommendations?: RecommendationsResolvers<ContextType>;
  RemovedSimulatedHistory?: RemovedSimulatedHistoryResolvers<ContextType>;
  SandboxPost?: SandboxPostResolvers<ContextType>;
  ScheduledPost?: ScheduledPostResolvers<ContextType>;
  ScheduledPostState?: ScheduledPostStateResolvers;
  SimulatedHistory?: SimulatedHistoryResolvers<ContextType>;
  SkippedPlanItem?: SkippedPlanItemResolvers<ContextType>;
  SlotRecommendation?: SlotRecommendationResolvers<ContextType>;
  StatusActor?: StatusActorResolvers<ContextType>;
  StatusActorKind?: StatusActorKindResolvers;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusCounts?: StatusCountsResolvers<ContextType>;
  StoryArc?: StoryArcResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuggestedPostTime?: SuggestedPostTimeResolvers<ContextType>;
  TrashConnection?: TrashConnectionResolvers<ContextType>;
  TrashedEntry?: TrashedEntryResolvers<ContextType>;
  TrashedKind?: TrashedKindResolvers;
  Viewer?: ViewerResolvers<ContextType>;
  VoiceCheck?: VoiceCheckResolvers<ContextType>;
  VoiceReason?: VoiceReasonResolvers<ContextType>;
  VoiceReasonKind?: VoiceReasonKindResolvers;
  VoiceTrend?: VoiceTrendResolvers<ContextType>;
  VoiceTrendPoint?: VoiceTrendPointResolvers<ContextType>;
};

