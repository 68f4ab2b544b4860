import { voiceTrend } from '../../modules/voice/voice-trend.js';
import {
  dailyMetrics,
  followerGrowth,
  heatmapCells,
  measuredPosts,
  personaAnalytics,
  personaRecommendations,
  rankedPerformance,
  rate,
  sumTotals,
} from '../../modules/analytics/analytics.service.js';
import type { PlatformTotals } from '../../modules/analytics/analytics-dashboard.repository.js';
import { removeSimulatedHistory } from '../../modules/analytics/simulated-history-removal.service.js';
import { simulateSandboxHistory } from '../../modules/analytics/simulated-history.service.js';
import { requirePersona } from '../../modules/persona/persona.service.js';
import { suggestedPostTimes } from '../../modules/scheduling/suggested-times.service.js';
import type { Platform } from '../../modules/shared/domain.js';
import { ownedRowEvents } from '../../realtime/persona-events.js';
import type { Resolvers } from '../resolvers.generated.js';

// Analytics: the persona dashboard, item performance, recommendations, live updates.

const totals = (row: Omit<PlatformTotals, 'platform' | 'simulated'>) => ({
  views: row.views,
  reach: row.reach,
  likes: row.likes,
  comments: row.comments,
  shares: row.shares,
  saved: row.saved,
  totalInteractions: row.totalInteractions,
});

export const analyticsResolvers: Resolvers = {
  Persona: {
    analyticsSummary: (persona, { from, to }, ctx) => personaAnalytics(ctx, persona.id, { from, to }),
    recommendations: (persona, _args, ctx) => personaRecommendations(ctx.db, persona.id, persona.timeZone),
    suggestedPostTimes: (persona, { first }, ctx) => suggestedPostTimes(ctx.db, persona, first ?? 3),
    simulatedHistory: (persona, _args, ctx) => ctx.loaders.simulatedHistoryByPersonaId.load(persona.id),
  },
  Mutation: {
    simulateSandboxHistory: (_parent, { personaId }, ctx) => simulateSandboxHistory(ctx, personaId),
    removeSimulatedHistory: async (_parent, { personaId }, ctx) => {
      const { posts } = await removeSimulatedHistory(ctx, personaId);
      return { posts, persona: await requirePersona(ctx, personaId, 'personaId') };
    },
  },
  SimulatedHistory: {
    persona: async (history, _args, ctx) => (await ctx.loaders.personaById.load(history.personaId))!,
  },
  ContentItem: {
    performance: (item, _args, ctx) => ctx.loaders.performanceByItemId.load(item.id),
  },
  PersonaAnalytics: {
    voiceTrend: (model, _args, ctx) => voiceTrend(ctx.db, model.personaId, model.from, model.to),
    simulated: async (model) => (await model.platforms()).some((row) => row.simulated) || (await model.account()).some((row) => row.simulated),
    posts: async (model) => sumTotals(await model.platforms()).posts,
    totals: async (model) => totals(sumTotals(await model.platforms())),
    engagementRate: async (model) => {
      const sum = sumTotals(await model.platforms());
      return rate(sum.totalInteractions, sum.audience);
    },
    daily: (model, { platform }, ctx) => dailyMetrics(ctx, model, (platform as unknown as Platform | null | undefined) ?? null),
    byPlatform: async (model) =>
      (await model.platforms()).map((row) => ({
        platform: row.platform,
        posts: row.posts,
        totals: totals(row),
        engagementRate: rate(row.totalInteractions, row.audience),
      })),
    topPosts: (model, { first }, ctx) => rankedPerformance(ctx, model, 'best', first),
    bottomPosts: (model, { first }, ctx) => rankedPerformance(ctx, model, 'worst', first),
    measuredPosts: (model, { first }, ctx) => measuredPosts(ctx, model, first),
    heatmap: (model, _args, ctx) => heatmapCells(ctx, model),
    followers: (model) => followerGrowth(model),
  },
  PostPerformance: {
    item: async (row, _args, ctx) => (await ctx.loaders.contentItemById.load(row.contentItemId))!,
  },
  AnalyticsSnapshot: {
    item: (snapshot, _args, ctx) => (snapshot.contentItemId ? ctx.loaders.contentItemById.load(snapshot.contentItemId) : null),
  },
  Subscription: {
    analyticsUpdated: {
      subscribe: (_parent, { personaId }, ctx) =>
        ownedRowEvents(ctx, {
          type: 'analytics_updated',
          personaId,
          field: 'analyticsUpdated',
          // The event is the payload; the owner check reads the persona as stored now.
          load: async (event) => ({ id: event.personaId, personaId: event.personaId, itemId: event.itemId, capturedAt: new Date(event.capturedAt) }),
          personaOf: async (update) => update.personaId,
        }),
    },
  },
};
