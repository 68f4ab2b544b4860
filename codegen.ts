import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// One schema, two outputs: typed resolvers for the server (parents are database rows via
// mappers) and typed documents for the SPA. Both are committed; CI fails when stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'server/src/graphql/resolvers.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'Date', Date: 'string', ID: 'string' },
        contextType: './context.js#GraphQLContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Viewer: '../db/rows.js#UserRow',
          Profile: '../db/rows.js#ProfileRow',
          Persona: '../db/rows.js#PersonaRow',
          PersonaBriefVersion: '../db/rows.js#PersonaBriefVersionRow',
          PersonaBriefFields: '../modules/shared/domain.js#PersonaBriefFields',
          PersonaBriefField: '../modules/shared/domain.js#PersonaBriefField',
          VoiceCheck: '../modules/voice/voice-check.js#VoiceCheck',
          VoiceTrend: '../modules/voice/voice-trend.js#VoiceTrend',
          VoiceReasonKind: '../modules/voice/voice-score.js#VoiceReasonKind',
          ImageCheck: '../modules/look/image-check.js#ImageCheck',
          CanonFact: '../db/rows.js#CanonFactRow',
          CanonFactKind: '../modules/canon/continuity.js#CanonFactKind',
          DisclosureMode: '../modules/disclosure/disclosure.js#DisclosureMode',
          StoryArc: '../db/rows.js#StoryArcRow',
          ArcBeat: '../db/rows.js#ArcBeatRow',
          ContinuityCheck: '../modules/canon/continuity-gate.js#ContinuityCheck',
          Contradiction: '../modules/canon/continuity.js#Contradiction',
          CheckOverride: '../db/rows.js#CheckOverrideRow',
          ItemProvenance: '../db/rows.js#ContentItemRow',
          CheckOverrideKind: '../modules/shared/domain.js#OverrideKind',
          ContentPlan: '../db/rows.js#ContentPlanRow',
          ContentItem: '../db/rows.js#ContentItemRow',
          Asset: '../db/rows.js#AssetRow',
          ItemMedia: '../db/rows.js#ItemMediaRow',
          FormatRule: '../modules/content-item/media-rules.js#FormatRule',
          ContentFormat: '../modules/shared/domain.js#ContentFormat',
          ConnectionAuth: '../connectors/connector.js#ConnectionAuth',
          AssetProcessing: '../modules/shared/domain.js#AssetProcessing',
          ChannelIntegration: '../db/rows.js#ChannelIntegrationRow',
          ScheduledPost: '../db/rows.js#ScheduledPostRow',
          PostingSlot: '../db/rows.js#PostingSlotRow',
          SandboxPost: '../db/rows.js#SandboxPostRow',
          PostPerformance: '../db/rows.js#PostPerformanceRow',
          PersonaAnalytics: '../modules/analytics/analytics.service.js#PersonaAnalyticsModel',
          Recommendations: '../modules/analytics/recommendations.js#RecommendationSet',
          SlotRecommendation: '../modules/analytics/recommendations.js#SlotFinding',
          InsightRecommendation: '../modules/analytics/recommendations.js#InsightFinding',
          RecommendationConfidence: '../modules/analytics/recommendations.js#Confidence',
          InsightKind: '../modules/analytics/recommendations.js#InsightKind',
          AnalyticsSnapshot: '../db/rows.js#AnalyticsSnapshotRow',
          SimulatedHistory: '../modules/analytics/simulated-history-row.repository.js#SimulatedHistorySummary',
          TrashedEntry: '../modules/trash/trash.service.js#TrashedEntry',
          BulkRefusal: '../modules/shared/bulk.js#BulkRefusal',
          // Enum values reach resolvers as the lowercase words the database stores (internal
          // values in resolvers/enums.ts). Argument types still show the GraphQL names, so
          // services take arguments as unknown and parse them with zod.
          Platform: '../modules/shared/domain.js#Platform',
          ContentItemStatus: '../modules/shared/domain.js#ContentItemStatus',
          FrequencyPeriod: '../modules/shared/domain.js#FrequencyPeriod',
          ContentItemOrder: '../modules/shared/domain.js#ContentItemOrder',
          AssetKind: '../modules/shared/domain.js#AssetKind',
          AssetSource: '../modules/shared/domain.js#AssetSource',
          ScheduledPostState: '../modules/shared/domain.js#ScheduledPostState',
          TrashedKind: '../modules/trash/trash.repository.js#TrashedKind',
          ChannelStatus: '../modules/shared/domain.js#ChannelStatus',
          ContentItemChangeKind: '../modules/shared/domain.js#ContentItemChangeKind',
          StatusActorKind: '../modules/shared/domain.js#StatusActorKind',
          ContentItemStatusEvent: '../realtime/events.js#ContentItemStatusEventModel',
          ContentItemChangeEvent: '../realtime/events.js#ContentItemChangeEventModel',
          StatusChange: '../db/rows.js#StatusChangeRow',
          CaptionRevision: '../db/rows.js#CaptionRevisionRow',
          CaptionProposal: '../modules/generation/caption-generation.service.js#CaptionProposalModel',
          GenerationRun: '../db/rows.js#GenerationRunRow',
          GeneratorKind: '../modules/shared/domain.js#GeneratorKind',
          GenerationKind: '../modules/shared/domain.js#GenerationKind',
          GenerationState: '../modules/shared/domain.js#GenerationState',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // Trusted documents: each document carries the sha256 (hex, as APQ sends it) of its text, and
        // persisted-documents.json (hash to text) is what the server runs for that hash. The
        // texts include __typename, as Apollo's cache adds it, so the server answers exactly
        // the selection the cache expects.
        persistedDocuments: { hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex') },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
