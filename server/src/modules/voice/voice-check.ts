import type { Database } from '../../db/database.js';
import type { PersonaRow } from '../../db/rows.js';
import { findApprovedCaptionsByPersonaIds, findPersonaVoiceFields } from './voice.repository.js';
import type { Meaning } from './meaning.js';
import { prepareVoice, scoreVoice, type PreparedVoice, type VoiceReason, type VoiceReference } from './voice-score.js';

// A caption's voice against its persona: the score, the persona's threshold, and whether the
// caption is flagged. The references are the brief (voice, personality, words to avoid, example
// posts) and the captions people approved (posted).

/** How many approved captions a persona's voice is learnt from: its newest. */
export const APPROVED_CAPTIONS = 30;

export interface VoiceCheck {
  score: number;
  threshold: number;
  flagged: boolean;
  reasons: VoiceReason[];
}

export interface PersonaVoice {
  threshold: number;
  /** The references, prepared once for every caption scored against them. */
  prepared: PreparedVoice;
}

/** The persona fields a voice is judged by. */
export type PersonaVoiceFields = Pick<PersonaRow, 'voice' | 'personality' | 'avoid' | 'examplePosts' | 'voiceThreshold'>;

function voiceReference(persona: PersonaVoiceFields, approved: readonly string[]): VoiceReference {
  return { voice: persona.voice, personality: persona.personality, avoid: persona.avoid, posts: [...persona.examplePosts, ...approved] };
}

export function personaVoice(persona: PersonaVoiceFields, approved: readonly string[]): PersonaVoice {
  return { threshold: persona.voiceThreshold, prepared: prepareVoice(voiceReference(persona, approved)) };
}

/**
 * The caption's voice check; with its meaning (embeddings, when a key is set) the score is the
 * mean of the offline score and the meaning's, and the meaning is among the reasons.
 */
export function checkCaption(caption: string, voice: PersonaVoice, meaning?: Meaning | null): VoiceCheck {
  const offline = scoreVoice(caption, voice.prepared);
  if (!meaning) return { score: offline.score, threshold: voice.threshold, flagged: offline.score < voice.threshold, reasons: offline.reasons };
  // The avoid list caps the score whatever the meaning says.
  const avoided = offline.reasons.some((reason) => reason.kind === 'avoid');
  const score = avoided ? offline.score : Math.round((offline.score + meaning.score) / 2);
  const reasons = [...offline.reasons, { kind: 'meaning' as const, message: `Meaning ${meaning.score}% like the persona's posts (${meaning.model} embeddings)` }];
  return { score, threshold: voice.threshold, flagged: score < voice.threshold, reasons };
}

/** The texts a caption's meaning is compared with: the persona's example and approved posts. */
export function voicePosts(voice: PersonaVoice): readonly string[] {
  return voice.prepared.reference.posts;
}

/** Each persona's voice (brief and approved captions), in two statements whatever the number. */
export async function personaVoices(db: Database, personaIds: readonly string[]): Promise<Map<string, PersonaVoice>> {
  const ids = [...new Set(personaIds)];
  if (!ids.length) return new Map();
  const [personas, captions] = await Promise.all([findPersonaVoiceFields(db, ids), findApprovedCaptionsByPersonaIds(db, ids, APPROVED_CAPTIONS)]);
  return new Map(
    personas.map((persona) => [
      persona.id,
      personaVoice(
        persona,
        captions.filter((row) => row.personaId === persona.id).map((row) => row.caption),
      ),
    ]),
  );
}

/** The sentence a refusal names: what is missing, and how to go on anyway. */
export function voiceMissing(check: VoiceCheck): string {
  const why = check.reasons[0] ? ` (${check.reasons[0].message})` : '';
  return `voice: score ${check.score} is below the persona's threshold ${check.threshold}${why}; rewrite the caption or give an override reason`;
}
