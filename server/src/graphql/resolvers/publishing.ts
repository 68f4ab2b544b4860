import { getChannel, connectSandboxChannel, disconnectChannel, publishingQuota, startInstagramConnection } from '../../modules/channel/channel.service.js';
import { connectBlueskyChannel } from '../../modules/channel/bluesky-connect.service.js';
import { connectMastodonChannel } from '../../modules/channel/mastodon-connect.service.js';
import { startChannelConnection } from '../../modules/channel/oauth-connect.service.js';
import { platformCapabilities } from '../../modules/channel/platform-capabilities.js';
import { scheduleReadyPlanItems } from '../../modules/scheduling/schedule-many.service.js';
import { setPostingSlots } from '../../modules/channel/posting-schedule.service.js';
import { queueTimeOf } from '../../modules/scheduling/queue-time.js';
import { reorderUpcomingPosts } from '../../modules/scheduling/reorder-upcoming.service.js';
import { timeOfDay } from '../../modules/shared/time-of-day.js';
import { cancelScheduledPost, crossPost, listScheduledPosts, reschedulePost, sandboxFeed, schedulePost } from '../../modules/scheduling/schedule.service.js';
import type { Platform, ScheduledPostState } from '../../modules/shared/domain.js';
import { ownedRowEvents } from '../../realtime/persona-events.js';
import type { Resolvers } from '../resolvers.generated.js';

// Channels, scheduling and the Sandbox feed.
export const publishingResolvers: Resolvers = {
  Query: {
    channelIntegration: (_parent, { id }, ctx) => getChannel(ctx, id),
    scheduledPosts: (_parent, { filter }, ctx) =>
      listScheduledPosts(ctx, { ...filter, states: filter.states as unknown as ScheduledPostState[] | null | undefined }),
    sandboxFeed: (_parent, { personaId, first, includeSimulated }, ctx) => sandboxFeed(ctx, personaId, first, includeSimulated ?? false),
    platforms: (_parent, _args, ctx) => platformCapabilities(ctx),
  },
  Mutation: {
    startInstagramConnection: (_parent, { personaId }, ctx) => startInstagramConnection(ctx, personaId),
    startChannelConnection: (_parent, { personaId, platform }, ctx) => startChannelConnection(ctx, personaId, platform as unknown as Platform),
    connectSandboxChannel: (_parent, { personaId }, ctx) => connectSandboxChannel(ctx, personaId),
    connectBlueskyChannel: (_parent, { input }, ctx) => connectBlueskyChannel(ctx, input),
    connectMastodonChannel: (_parent, { input }, ctx) => connectMastodonChannel(ctx, input),
    disconnectChannel: (_parent, { id }, ctx) => disconnectChannel(ctx, id),
    schedulePost: (_parent, { input }, ctx) => schedulePost(ctx, input),
    crossPost: (_parent, { input }, ctx) => crossPost(ctx, input),
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
          personaOf: async (post, loaders) => (await loaders.contentItemById.load(post.contentItemId))?.personaId,
        }),
    },
    channelIntegrationUpdated: {
      subscribe: (_parent, { personaId }, ctx) =>
        ownedRowEvents(ctx, {
          type: 'channel_updated',
          personaId,
          field: 'channelIntegrationUpdated',
          load: (event, loaders) => loaders.channelById.load(event.channelId),
          personaOf: async (channel) => channel.personaId,
        }),
    },
  },
  ChannelIntegration: {
    persona: async (channel, _args, ctx) => (await ctx.loaders.personaById.load(channel.personaId))!,
    publishingQuota: (channel, _args, ctx) => publishingQuota(ctx, channel),
    postingSlots: (channel, _args, ctx) => ctx.loaders.postingSlotsByChannelId.load(channel.id),
    nextQueueTime: async (channel, _args, ctx) => {
      const slots = await ctx.loaders.postingSlotsByChannelId.load(channel.id);
      if (slots.length === 0) return null;
      const [held, persona] = await Promise.all([
        ctx.loaders.heldRunTimesByChannelId.load(channel.id),
        ctx.loaders.personaById.load(channel.personaId),
      ]);
      return queueTimeOf(slots, held, persona!.timeZone, new Date());
    },
  },
  PostingSlot: {
    time: (slot) => timeOfDay(slot.minuteOfDay),
  },
  ScheduledPost: {
    item: async (post, _args, ctx) => (await ctx.loaders.contentItemById.load(post.contentItemId))!,
    channel: async (post, _args, ctx) => (await ctx.loaders.channelById.load(post.channelIntegrationId))!,
  },
  SandboxPost: {
    item: (post, _args, ctx) => (post.contentItemId ? ctx.loaders.contentItemById.load(post.contentItemId) : null),
    asset: (post, _args, ctx) => (post.assetId ? ctx.loaders.assetById.load(post.assetId) : null),
    // Simulated history rows carry their one image as asset only.
    media: async (post, _args, ctx) => {
      const ids = post.mediaIds.length ? post.mediaIds : post.assetId ? [post.assetId] : [];
      const assets = await ctx.loaders.assetById.loadMany(ids);
      return assets.flatMap((asset, position) =>
        asset && !(asset instanceof Error) ? [{ ...asset, contentItemId: post.contentItemId ?? '', position, altText: post.altTexts[position] ?? '' }] : [],
      );
    },
    simulated: (post) => post.simulatedHistoryId !== null,
    permalink: async (post, _args, ctx) =>
      `/personas/${(await ctx.loaders.channelById.load(post.channelIntegrationId))?.personaId}/sandbox${post.simulatedHistoryId ? '?simulated=1' : ''}#post-${post.id}`,
  },
};
