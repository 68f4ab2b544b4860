import { z } from 'zod';
import { parseCalendarDate } from '../content-plan/target-post-count.js';

export const CANON_FACT_KINDS = ['person', 'pet', 'place', 'work', 'possession', 'event'] as const;

const calendarDate = z.string().refine((value) => parseCalendarDate(value) !== null, 'must be a date as YYYY-MM-DD');
const text = (max: number, label: string, min = 1) =>
  z.string().trim().min(min, `${label} must not be empty`).max(max, `must be at most ${max} characters`);

const factFields = {
  kind: z.enum(CANON_FACT_KINDS, { message: `must be one of ${CANON_FACT_KINDS.join(', ')}` }),
  subject: text(80, 'The subject'),
  descriptor: z.string().trim().max(40, 'must be at most 40 characters'),
  statement: text(300, 'The statement'),
  validFrom: calendarDate.nullish(),
  validUntil: calendarDate.nullish(),
};

function datesInOrder(fact: { kind?: string; validFrom?: string | null; validUntil?: string | null }, context: z.RefinementCtx) {
  if (fact.validFrom && fact.validUntil && fact.validUntil < fact.validFrom) {
    context.addIssue({ code: 'custom', path: ['validUntil'], message: 'must not be before validFrom' });
  }
  if (fact.kind === 'event' && !fact.validFrom) context.addIssue({ code: 'custom', path: ['validFrom'], message: 'an event needs its date' });
}

export const createFactSchema = z
  .object({ personaId: z.string(), ...factFields, descriptor: factFields.descriptor.default('') })
  .superRefine(datesInOrder);

export const updateFactSchema = z.object({
  kind: factFields.kind.nullish(),
  subject: factFields.subject.nullish(),
  descriptor: factFields.descriptor.nullish(),
  statement: factFields.statement.nullish(),
  validFrom: factFields.validFrom,
  validUntil: factFields.validUntil,
});

/** Beats in the order given, which must be the order of their dates. */
const beatsSchema = z
  .array(z.object({ title: text(200, 'A beat'), onDate: calendarDate }))
  .max(50, 'at most 50 beats')
  .superRefine((beats, context) => {
    beats.forEach((beat, index) => {
      if (index > 0 && beat.onDate < beats[index - 1]!.onDate) {
        context.addIssue({ code: 'custom', path: [index, 'onDate'], message: 'beats must be in date order' });
      }
    });
  });

export const createArcSchema = z.object({
  personaId: z.string(),
  title: text(120, 'The title'),
  description: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
  beats: beatsSchema.default([]),
});

export const updateArcSchema = z.object({
  title: text(120, 'The title').nullish(),
  description: z.string().trim().max(1000, 'must be at most 1000 characters').nullish(),
  beats: beatsSchema.nullish(),
});

export { datesInOrder };
