import * as z from 'zod/mini';
import type { CreatePersonaInput, DisclosureMode, Platform } from '../../../gql/graphql';
import { isPlatform } from '../../../lib/platforms';

/** Mirrors CreatePersonaInput so the server's field paths (`platformStrategy.goals`) match. */
export interface PersonaFormValues {
  name: string;
  handle: string;
  niche: string;
  voice: string;
  style: string;
  personality: string;
  bio: string;
  aesthetic: string;
  platformStrategy: {
    platforms: Platform[];
    postsPerWeek: number | string;
    cadence: string;
    goals: string[];
  };
  topics: string[];
  avoid: string[];
  /** One textarea each; empty ones are dropped on submit. */
  examplePosts: string[];
  timeZone: string;
  /** Voice score below which a caption is flagged (0 to 100). */
  voiceThreshold: number | string;
  /** The written look: face, hair, build, style notes. */
  look: string;
  /** Likeness score below which an image is flagged (0 to 100). */
  imageThreshold: number | string;
  disclosureMode: DisclosureMode;
  disclosureText: string;
}

export interface PersonaFormSource {
  name: string;
  handle: string;
  niche: string;
  voice: string;
  style: string;
  personality: string;
  bio: string;
  aesthetic: string;
  timeZone: string;
  platformStrategy: { platforms: Platform[]; postsPerWeek?: number | null; cadence: string; goals: string[] };
  topics: string[];
  avoid: string[];
  examplePosts: string[];
  voiceThreshold: number;
  look: string;
  imageThreshold: number;
  disclosureMode: DisclosureMode;
  disclosureText: string;
}

/** The server's limits on the brief lists (CreatePersonaInput). */
export const briefLimits = { topics: 30, avoid: 50, examplePosts: 10, termLength: 100, postLength: 2200 } as const;

const briefTerm = z
  .string()
  .check(z.maxLength(briefLimits.termLength, `Keep each under ${briefLimits.termLength} characters`));

/** A whole number from 0 to 100, or '' (what NumberInput gives when empty). */
const optionalPercentLike = z
  .union([z.literal(''), z.number()])
  .check(z.refine((value) => value === '' || (Number.isInteger(value) && value >= 0 && value <= 100), 'Use a whole number from 0 to 100'));

const longText = z.string().check(z.maxLength(2000, 'Keep it under 2,000 characters'));

export const personaFormSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(80, 'Keep it under 80 characters')),
  handle: z.pipe(
    z.string().check(
      z.trim(),
      z.overwrite((handle) => handle.replace(/^@/, '')),
    ),
    z
      .string()
      .check(
        z.minLength(1, 'Enter a handle'),
        z.maxLength(30, 'Keep it under 30 characters'),
        z.regex(/^[A-Za-z0-9._]+$/, 'Use letters, digits, dots and underscores'),
      ),
  ),
  niche: z.string().check(z.trim(), z.minLength(1, 'Enter a niche'), z.maxLength(120, 'Keep it under 120 characters')),
  voice: longText,
  style: longText,
  personality: longText,
  bio: longText,
  aesthetic: longText,
  platformStrategy: z.object({
    platforms: z.array(z.string().check(z.refine(isPlatform, 'Unknown platform'))),
    postsPerWeek: optionalPercentLike,
    cadence: z.string().check(z.maxLength(500, 'Keep it under 500 characters')),
    goals: z
      .array(z.string().check(z.maxLength(120, 'Keep each goal under 120 characters')))
      .check(z.maxLength(10, 'At most 10 goals')),
  }),
  topics: z.array(briefTerm).check(z.maxLength(briefLimits.topics, `At most ${briefLimits.topics} topics`)),
  avoid: z.array(briefTerm).check(z.maxLength(briefLimits.avoid, `At most ${briefLimits.avoid} entries`)),
  examplePosts: z
    .array(z.string().check(z.maxLength(briefLimits.postLength, 'Keep each post under 2,200 characters')))
    .check(z.maxLength(briefLimits.examplePosts, `At most ${briefLimits.examplePosts} example posts`)),
  timeZone: z.string().check(z.minLength(1, 'Choose a time zone')),
  // Empty is saved as the default, 50.
  voiceThreshold: optionalPercentLike,
  look: longText,
  // Empty is saved as the default, 70.
  imageThreshold: optionalPercentLike,
  disclosureMode: z.enum(['OFF', 'AI_MEDIA', 'ALWAYS']),
  disclosureText: z.string().check(z.maxLength(100, 'Keep it under 100 characters')),
});

export function emptyPersonaValues(timeZone: string): PersonaFormValues {
  return {
    name: '',
    handle: '',
    niche: '',
    voice: '',
    style: '',
    personality: '',
    bio: '',
    aesthetic: '',
    platformStrategy: { platforms: [], postsPerWeek: '', cadence: '', goals: [] },
    topics: [],
    avoid: [],
    examplePosts: [],
    timeZone,
    voiceThreshold: 50,
    look: '',
    imageThreshold: 70,
    disclosureMode: 'AI_MEDIA',
    disclosureText: 'Made with AI.',
  };
}

export function personaToFormValues(persona: PersonaFormSource): PersonaFormValues {
  const { platformStrategy } = persona;
  return {
    name: persona.name,
    handle: persona.handle,
    niche: persona.niche,
    voice: persona.voice,
    style: persona.style,
    personality: persona.personality,
    bio: persona.bio,
    aesthetic: persona.aesthetic,
    platformStrategy: {
      platforms: [...platformStrategy.platforms],
      postsPerWeek: platformStrategy.postsPerWeek ?? '',
      cadence: platformStrategy.cadence,
      goals: [...platformStrategy.goals],
    },
    topics: [...persona.topics],
    avoid: [...persona.avoid],
    examplePosts: [...persona.examplePosts],
    timeZone: persona.timeZone,
    voiceThreshold: persona.voiceThreshold,
    look: persona.look,
    imageThreshold: persona.imageThreshold,
    disclosureMode: persona.disclosureMode,
    disclosureText: persona.disclosureText,
  };
}

const trimmedList = (entries: string[]) => entries.map((entry) => entry.trim()).filter(Boolean);

/** The same shape serves create and update: the editor always sends every field. */
export function formValuesToInput(values: PersonaFormValues): CreatePersonaInput {
  const { platformStrategy } = values;
  return {
    name: values.name.trim(),
    handle: values.handle.trim().replace(/^@/, ''),
    niche: values.niche.trim(),
    voice: values.voice.trim(),
    style: values.style.trim(),
    personality: values.personality.trim(),
    bio: values.bio.trim(),
    aesthetic: values.aesthetic.trim(),
    platformStrategy: {
      platforms: platformStrategy.platforms,
      postsPerWeek: platformStrategy.postsPerWeek === '' ? null : Number(platformStrategy.postsPerWeek),
      cadence: platformStrategy.cadence.trim(),
      goals: platformStrategy.goals.map((goal) => goal.trim()).filter(Boolean),
    },
    topics: trimmedList(values.topics),
    avoid: trimmedList(values.avoid),
    examplePosts: trimmedList(values.examplePosts),
    timeZone: values.timeZone,
    voiceThreshold: values.voiceThreshold === '' ? 50 : Number(values.voiceThreshold),
    look: values.look.trim(),
    imageThreshold: values.imageThreshold === '' ? 70 : Number(values.imageThreshold),
    disclosureMode: values.disclosureMode,
    disclosureText: values.disclosureText.trim(),
  };
}
