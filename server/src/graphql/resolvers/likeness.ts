import type { AssetRow } from '../../db/rows.js';
import { checkImage } from '../../modules/look/image-check.js';
import type { GraphQLContext } from '../context.js';

/** The image's likeness to its persona's locked look; null without a persona or a locked look. */
export async function likenessOf(asset: AssetRow, ctx: GraphQLContext) {
  if (!asset.personaId || asset.kind !== 'image') return null;
  const look = await ctx.loaders.personaLookById.load(asset.personaId);
  return checkImage(asset, look ?? undefined);
}

/** The likeness of the image an item shows. */
export async function itemLikenessOf(item: { assetId: string | null }, ctx: GraphQLContext) {
  const asset = item.assetId ? await ctx.loaders.assetById.load(item.assetId) : null;
  return asset ? likenessOf(asset, ctx) : null;
}
