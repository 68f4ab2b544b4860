import {
  createContentPlan,
  deleteContentPlan,
  getContentPlan,
  updateContentPlan,
} from '../../modules/content-plan/content-plan.service.js';
import { pageSize } from '../../modules/shared/pagination.js';
import type { FrequencyPeriod, Platform } from '../../modules/shared/domain.js';
import type { Resolvers } from '../resolvers.generated.js';

export const contentPlanResolvers: Resolvers = {
  Query: {
    contentPlan: (_parent, { id }, ctx) => getContentPlan(ctx, id),
  },
  Mutation: {
    createContentPlan: (_parent, { input }, ctx) => createContentPlan(ctx, input),
    updateContentPlan: (_parent, { id, input }, ctx) => updateContentPlan(ctx, id, input),
    deleteContentPlan: async (_parent, { id }, ctx) => ({ id: await deleteContentPlan(ctx, id) }),
  },
  ContentPlan: {
    persona: async (plan, _args, ctx) => (await ctx.loaders.personaById.load(plan.personaId))!,
    frequency: (plan) => ({ count: plan.frequencyCount, period: plan.frequencyPeriod as FrequencyPeriod }),
    platforms: (plan) => plan.platforms as Platform[],
    itemCounts: (plan, { includeSimulated }, ctx) => ctx.loaders.itemCountsByPlanId(includeSimulated ?? false).load(plan.id),
    untouchedIdeas: (plan, _args, ctx) => ctx.loaders.untouchedIdeasByPlanId.load(plan.id),
    items: (plan, { first }, ctx) => ctx.loaders.itemsByPlanId(pageSize(first, 20)).load(plan.id),
  },
};
