import { checkAiAllowance } from './ai-allowance.js';
import { GenerationError, type ContentGenerator, type Usage } from '../../ai/generator.js';
import type { ContentItemRow, GenerationRunRow } from '../../db/rows.js';
import { GenerationFailedError, NotFoundError } from '../../errors.js';
import type { MediaContext } from '../asset/asset.service.js';
import { getContentItem } from '../content-item/content-item.service.js';
import { findPersonaByIdForUser } from '../persona/persona.repository.js';
import { requireViewer } from '../shared/service-context.js';
import { generatorKind } from './generation.service.js';
import { insertGenerationRun } from './generation.repository.js';

// Captions and images for one item are made while the caller waits (seconds, not minutes).
// Each call is recorded as a generation run with its usage, failed or not.

export interface GenerationContext extends MediaContext {
  generator: ContentGenerator;
}

export async function ownedItemWithPersona(ctx: GenerationContext, itemId: string) {
  const viewer = requireViewer(ctx);
  const item = await getContentItem(ctx, itemId);
  if (!item) throw new NotFoundError('Content item', 'itemId');
  const persona = (await findPersonaByIdForUser(ctx.db, item.personaId, viewer.userId))!;
  return { item, persona, viewer };
}

/**
 * Runs `work` and records it as a run of `kind` for the item (or for the persona alone, as a
 * reference portrait); a failure is recorded and reported.
 */
export async function recordedRun<Value>(
  ctx: GenerationContext,
  run: { kind: 'caption' | 'image'; item: ContentItemRow | { personaId: string; id: null }; briefVersion: number },
  work: () => Promise<{ value: Value; usage: Usage }>,
): Promise<{ value: Value; run: GenerationRunRow }> {
  const viewer = requireViewer(ctx);
  await checkAiAllowance(ctx, viewer.userId);
  const base = {
    personaId: run.item.personaId,
    contentItemId: run.item.id,
    kind: run.kind,
    provider: generatorKind(ctx.config),
    briefVersion: run.briefVersion,
    requestedBy: viewer.userId,
    startedAt: new Date(),
  };
  try {
    const { value, usage } = await work();
    const recorded = await insertGenerationRun(ctx.db, {
      ...base, state: 'succeeded', progress: 100, finishedAt: new Date(), model: usage.model,
      inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, latencyMs: usage.latencyMs,
    });
    return { value, run: recorded };
  } catch (error) {
    const message = error instanceof GenerationError ? error.message : 'Generation failed unexpectedly';
    await insertGenerationRun(ctx.db, { ...base, state: 'failed', finishedAt: new Date(), error: message });
    if (error instanceof GenerationError) throw new GenerationFailedError(error.message, error.reason);
    throw error;
  }
}
