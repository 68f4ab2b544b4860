import type { PersonaBrief } from '../../ai/generator.js';
import type { PersonaRow } from '../../db/rows.js';
import type { Platform } from '../shared/domain.js';

/** The persona's identity as every prompt receives it; its version is the row's briefVersion. */
export function personaBrief(persona: PersonaRow): PersonaBrief {
  const strategy = persona.platformStrategy;
  return {
    version: persona.briefVersion,
    name: persona.name,
    handle: persona.handle,
    niche: persona.niche,
    voice: persona.voice,
    style: persona.style,
    personality: persona.personality,
    bio: persona.bio,
    aesthetic: persona.aesthetic,
    platforms: strategy.platforms as Platform[],
    goals: strategy.goals,
    topics: persona.topics,
    avoid: persona.avoid,
    examplePosts: persona.examplePosts,
  };
}
