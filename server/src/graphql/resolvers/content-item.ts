import { hashtagsIn } from '../../modules/content-item/caption-hashtags.js';
import { moveContentItem, updateContentItem } from '../../modules/content-item/content-item-edit.service.js';
import {
  createContentItem,
  deleteContentItem,
  getContentItem,
  listViewerContentItems,
} from '../../modules/content-item/content-item.service.js';
import { pageSize } from '../../modules/shared/pagination.js';
import { checkCaption } from '../../modules/voice/voice-check.js';
import { checkVoice } from '../../modules/voice/voice.service.js';
import type { ContentItemRow } from '../../db/rows.js';
import type { GraphQLContext } from '../context.js';
import { disclosedCaption } from '../../modules/disclosure/disclosure.js';
import { actorOf } from './actor.js';
import { itemLikenessOf } from './likeness.js';
import { mediaFactsOf, mediaProblems } from '../../modules/content-item/media-rules.js';
import type { Resolvers } from '../resolvers.generated.js';

/** How much the item's caption sounds like its persona (null for an empty caption). */
async function voiceCheckOf(item: ContentItemRow, ctx: GraphQLContext) {
  if (!item.caption.trim()) return null;
  const voice = await ctx.loaders.personaVoiceById.load(item.personaId);
  return voice ? checkCaption(item.caption, voice) : null;
}

/** The item's posts its status follows (cross-post-status.ts): none replaced by a later one, none cancelled. */
async function currentPostsOf(ctx: GraphQLContext, itemId: string) {
  return (await ctx.loaders.scheduledPostsByItemId.load(itemId)).filter((post) => !post.superseded && post.state !== 'cancelled');
}

export const contentItemResolvers: Resolvers = {
  Query: {
    contentItem: (_parent, { id }, ctx) => getContentItem(ctx, id),
    voiceCheck: (_parent, args, ctx) => checkVoice(ctx, args),
    contentItems: async (_parent, args, ctx) => {
      const page = await listViewerContentItems(ctx, args);
      return { nodes: page.nodes, pageInfo: page, totalCount: page.totalCount };
    },
  },
  Mutation: {
    createContentItem: (_parent, { input }, ctx) => createContentItem(ctx, input),
    updateContentItem: (_parent, { id, input }, ctx) => updateContentItem(ctx, id, input),
    moveContentItem: (_parent, { id, ...move }, ctx) => moveContentItem(ctx, id, move),
    deleteContentItem: async (_parent, { id }, ctx) => ({ id: await deleteContentItem(ctx, id) }),
  },
  ContentItem: {
    persona: async (item, _args, ctx) => (await ctx.loaders.personaById.load(item.personaId))!,
    plan: (item, _args, ctx) => (item.planId ? ctx.loaders.contentPlanById.load(item.planId) : null),
    asset: (item, _args, ctx) => (item.assetId ? ctx.loaders.assetById.load(item.assetId) : null),
    media: (item, _args, ctx) => ctx.loaders.mediaByItemId.load(item.id),
    cover: (item, _args, ctx) => (item.coverAssetId ? ctx.loaders.assetById.load(item.coverAssetId) : null),
    mediaProblems: async (item, _args, ctx) => {
      const [media, cover] = await Promise.all([
        ctx.loaders.mediaByItemId.load(item.id),
        item.coverAssetId ? ctx.loaders.assetById.load(item.coverAssetId) : null,
      ]);
      const problems = mediaProblems(item.platform, item.format, media.map(mediaFactsOf), cover ? mediaFactsOf(cover) : null);
      return [...problems.invalid, ...problems.needs, ...problems.beforePublishing];
    },
    hashtags: (item) => hashtagsIn(item.caption),
    simulated: (item) => item.simulatedHistoryId !== null,
    statusHistory: (item, _args, ctx) => ctx.loaders.statusHistoryByItemId.load(item.id),
    voiceCheck: (item, _args, ctx) => voiceCheckOf(item, ctx),
    imageCheck: (item, _args, ctx) => itemLikenessOf(item, ctx),
    publishedCaption: async (item, _args, ctx) => {
      const [persona, asset] = await Promise.all([
        ctx.loaders.personaById.load(item.personaId),
        item.assetId ? ctx.loaders.assetById.load(item.assetId) : null,
      ]);
      return persona ? disclosedCaption(item.caption, persona, asset) : item.caption;
    },
    overrides: (item, _args, ctx) => ctx.loaders.overridesByItemId.load(item.id),
    provenance: (item) => item,
    captionHistory: (item, { first }, ctx) => ctx.loaders.captionHistoryByItemId(pageSize(first, 10)).load(item.id),
    scheduledPosts: (item, _args, ctx) => ctx.loaders.scheduledPostsByItemId.load(item.id),
    channelCount: async (item, _args, ctx) => new Set((await currentPostsOf(ctx, item.id)).map((post) => post.channelIntegrationId)).size,
    currentPosts: async (item, _args, ctx) => {
      const posts = await currentPostsOf(ctx, item.id);
      const channels = await ctx.loaders.channelById.loadMany(posts.map((post) => post.channelIntegrationId));
      const platformOf = new Map(channels.flatMap((channel) => (channel && !(channel instanceof Error) ? [[channel.id, channel.platform]] : [])));
      // Oldest first; those scheduled together (one cross-post) by network.
      const key = (post: (typeof posts)[number]) => `${post.createdAt.toISOString()} ${platformOf.get(post.channelIntegrationId) ?? ''}`;
      return posts.sort((a, b) => key(a).localeCompare(key(b)));
    },
    channel: async (item, _args, ctx) => {
      const posts = await ctx.loaders.scheduledPostsByItemId.load(item.id);
      const live = posts.find((post) => post.state === 'pending' || post.state === 'publishing' || post.state === 'published');
      return live ? ctx.loaders.channelById.load(live.channelIntegrationId) : null;
    },
    analytics: (item, _args, ctx) => ctx.loaders.analyticsByItemId.load(item.id),
  },
  StatusChange: {
    id: (change) => String(change.id),
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
    actor: (change, _args, ctx) => actorOf(change, ctx),
  },
  CaptionRevision: {
    id: (revision) => String(revision.id),
    replacedBy: (revision, _args, ctx) => actorOf(revision, ctx),
  },
  ItemProvenance: {
    generationRuns: (item, _args, ctx) => ctx.loaders.generationRunsOfItem.load(item),
    briefVersion: (item) => item.briefVersion,
    image: (item, _args, ctx) => (item.assetId ? ctx.loaders.assetById.load(item.assetId) : null),
    voice: (item, _args, ctx) => voiceCheckOf(item, ctx),
    likeness: (item, _args, ctx) => itemLikenessOf(item, ctx),
    overrides: (item, _args, ctx) => ctx.loaders.overridesByItemId.load(item.id),
    approval: async (item, _args, ctx) => (await ctx.loaders.statusHistoryByItemId.load(item.id)).findLast((change) => change.toStatus === 'ready') ?? null,
    publications: async (item, _args, ctx) => (await ctx.loaders.scheduledPostsByItemId.load(item.id)).filter((post) => post.state === 'published'),
  },
  CheckOverride: {
    image: (override, _args, ctx) => (override.assetId ? ctx.loaders.assetById.load(override.assetId) : null),
    by: (override, _args, ctx) => (override.actorUserId || override.actorProcess ? actorOf(override, ctx) : null),
  },
};
