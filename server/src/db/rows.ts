import type { Selectable } from 'kysely';
import type {
  AnalyticsSnapshots,
  Assets,
  ChannelIntegrations,
  ContentItemCaptionRevisions,
  ContentItemOverrides,
  PersonaArcBeats,
  PersonaCanonFacts,
  PersonaStoryArcs,
  ContentItems,
  ContentItemStatusChanges,
  ContentPlans,
  GenerationRuns,
  PersonaBriefVersions,
  Personas,
  PostingSlots,
  PostPerformance,
  Profiles,
  SandboxPosts,
  ScheduledPosts,
  Sessions,
  Users,
} from './types.generated.js';

// Row types as read from the database; GraphQL parents are these rows (codegen mappers).
export type UserRow = Selectable<Users>;
export type ProfileRow = Selectable<Profiles>;
export type SessionRow = Selectable<Sessions>;
export type PersonaRow = Selectable<Personas>;
export type PersonaBriefVersionRow = Selectable<PersonaBriefVersions>;
export type ContentPlanRow = Selectable<ContentPlans>;
export type ContentItemRow = Selectable<ContentItems>;
export type AssetRow = Selectable<Assets>;
/** One of an item's media: its asset with its place and alt text. */
export type ItemMediaRow = AssetRow & { contentItemId: string; position: number; altText: string };
export type ChannelIntegrationRow = Selectable<ChannelIntegrations>;
export type ScheduledPostRow = Selectable<ScheduledPosts>;
export type PostingSlotRow = Selectable<PostingSlots>;
export type AnalyticsSnapshotRow = Selectable<AnalyticsSnapshots>;
export type StatusChangeRow = Selectable<ContentItemStatusChanges>;
export type CaptionRevisionRow = Selectable<ContentItemCaptionRevisions>;
export type CheckOverrideRow = Selectable<ContentItemOverrides>;
export type GenerationRunRow = Selectable<GenerationRuns>;
export type SandboxPostRow = Selectable<SandboxPosts>;
export type PostPerformanceRow = Selectable<PostPerformance>;
export type CanonFactRow = Selectable<PersonaCanonFacts>;
export type StoryArcRow = Selectable<PersonaStoryArcs>;
export type ArcBeatRow = Selectable<PersonaArcBeats>;
