import { GenerationError, type ContentGenerator, type Usage } from '../../ai/generator.js';
import type { ContentItemRow } from '../../db/rows.js';
import { GenerationFailedError, NotFoundError } from '../../errors.js';
import { processImageUpload } from '../../storage/image-upload.js';
import { saveImageAsset, type MediaContext } from '../asset/asset.service.js';
import { captionProblems, maxCaptionCharacters } from '../content-item/caption-limits.js';
import { updateContentItem } from '../content-item/content-item-edit.service.js';
import { getContentItem } from '../content-item/content-item.service.js';
import { personaBrief } from '../persona/persona-brief.js';
import { findPersonaByIdForUser } from '../persona/persona.repository.js';
import type { Platform } from '../shared/domain.js';
import { requireViewer } from '../shared/service-context.js';
import { generatorKind } from './generation.service.js';
import { insertGenerationRun } from './generation.repository.js';

// Captions and images for one item, made while the caller waits (seconds, not minutes). Each
// call is recorded as a generation run with its usage, failed or not; the item changes only
// through the normal edit path, with its version check and lifecycle rules.

export interface GenerationContext extends MediaContext {
  generator: ContentGenerator;
}

async function ownedItemWithPersona(ctx: GenerationContext, itemId: string) {
  const viewer = requireViewer(ctx);
  const item = await getContentItem(ctx, itemId);
  if (!item) throw new NotFoundError('Content item', 'itemId');
  const persona = (await findPersonaByIdForUser(ctx.db, item.persona_id, viewer.userId))!;
  return { item, persona, viewer };
}

async function recorded<Value>(
  ctx: GenerationContext,
  run: { kind: 'caption' | 'image'; item: ContentItemRow; briefVersion: number },
  work: () => Promise<{ value: Value; usage: Usage }>,
): Promise<Value> {
  const viewer = requireViewer(ctx);
  const base = {
    persona_id: run.item.persona_id,
    content_item_id: run.item.id,
    kind: run.kind,
    provider: generatorKind(ctx.config),
    brief_version: run.briefVersion,
    requested_by: viewer.userId,
    started_at: new Date(),
  };
  try {
    const { value, usage } = await work();
    await insertGenerationRun(ctx.db, {
      ...base, state: 'succeeded', progress: 100, finished_at: new Date(), model: usage.model,
      input_tokens: usage.inputTokens, output_tokens: usage.outputTokens, latency_ms: usage.latencyMs,
    });
    return value;
  } catch (error) {
    const message = error instanceof GenerationError ? error.message : 'Generation failed unexpectedly';
    await insertGenerationRun(ctx.db, { ...base, state: 'failed', finished_at: new Date(), error: message });
    if (error instanceof GenerationError) throw new GenerationFailedError(error.message, error.reason);
    throw error;
  }
}

/** Drafts or rewrites the item's caption in the persona's voice, within its platform's limits. */
export async function writeCaption(ctx: GenerationContext, itemId: string, expectedVersion: number): Promise<ContentItemRow> {
  const { item, persona } = await ownedItemWithPersona(ctx, itemId);
  const brief = personaBrief(persona);
  const platform = item.platform as Platform;
  const limits = { instagramMaxHashtags: ctx.config.INSTAGRAM_MAX_HASHTAGS };
  const caption = await recorded(ctx, { kind: 'caption', item, briefVersion: brief.version }, async () => {
    const result = await ctx.generator.writeCaption({
      brief, platform, title: item.title, currentCaption: item.caption,
      maxCharacters: maxCaptionCharacters(platform), maxHashtags: platform === 'instagram' ? limits.instagramMaxHashtags : 30,
    });
    const problems = captionProblems(result.value, platform, limits);
    if (problems.length) throw new GenerationError(`The generated caption does not fit ${platform}: ${problems.join('; ')}`, 'malformed');
    return result;
  });
  return updateContentItem(ctx, item.id, { expectedVersion, caption });
}

/** Generates an image for the item from its image prompt, stores it as an asset and attaches it. */
export async function generateItemImage(ctx: GenerationContext, itemId: string, expectedVersion: number): Promise<ContentItemRow> {
  const { item, persona } = await ownedItemWithPersona(ctx, itemId);
  const brief = personaBrief(persona);
  const prompt = item.image_prompt || item.title || item.caption.slice(0, 300) || persona.niche;
  const image = await recorded(ctx, { kind: 'image', item, briefVersion: brief.version }, async () => {
    const result = await ctx.generator.generateImage(prompt, brief);
    // Model output is data: the bytes go through the same checks as an upload.
    const checked = await processImageUpload(result.value.bytes).catch((error: Error) => {
      throw new GenerationError(`The generated image was not usable: ${error.message}`, 'malformed');
    });
    return { value: checked, usage: result.usage };
  });
  const asset = await saveImageAsset(ctx, persona.id, image, { source: 'generated', prompt });
  return updateContentItem(ctx, item.id, { expectedVersion, assetId: asset.id });
}
