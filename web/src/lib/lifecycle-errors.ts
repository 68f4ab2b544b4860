import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ContentItemStatus } from '../gql/graphql';
import { contentStatuses, isContentStatus } from './content-status';

// The two refusals of the content lifecycle (see the error codes in schema.graphql):
// ILLEGAL_STATUS_TRANSITION says which move and what it lacks, STALE_VERSION says the item
// changed since the version the edit was based on.

export const staleVersionMessage = 'Someone else changed this item; reload to see their changes.';

export interface StatusRefusal {
  from: ContentItemStatus | null;
  to: ContentItemStatus | null;
  /** What the move lacks, as the server words it (`caption`, `scheduledAt in the future`, …). */
  missing: string[];
}

export interface MissingExplained {
  /** The form field that can fix it, when one can. */
  field: 'caption' | 'scheduledAt' | null;
  message: string;
}

function graphQLErrors(error: unknown): ReadonlyArray<GraphQLFormattedError> {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

function asStatus(value: unknown): ContentItemStatus | null {
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return isContentStatus(upper) ? upper : null;
}

export function statusRefusalOf(error: GraphQLFormattedError): StatusRefusal | null {
  const extensions = error.extensions ?? {};
  if (extensions['code'] !== 'ILLEGAL_STATUS_TRANSITION') return null;
  const missing = extensions['missing'];
  return {
    from: asStatus(extensions['from']),
    to: asStatus(extensions['to']),
    missing: Array.isArray(missing) ? missing.filter((entry): entry is string => typeof entry === 'string') : [],
  };
}

export function findStatusRefusal(error: unknown): StatusRefusal | null {
  for (const graphQLError of graphQLErrors(error)) {
    const refusal = statusRefusalOf(graphQLError);
    if (refusal) return refusal;
  }
  return null;
}

export function isStaleVersion(error: unknown): boolean {
  return graphQLErrors(error).some((graphQLError) => graphQLError.extensions?.['code'] === 'STALE_VERSION');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Turns one `missing` entry into a sentence, and names the field that fixes it. */
export function explainMissing(missing: string): MissingExplained {
  if (missing === 'caption') return { field: 'caption', message: 'Write a caption first.' };
  if (/^(caption of|at most)/.test(missing)) return { field: 'caption', message: `Needs a ${missing}.` };
  if (missing.startsWith('scheduledAt')) return { field: 'scheduledAt', message: 'Pick a time in the future.' };
  if (missing.startsWith('voice: ')) {
    // "voice: score 34 is below the persona's threshold 50 (reason); rewrite the caption or give an override reason"
    const detail = missing.slice('voice: '.length).replace(/; rewrite the caption or give an override reason$/, '');
    return { field: 'caption', message: `The caption does not sound like the persona: ${detail}. Rewrite it, or give a reason to go on anyway.` };
  }
  if (missing.startsWith('image: ')) {
    // "image: score 41 is below the persona's threshold 70 (reason); choose another image or give an override reason"
    const detail = missing.slice('image: '.length).replace(/; choose another image or give an override reason$/, '');
    return { field: null, message: `The image does not look like the persona: ${detail}. Choose another image, or give a reason to go on anyway.` };
  }
  if (missing.startsWith('canon: ')) {
    // "canon: Miso is the persona's dog since 2025-01-01 (…), not a cat; change the caption or the canon, or give an override reason"
    const detail = missing.slice('canon: '.length).replace(/; change the caption or the canon, or give an override reason$/, '');
    return { field: 'caption', message: `The caption contradicts the persona's canon: ${detail}. Change the caption or the canon, or give a reason to go on anyway.` };
  }
  if (missing.startsWith('a channel to publish on')) {
    return { field: null, message: 'This platform publishes through a channel: use “Publish on a channel…” instead.' };
  }
  return { field: null, message: `${capitalize(missing)}.` };
}

const label = (status: ContentItemStatus | null) => (status ? contentStatuses[status].label : 'another status');

/** A headline for the refusal, e.g. `Cannot move from Draft to Ready`. */
export function statusRefusalTitle({ from, to }: StatusRefusal): string {
  return `Cannot move from ${label(from)} to ${label(to)}`;
}

/** The identity lock's checks a refusal can name; an override with a reason lets the move through. */
export type LockCheck = 'voice' | 'image' | 'canon';

const LOCK_CHECKS: readonly LockCheck[] = ['voice', 'image', 'canon'];

/** The lock's checks the refusal names, when nothing else refused it; null otherwise. */
export function lockOnlyRefusal(refusal: StatusRefusal): LockCheck[] | null {
  const checks = refusal.missing.map((missing) => LOCK_CHECKS.find((check) => missing.startsWith(`${check}: `)) ?? null);
  if (!checks.length || checks.includes(null)) return null;
  return [...new Set(checks as LockCheck[])];
}

/** Everything the move lacks, one sentence each. */
export function statusRefusalDetails(refusal: StatusRefusal): string {
  const sentences = refusal.missing.map((missing) => explainMissing(missing).message);
  return sentences.length ? sentences.join(' ') : 'The lifecycle does not allow this move.';
}
