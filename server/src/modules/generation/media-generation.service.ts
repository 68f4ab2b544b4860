import { GenerationError } from '../../ai/generator.js';
import type { ContentItemRow } from '../../db/rows.js';
import { processImageUpload } from '../../storage/image-upload.js';
import { saveImageAsset } from '../asset/asset.service.js';
import { updateContentItem } from '../content-item/content-item-edit.service.js';
import { judgeImageLikeness, referenceImagesOf } from '../look/look.service.js';
import { personaBrief } from '../persona/persona-brief.js';
import { ownedItemWithPersona, recordedRun, type GenerationContext } from './item-generation-runs.js';

// Images for one item; the item changes only through the normal edit path, with its version
// check and lifecycle rules. Each says in its XMP that a model made it.

const GENERATED = 'trainedAlgorithmicMedia' as const;

/**
 * Generates an image for the item from its image prompt, in the persona's locked look when it
 * has one (the references go to the model), stores it as an asset and attaches it.
 */
export async function generateItemImage(ctx: GenerationContext, itemId: string, expectedVersion: number): Promise<ContentItemRow> {
  const { item, persona } = await ownedItemWithPersona(ctx, itemId);
  const brief = personaBrief(persona);
  const prompt = item.imagePrompt || item.title || item.caption.slice(0, 300) || persona.niche;
  const references = await referenceImagesOf(ctx.db, ctx.storage, persona.id);
  const { value: image } = await recordedRun(ctx, { kind: 'image', item, briefVersion: brief.version }, async () => {
    const result = await ctx.generator.generateImage(prompt, brief, references.images);
    // Model output is data: the bytes go through the same checks as an upload.
    const checked = await processImageUpload(result.value.bytes, GENERATED).catch((error: Error) => {
      throw new GenerationError(`The generated image was not usable: ${error.message}`, 'malformed');
    });
    return { value: checked, usage: result.usage };
  });
  const saved = await saveImageAsset(ctx, persona.id, image, { source: 'generated', prompt, digitalSourceType: GENERATED, referenceIds: references.ids });
  const asset = await judgeImageLikeness(ctx, saved, references);
  return updateContentItem(ctx, item.id, { expectedVersion, assetId: asset.id });
}
