import { requestItemVideo } from '../../modules/generation/video-generation.service.js';
import {
  cancelGeneration,
  describeGenerator,
  getGenerationRun,
  requestPlanGeneration,
} from '../../modules/generation/generation.service.js';
import { hashtagsIn } from '../../modules/content-item/caption-hashtags.js';
import { proposeCaption, writeCaption } from '../../modules/generation/caption-generation.service.js';
import { pageSize } from '../../modules/shared/pagination.js';
import type { GeneratorKind } from '../../modules/shared/domain.js';
import { generationRunEvents } from '../../realtime/generation-subscriptions.js';
import type { Resolvers } from '../resolvers.generated.js';

export const generationResolvers: Resolvers = {
  Query: {
    generator: (_parent, _args, ctx) => describeGenerator(ctx),
    generationRun: (_parent, { id }, ctx) => getGenerationRun(ctx, id),
  },
  Mutation: {
    generatePlanIdeas: (_parent, { planId }, ctx) => requestPlanGeneration(ctx, planId),
    cancelGeneration: (_parent, { id }, ctx) => cancelGeneration(ctx, id),
    generateItemVideo: (_parent, { itemId }, ctx) => requestItemVideo(ctx, itemId),
    proposeCaption: (_parent, args, ctx) => proposeCaption(ctx, args),
    writeCaption: (_parent, { itemId, expectedVersion }, ctx) => writeCaption(ctx, itemId, expectedVersion),
  },
  Subscription: {
    generationRunUpdated: {
      subscribe: (_parent, { personaId }, ctx) => generationRunEvents(ctx, personaId),
    },
  },
  GenerationRun: {
    generator: (run) => run.provider as GeneratorKind,
    plan: (run, _args, ctx) => (run.planId ? ctx.loaders.contentPlanById.load(run.planId) : null),
    asset: (run, _args, ctx) => (run.assetId ? ctx.loaders.assetById.load(run.assetId) : null),
  },
  Persona: {
    generationRuns: (persona, { first }, ctx) => ctx.loaders.generationRunsByPersonaId(pageSize(first, 10)).load(persona.id),
    generationUsage: (persona, _args, ctx) => ctx.loaders.generationUsageByPersonaId.load(persona.id),
  },
  CaptionProposal: {
    hashtags: (proposal) => hashtagsIn(proposal.caption),
  },
  ContentItem: {
    generated: (item) => item.generationRunId !== null,
  },
};
