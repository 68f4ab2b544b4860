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
    briefVersion: (run) => run.brief_version,
    plan: (run, _args, ctx) => (run.plan_id ? ctx.loaders.contentPlanById.load(run.plan_id) : null),
    inputTokens: (run) => run.input_tokens,
    outputTokens: (run) => run.output_tokens,
    latencyMs: (run) => run.latency_ms,
    createdAt: (run) => run.created_at,
    startedAt: (run) => run.started_at,
    finishedAt: (run) => run.finished_at,
  },
  Persona: {
    generationRuns: (persona, { first }, ctx) => ctx.loaders.generationRunsByPersonaId(pageSize(first, 10)).load(persona.id),
    generationUsage: (persona, _args, ctx) => ctx.loaders.generationUsageByPersonaId.load(persona.id),
  },
  CaptionProposal: {
    hashtags: (proposal) => hashtagsIn(proposal.caption),
  },
  ContentItem: {
    imagePrompt: (item) => item.image_prompt,
    generated: (item) => item.generation_run_id !== null,
    briefVersion: (item) => item.brief_version,
  },
};
