import { z } from 'zod';
import { requirePersona } from '../persona/persona.service.js';
import type { ServiceContext } from '../shared/service-context.js';
import { parseInput, text } from '../shared/validation.js';
import { meaningOf } from './meaning.js';
import { checkCaption, personaVoices, voicePosts, type VoiceCheck } from './voice-check.js';

const voiceCheckSchema = z.object({ personaId: z.string(), caption: text(10000, { min: 0 }) });

/** A caption's voice against the viewer's persona, for an editor checking as the person types. */
export async function checkVoice(ctx: ServiceContext, args: unknown): Promise<VoiceCheck> {
  const { personaId, caption } = parseInput(voiceCheckSchema, args, '');
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const voice = (await personaVoices(ctx.db, [persona.id])).get(persona.id)!;
  // With a key the caption's meaning counts too, as it will when the item moves to Ready.
  const meaning = ctx.generator?.kind === 'openai' ? await meaningOf(ctx.generator, caption, voicePosts(voice)) : null;
  return checkCaption(caption, voice, meaning);
}
