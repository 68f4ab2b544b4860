import { deleteContentItems, moveContentItems } from '../../modules/content-item/bulk-items.service.js';
import { scheduleContentItems } from '../../modules/scheduling/schedule-many.service.js';
import type { BulkOutcome } from '../../modules/shared/bulk.js';
import { countTrash, deleteFromTrash, listTrash, restoreFromTrash } from '../../modules/trash/trash.service.js';
import type { ContentItemRow } from '../../db/rows.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../resolvers.generated.js';

// Acting on many items at once, and the Trash.

async function withItems(outcome: BulkOutcome, ctx: GraphQLContext) {
  const items = await ctx.loaders.contentItemById.loadMany(outcome.doneIds);
  return { ...outcome, items: items.filter((item): item is ContentItemRow => item !== null && !(item instanceof Error)) };
}

export const bulkAndTrashResolvers: Resolvers = {
  Query: {
    trash: async (_parent, args, ctx) => {
      const page = await listTrash(ctx, args);
      return { nodes: page.nodes, pageInfo: page, totalCount: await countTrash(ctx) };
    },
  },
  Mutation: {
    moveContentItems: async (_parent, args, ctx) => withItems(await moveContentItems(ctx, args), ctx),
    scheduleContentItems: async (_parent, { ids, channelId, queue }, ctx) =>
      withItems(await scheduleContentItems(ctx, ids, channelId, { queue: queue ?? false }), ctx),
    deleteContentItems: async (_parent, { ids }, ctx) => withItems(await deleteContentItems(ctx, ids), ctx),
    restoreFromTrash: (_parent, { ids }, ctx) => restoreFromTrash(ctx, ids),
    deleteFromTrash: (_parent, { ids }, ctx) => deleteFromTrash(ctx, ids),
  },
  BulkRefusal: {
    // The id came from the caller: it may name someone else's item, which must stay unseen.
    item: async (refusal, _args, ctx) => {
      const item = await ctx.loaders.contentItemById.load(refusal.itemId);
      const persona = item ? await ctx.loaders.personaById.load(item.personaId) : null;
      return persona && persona.userId === ctx.viewer?.userId ? item : null;
    },
  },
  TrashedEntry: {
    persona: (entry, _args, ctx) => (entry.personaId ? ctx.loaders.personaById.load(entry.personaId) : null),
  },
};
