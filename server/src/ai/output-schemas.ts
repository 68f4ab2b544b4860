import { z } from 'zod';

// What the model must return, as zod schemas: sent to the model as JSON Schema (structured
// outputs) and checked again on the way back, since a compatible server may ignore the schema.

export const ideaSchema = z.object({
  title: z.string().trim().min(1).max(200),
  caption: z.string().trim().max(10_000),
  hashtags: z.array(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u).max(100)).max(60),
  imagePrompt: z.string().trim().min(1).max(4000),
  // The beat or fact id the idea uses, from its slot's list; empty when none (or left out by a
  // compatible server that ignores the schema).
  canonRef: z.string().trim().max(100).default(''),
});

export const ideasSchema = z.object({ ideas: z.array(ideaSchema).min(1).max(200) });

export const likenessSchema = z.object({
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.string().trim().min(1).max(300)).min(1).max(5),
});

export const contradictionsSchema = z.object({
  contradictions: z.array(z.object({ factId: z.string().trim().max(100), explanation: z.string().trim().min(1).max(300) })).max(10),
});

export const captionSchema = z.object({ caption: z.string().trim().min(1).max(10_000) });

/** The JSON Schema form of `schema` for an OpenAI `response_format` (strict mode). */
export function jsonSchemaFor(name: string, schema: z.ZodType) {
  return {
    type: 'json_schema' as const,
    json_schema: { name, strict: true, schema: z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown> },
  };
}
