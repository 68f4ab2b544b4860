import { z } from 'zod';
import { GenerationError } from '../../ai/generator.js';
import type { ContentItemRow, GenerationRunRow } from '../../db/rows.js';
import { captionProblems, maxCaptionCharacters } from '../content-item/caption-limits.js';
import { updateContentItem } from '../content-item/content-item-edit.service.js';
import { personaBrief } from '../persona/persona-brief.js';
import { parseInput } from '../shared/validation.js';
import { ownedItemWithPersona, recordedRun, type GenerationContext } from './item-generation-runs.js';

// Captions in the persona's voice. A caption is a proposal: it starts from what the person has
// typed and changes nothing; it becomes the item's caption only when they save it through the
// normal edit path, which keeps the caption it replaces.

export interface CaptionProposalModel {
  caption: string;
  draft: string;
  run: GenerationRunRow;
  /** The item as it was read: the proposal did not change it. */
  item: ContentItemRow;
}

const MAX_DRAFT = 10_000;

const proposeSchema = z.object({
  itemId: z.string(),
  draft: z.string().max(MAX_DRAFT, `must be at most ${MAX_DRAFT} characters`).nullish(),
});

async function generateCaption(ctx: GenerationContext, itemId: string, draft: string | null): Promise<CaptionProposalModel> {
  const { item, persona } = await ownedItemWithPersona(ctx, itemId);
  const brief = personaBrief(persona);
  const platform = item.platform;
  const from = draft ?? item.caption;
  const limits = { instagramMaxHashtags: ctx.config.INSTAGRAM_MAX_HASHTAGS };
  const { value, run } = await recordedRun(ctx, { kind: 'caption', item, briefVersion: brief.version }, async () => {
    const result = await ctx.generator.writeCaption({
      brief, platform, title: item.title, draft: from,
      maxCharacters: maxCaptionCharacters(platform), maxHashtags: platform === 'instagram' ? limits.instagramMaxHashtags : 30,
    });
    const problems = captionProblems(result.value, platform, limits);
    if (problems.length) throw new GenerationError(`The generated caption does not fit ${platform}: ${problems.join('; ')}`, 'malformed');
    return result;
  });
  return { caption: value, draft: from, run, item };
}

/** A caption for the item from the person's unsaved draft (or the saved caption when none is sent), not saved. */
export async function proposeCaption(ctx: GenerationContext, args: { itemId: string; draft?: string | null }): Promise<CaptionProposalModel> {
  const { itemId, draft } = parseInput(proposeSchema, args, '');
  return generateCaption(ctx, itemId, draft ?? null);
}

/** Drafts or rewrites the saved caption and saves it at once (the deprecated flow). */
export async function writeCaption(ctx: GenerationContext, itemId: string, expectedVersion: number): Promise<ContentItemRow> {
  const { caption, item } = await generateCaption(ctx, itemId, null);
  return updateContentItem(ctx, item.id, { expectedVersion, caption });
}
