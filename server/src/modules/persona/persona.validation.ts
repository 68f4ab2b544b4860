import { DISCLOSURE_MODES } from '../disclosure/disclosure.js';
import { z } from 'zod';
import { PLATFORMS, type PlatformStrategy } from '../shared/domain.js';
import { text, timeZoneSchema } from '../shared/validation.js';

const identity = 2000;

const platformStrategySchema = z.object({
  platforms: z
    .array(z.enum(PLATFORMS))
    .max(PLATFORMS.length)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a platform'),
  postsPerWeek: z.number().int().min(0, 'must be 0 or more').max(200, 'must be at most 200').nullish(),
  cadence: text(500).nullish(),
  goals: z.array(text(200, { min: 1, label: 'A goal' })).max(20, 'at most 20 goals').nullish(),
});

export function normalizeStrategy(input: z.infer<typeof platformStrategySchema>): PlatformStrategy {
  return {
    platforms: input.platforms,
    postsPerWeek: input.postsPerWeek ?? null,
    cadence: input.cadence ?? '',
    goals: input.goals ?? [],
  };
}

const handle = z
  .string()
  .trim()
  .transform((value) => value.replace(/^@/, ''))
  .pipe(
    z
      .string()
      .min(1, 'Handle is required')
      .max(30, 'must be at most 30 characters')
      .regex(/^[A-Za-z0-9._]+$/, 'may contain only letters, digits, dots and underscores'),
  );

const phrases = (maxItems: number, maxLength: number, label: string) =>
  z
    .array(text(maxLength, { min: 1, label }))
    .max(maxItems, `at most ${maxItems} entries`)
    .refine((list) => new Set(list.map((entry) => entry.toLowerCase())).size === list.length, 'must not repeat an entry');

const fields = {
  name: text(80, { min: 1, label: 'Name' }),
  handle,
  niche: text(120, { min: 1, label: 'Niche' }),
  voice: text(identity),
  style: text(identity),
  personality: text(identity),
  bio: text(identity),
  aesthetic: text(identity),
  platformStrategy: platformStrategySchema,
  timeZone: timeZoneSchema,
  topics: phrases(30, 100, 'A topic'),
  avoid: phrases(50, 100, 'An entry'),
  examplePosts: z.array(text(2200, { min: 1, label: 'An example post' })).max(10, 'at most 10 example posts'),
  voiceThreshold: z.number().int('must be a whole number').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
  imageThreshold: z.number().int('must be a whole number').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
  look: text(2000),
  disclosureMode: z.enum(DISCLOSURE_MODES, { message: 'must be OFF, AI_MEDIA or ALWAYS' }),
  disclosureText: text(100),
};

export const createPersonaSchema = z.object({
  name: fields.name,
  handle: fields.handle,
  niche: fields.niche,
  voice: fields.voice.nullish(),
  style: fields.style.nullish(),
  personality: fields.personality.nullish(),
  bio: fields.bio.nullish(),
  aesthetic: fields.aesthetic.nullish(),
  platformStrategy: fields.platformStrategy.nullish(),
  timeZone: fields.timeZone.nullish(),
  topics: fields.topics.nullish(),
  avoid: fields.avoid.nullish(),
  examplePosts: fields.examplePosts.nullish(),
  voiceThreshold: fields.voiceThreshold.nullish(),
  imageThreshold: fields.imageThreshold.nullish(),
  look: fields.look.nullish(),
  disclosureMode: fields.disclosureMode.nullish(),
  disclosureText: fields.disclosureText.nullish(),
});

export const updatePersonaSchema = z.object({
  name: fields.name.nullish(),
  handle: fields.handle.nullish(),
  niche: fields.niche.nullish(),
  voice: fields.voice.nullish(),
  style: fields.style.nullish(),
  personality: fields.personality.nullish(),
  bio: fields.bio.nullish(),
  aesthetic: fields.aesthetic.nullish(),
  platformStrategy: fields.platformStrategy.nullish(),
  timeZone: fields.timeZone.nullish(),
  topics: fields.topics.nullish(),
  avoid: fields.avoid.nullish(),
  examplePosts: fields.examplePosts.nullish(),
  voiceThreshold: fields.voiceThreshold.nullish(),
  imageThreshold: fields.imageThreshold.nullish(),
  look: fields.look.nullish(),
  disclosureMode: fields.disclosureMode.nullish(),
  disclosureText: fields.disclosureText.nullish(),
});
