import { getChannel, connectSandboxChannel, disconnectChannel, publishingQuota, startInstagramConnection } from '../../modules/channel/channel.service.js';
import { platformCapabilities } from '../../modules/channel/platform-capabilities.js';
import { scheduleReadyPlanItems } from '../../modules/scheduling/schedule-many.service.js';
import { setPostingSlots } from '../../modules/channel/posting-schedule.service.js';
import { queueTimeOf } from '../../modules/scheduling/queue-time.js';
import { reorderUpcomingPosts } from '../../modules/scheduling/reorder-upcoming.service.js';
import { timeOfDay } from '../../modules/shared/time-of-day.js';
import { cancelScheduledPost, listScheduledPosts, reschedulePost, sandboxFeed, schedulePost } from '../../modules/scheduling/schedule.service.js';
import type { ScheduledPostState } from '../../modules/shared/domain.js';
import { ownedRowEvents } from '../../realtime/persona-events.js';
import type { Resolvers } from '../resolvers.generated.js';

// Channels, scheduling and the Sandbox feed.
export const publishingResolvers: Resolvers = {
  Query: {
    channelIntegration: (_parent, { id }, ctx) => getChannel(ctx, id),
    scheduledPosts: (_parent, { filter }, ctx) =>
      listScheduledPosts(ctx, { ...filter, states: filter.states as unknown as ScheduledPostState[] | null | undefined }),
    sandboxFeed: (_parent, { personaId, first, includeSimulated }, ctx) => sandboxFeed(ctx, personaId, first, includeSimulated ?? false),
    platforms: (_parent, _args, ctx) => platformCapabilities(ctx, { instagramConfigured: ctx.channels.instagram !== null }),
  },
  Mutation: {
    startInstagramConnection: (_parent, { personaId }, ctx) => startInstagramConnection(ctx, personaId),
    connectSandboxChannel: (_parent, { personaId }, ctx) => connectSandboxChannel(ctx, personaId),
    disconnectChannel: (_parent, { id }, ctx) => disconnectChannel(ctx, id),
    schedulePost: (_parent, { input }, ctx) => schedulePost(ctx, input),
    reschedulePost: (_parent, { id, at }, ctx) => reschedulePost(ctx, id, at),
    cancelScheduledPost: (_parent, { id }, ctx) => cancelScheduledPost(ctx, id),
    setPostingSlots: (_parent, { channelId, slots }, ctx) => setPostingSlots(ctx, channelId, slots),
    reorderUpcomingPosts: (_parent, { input }, ctx) => reorderUpcomingPosts(ctx, input),
    scheduleReadyPlanItems: async (_parent, { planId, channelId }, ctx) => {
      const { scheduled, skipped } = await scheduleReadyPlanItems(ctx, planId, channelId);
      const items = await Promise.all(skipped.map(({ itemId }) => ctx.loaders.contentItemById.load(itemId)));
      return {
        scheduled,
        // An item deleted meanwhile has nothing left to report.
        skipped: skipped.flatMap(({ reason }, index) => (items[index] ? [{ item: items[index]!, reason }] : [])),
      };
    },
  },
  Subscription: {
    scheduledPostUpdated: {
      subscribe: (_parent, { personaId }, ctx) =>
        ownedRowEvents(ctx, {
          type: 'post_updated',
          personaId,
          field: 'scheduledPostUpdated',
          load: (event, loaders) => loaders.scheduledPostById.load(event.postId),
          personaOf: async (post, loaders) => (await loaders.contentItemById.load(post.content_item_id))?.persona_id,
        }),
    },
    channelIntegrationUpdated: {
      subscribe: (_parent, { personaId }, ctx) =>
        ownedRowEvents(ctx, {
          type: 'channel_updated',
          personaId,
          field: 'channelIntegrationUpdated',
          load: (event, loaders) => loaders.channelById.load(event.channelId),
          personaOf: async (channel) => channel.persona_id,
        }),
    },
  },
  ChannelIntegration: {
    persona: async (channel, _args, ctx) => (await ctx.loaders.personaById.load(channel.persona_id))!,
    accountName: (channel) => channel.account_name,
    externalAccountId: (channel) => channel.external_account_id,
    statusReason: (channel) => channel.status_reason,
    tokenExpiresAt: (channel) => channel.token_expires_at,
    tokenRefreshedAt: (channel) => channel.token_refreshed_at,
    publishingQuota: (channel, _args, ctx) => publishingQuota(ctx, channel),
    postingSlots: (channel, _args, ctx) => ctx.loaders.postingSlotsByChannelId.load(channel.id),
    nextQueueTime: async (channel, _args, ctx) => {
      const slots = await ctx.loaders.postingSlotsByChannelId.load(channel.id);
      if (slots.length === 0) return null;
      const [held, persona] = await Promise.all([
        ctx.loaders.heldRunTimesByChannelId.load(channel.id),
        ctx.loaders.personaById.load(channel.persona_id),
      ]);
      return queueTimeOf(slots, held, persona!.time_zone, new Date());
    },
    createdAt: (channel) => channel.created_at,
    updatedAt: (channel) => channel.updated_at,
  },
  PostingSlot: {
    time: (slot) => timeOfDay(slot.minute_of_day),
  },
  ScheduledPost: {
    item: async (post, _args, ctx) => (await ctx.loaders.contentItemById.load(post.content_item_id))!,
    channel: async (post, _args, ctx) => (await ctx.loaders.channelById.load(post.channel_integration_id))!,
    runAt: (post) => post.run_at,
    platformPostId: (post) => post.platform_post_id,
    publishedAt: (post) => post.published_at,
    lastError: (post) => post.last_error,
    createdAt: (post) => post.created_at,
    updatedAt: (post) => post.updated_at,
  },
  SandboxPost: {
    item: (post, _args, ctx) => (post.content_item_id ? ctx.loaders.contentItemById.load(post.content_item_id) : null),
    asset: (post, _args, ctx) => (post.asset_id ? ctx.loaders.assetById.load(post.asset_id) : null),
    publishedAt: (post) => post.published_at,
    simulated: (post) => post.simulated_history_id !== null,
    permalink: async (post, _args, ctx) =>
      `/personas/${(await ctx.loaders.channelById.load(post.channel_integration_id))?.persona_id}/sandbox${post.simulated_history_id ? '?simulated=1' : ''}#post-${post.id}`,
  },
};
