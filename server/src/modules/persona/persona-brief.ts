import type { PersonaBrief } from '../../ai/generator.js';
import type { PersonaRow } from '../../db/rows.js';
import type { Platform } from '../shared/domain.js';
import { briefFieldsOf } from './brief-versions.js';

/** The persona's identity as every prompt receives it; its version is the row's briefVersion. */
export function personaBrief(persona: PersonaRow): PersonaBrief {
  const { platformStrategy, ...fields } = briefFieldsOf(persona);
  return {
    version: persona.briefVersion,
    ...fields,
    platforms: platformStrategy.platforms as Platform[],
    goals: platformStrategy.goals,
  };
}
