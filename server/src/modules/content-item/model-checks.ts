import type { ContentGenerator } from '../../ai/generator.js';
import type { Database } from '../../db/database.js';
import { personaCanons, readAgainstCanon } from '../canon/canon.service.js';
import { itemDate } from '../canon/continuity-gate.js';
import type { ModelReading } from '../canon/continuity.js';
import { findPersonasByIds } from '../persona/persona.repository.js';
import { meaningOf, type Meaning } from '../voice/meaning.js';
import { personaVoices, voicePosts } from '../voice/voice-check.js';

// The identity lock's model-backed checks (with an API key): a caption's meaning against the
// persona's posts (embeddings) and a model's reading of it against the canon. They are asked
// before a person's write, never inside its transaction (no model call holds row locks), and
// the gates use them for exactly the caption (and day) they were asked about. A model that
// fails leaves the offline checks alone, as without a key.

export interface ModelCheckInput {
  itemId: string;
  personaId: string;
  caption: string;
  scheduledAt: Date | null;
}

export interface ModelCheckResults {
  meaning: Map<string, { caption: string; meaning: Meaning }>;
  contradictions: Map<string, ModelReading>;
}

export async function runModelChecks(db: Database, generator: ContentGenerator | undefined, inputs: readonly ModelCheckInput[]): Promise<ModelCheckResults | undefined> {
  const asked = inputs.filter((input) => input.caption.trim());
  if (generator?.kind !== 'openai' || !asked.length) return undefined;
  const personaIds = [...new Set(asked.map((input) => input.personaId))];
  const [voices, canons, personas] = await Promise.all([personaVoices(db, personaIds), personaCanons(db, personaIds), findPersonasByIds(db, personaIds)]);
  const personaOf = new Map(personas.map((persona) => [persona.id, persona]));
  const results: ModelCheckResults = { meaning: new Map(), contradictions: new Map() };
  await Promise.all(
    asked.map(async (input) => {
      const persona = personaOf.get(input.personaId);
      const voice = voices.get(input.personaId);
      if (!persona || !voice) return;
      const date = itemDate(input.scheduledAt, persona.timeZone);
      const [meaning, reading] = await Promise.all([
        meaningOf(generator, input.caption, voicePosts(voice)),
        readAgainstCanon(generator, persona, input.caption, date, canons.get(input.personaId)?.facts ?? []),
      ]);
      if (meaning) results.meaning.set(input.itemId, { caption: input.caption, meaning });
      if (reading) results.contradictions.set(input.itemId, reading);
    }),
  );
  return results;
}
