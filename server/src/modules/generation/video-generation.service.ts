import type { GenerationRunRow } from '../../db/rows.js';
import { checkAiAllowance } from './ai-allowance.js';
import { generatorKind, queueRun } from './generation.service.js';
import { ownedItemWithPersona, type GenerationContext } from './item-generation-runs.js';

// A video for one item takes minutes with a model, so it runs as a background job
// (video-generation.task.ts) the person follows through its run: progress, cancellation, and
// the asset it made, which they then add to the item's media as any other.

export const ITEM_VIDEO_TASK = 'generate_item_video';

export async function requestItemVideo(ctx: GenerationContext, itemId: string): Promise<GenerationRunRow> {
  const { item, persona, viewer } = await ownedItemWithPersona(ctx, itemId);
  await checkAiAllowance(ctx, viewer.userId);
  return queueRun(
    ctx.db,
    {
      personaId: persona.id,
      contentItemId: item.id,
      kind: 'video',
      provider: generatorKind(ctx.config),
      model: ctx.config.OPENAI_API_KEY ? ctx.config.OPENAI_VIDEO_MODEL : 'offline',
      briefVersion: persona.briefVersion,
      requestedBy: viewer.userId,
    },
    ITEM_VIDEO_TASK,
  );
}
