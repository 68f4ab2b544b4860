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
    persona: async (plan, _args, ctx) => (await ctx.loaders.personaById.load(plan.persona_id))!,
    startDate: (plan) => plan.start_date,
    endDate: (plan) => plan.end_date,
    frequency: (plan) => ({ count: plan.frequency_count, period: plan.frequency_period as FrequencyPeriod }),
    platforms: (plan) => plan.platforms as Platform[],
    targetPostCount: (plan) => plan.target_post_count,
    itemCounts: (plan, { includeSimulated }, ctx) => ctx.loaders.itemCountsByPlanId(includeSimulated ?? false).load(plan.id),
    untouchedIdeas: (plan, _args, ctx) => ctx.loaders.untouchedIdeasByPlanId.load(plan.id),
    items: (plan, { first }, ctx) => ctx.loaders.itemsByPlanId(pageSize(first, 20)).load(plan.id),
    createdAt: (plan) => plan.created_at,
    updatedAt: (plan) => plan.updated_at,
  },
};
