import { z } from 'zod';
import { ValidationError } from '../../errors.js';

/** Parses input at the edge; every problem becomes a field error such as `input.endDate`. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  prefix = 'input',
): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      message: issue.message,
    })),
  );
}

const timeZones = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

function isTimeZone(value: string): boolean {
  if (timeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin');

/** Optional text that the client may send as null to mean "leave unchanged". */
export function text(max: number, { min = 0, label = 'text' } = {}) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? `${label} is required` : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
}

/** Drops keys whose value is null or undefined, so partial updates touch only what was sent. */
export function definedOnly<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}
