import type { PersonaBrief } from '../../ai/generator.js';
import type { PersonaRow } from '../../db/rows.js';
import type { Platform } from '../shared/domain.js';
import type { PlatformStrategy } from './persona.validation.js';

/** The persona's identity as every prompt receives it; its version is the row's brief_version. */
export function personaBrief(persona: PersonaRow): PersonaBrief {
  const strategy = persona.platform_strategy as unknown as PlatformStrategy;
  return {
    version: persona.brief_version,
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
    examplePosts: persona.example_posts,
  };
}
