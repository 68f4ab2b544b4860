import { digitalSourceTypeUri } from '../../storage/digital-source.js';
import { deleteAsset, getAsset, listAssets } from '../../modules/asset/asset.service.js';
import { generateItemImage } from '../../modules/generation/media-generation.service.js';
import type { Resolvers } from '../resolvers.generated.js';
import type { AssetRow } from '../../db/rows.js';
import { likenessOf } from './likeness.js';

export const assetResolvers: Resolvers = {
  Query: {
    asset: (_parent, { id }, ctx) => getAsset(ctx, id),
    assets: async (_parent, args, ctx) => {
      const page = await listAssets(ctx, args);
      return { nodes: page.nodes, pageInfo: page };
    },
  },
  Mutation: {
    generateImage: (_parent, { itemId, expectedVersion }, ctx) => generateItemImage(ctx, itemId, expectedVersion),
    deleteAsset: async (_parent, { id }, ctx) => ({ id: await deleteAsset(ctx, id) }),
  },
  Asset: {
    url: (asset, _args, ctx) => ctx.storage.signedUrl(asset.storageKey, ctx.config.ASSET_URL_TTL_SECONDS),
    persona: (asset, _args, ctx) => (asset.personaId ? ctx.loaders.personaById.load(asset.personaId) : null),
    usedBy: (asset, _args, ctx) => ctx.loaders.itemsByAssetId.load(asset.id),
    digitalSourceType: (asset) => (asset.digitalSourceType ? digitalSourceTypeUri(asset.digitalSourceType) : null),
    likeness: (asset, _args, ctx) => likenessOf(asset, ctx),
    durationSeconds: (asset) => (asset.durationMs === null ? null : asset.durationMs / 1000),
    posterUrl: (asset, _args, ctx) => (asset.posterKey ? ctx.storage.signedUrl(asset.posterKey, ctx.config.ASSET_URL_TTL_SECONDS) : null),
    generatedFrom: async (asset, _args, ctx) =>
      (await ctx.loaders.assetById.loadMany(asset.referenceIds)).filter((found): found is AssetRow => Boolean(found) && !(found instanceof Error)),
  },
  ItemMedia: {
    asset: (media) => media,
  },
  ImageCheck: {
    closestReference: (check, _args, ctx) => (check.closestReferenceId ? ctx.loaders.assetById.load(check.closestReferenceId) : null),
  },
};
