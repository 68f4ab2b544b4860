import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  explainMissing,
  staleVersionMessage,
  statusRefusalDetails,
  statusRefusalOf,
  statusRefusalTitle,
} from './lifecycle-errors';

export interface DescribedError {
  /** Messages keyed by form path (`handle`, `frequency.count`), ready for `form.setErrors`. */
  fieldErrors: Record<string, string>;
  /** What to show above the form or in place of the page. */
  message: string;
}

interface ServerFieldError {
  field: string;
  message: string;
}

/**
 * The server names fields by their argument path (`input.handle`, `input.platformStrategy.goals.2`);
 * forms name them by their value path (`handle`, `platformStrategy.goals`).
 */
function toFormPath(serverField: string): string {
  return serverField
    .split('.')
    .filter((segment, index) => !(index === 0 && segment === 'input'))
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
}

function serverFieldErrors(error: GraphQLFormattedError): ServerFieldError[] {
  const extensions = error.extensions ?? {};
  const listed = extensions['fieldErrors'];
  if (Array.isArray(listed)) return listed as ServerFieldError[];
  const field = extensions['field'];
  return typeof field === 'string' ? [{ field, message: error.message }] : [];
}

// extensions.reason of GENERATION_FAILED, in words that say what the person can do.
const generationReasons: Record<string, string> = {
  REFUSED: 'The model refused this request.',
  MALFORMED: 'The model answered with something unusable.',
  RATE_LIMITED: 'The provider is rate limiting requests; try again in a minute.',
  UNAVAILABLE: 'The generator is unavailable right now; try again later.',
  TIMEOUT: 'The generator took too long to answer; try again.',
  CANCELLED: 'The generation was cancelled.',
};

function describeGenerationFailure(error: GraphQLFormattedError): string {
  const reason = error.extensions?.['reason'];
  const advice = typeof reason === 'string' ? generationReasons[reason] : undefined;
  return [advice, error.message, 'Nothing was changed.'].filter(Boolean).join(' ');
}

/** The reason code of a GENERATION_FAILED error (`TIMEOUT`, `REFUSED`, …), or null for other errors. */
export function generationFailureReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const failure = error.errors.find((entry) => entry.extensions?.['code'] === 'GENERATION_FAILED');
  const reason = failure?.extensions?.['reason'];
  return failure ? (typeof reason === 'string' ? reason : 'UNKNOWN') : null;
}

function messageFor(error: GraphQLFormattedError): string {
  const extensions = error.extensions ?? {};
  switch (extensions['code']) {
    case 'BAD_USER_INPUT':
      return 'Some fields need attention.';
    case 'STALE_VERSION':
      return staleVersionMessage;
    case 'ILLEGAL_STATUS_TRANSITION': {
      const refusal = statusRefusalOf(error);
      return refusal ? `${statusRefusalTitle(refusal)}.` : error.message;
    }
    case 'GENERATION_FAILED':
      return describeGenerationFailure(error);
    case 'RATE_LIMITED':
      // The server says when in words ("try again in 15 minutes").
      return error.message;
    case 'INTERNAL_SERVER_ERROR':
      return `Something went wrong on our side. If it keeps happening, quote reference ${String(
        extensions['requestId'] ?? 'unknown',
      )}.`;
    default:
      return error.message;
  }
}

function describeGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): DescribedError {
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) {
    // A refused status move names what it lacks; each lack goes under the field that fixes
    // it, or under the status when none can (a form without those fields shows it in its summary).
    for (const missing of statusRefusalOf(error)?.missing ?? []) {
      const { field, message } = explainMissing(missing);
      const path = field ?? 'status';
      fieldErrors[path] = fieldErrors[path] ? `${fieldErrors[path]} ${message}` : message;
    }
    const code = error.extensions?.['code'];
    if (code !== 'BAD_USER_INPUT' && code !== 'CONFLICT') continue;
    for (const { field, message } of serverFieldErrors(error)) {
      fieldErrors[toFormPath(field)] ??= message;
    }
  }
  const first = errors[0];
  return { fieldErrors, message: first ? messageFor(first) : 'The request failed.' };
}

export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) return describeGraphQLErrors(error.errors);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { fieldErrors: {}, message: `The server answered with HTTP ${error.statusCode}. Try again.` };
  }
  return { fieldErrors: {}, message: 'Cannot reach the server. Check your connection and try again.' };
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
};

/**
 * One message for an action that has no form to put field errors under (a drag, a button):
 * the reasons themselves rather than "Some fields need attention". A validation error whose
 * message is only `field: reason` gives its reasons; one with its own message keeps it.
 */
export function describeActionError(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return describeError(error).message;
  const first = error.errors[0];
  if (!first) return describeError(error).message;
  const code = first.extensions?.['code'];
  if (code === 'BAD_USER_INPUT') {
    const listed = serverFieldErrors(first);
    const generic = listed.length > 0 && listed.some(({ field }) => first.message.startsWith(`${field}: `));
    return generic ? listed.map(({ message }) => sentence(message)).join(' ') : sentence(first.message);
  }
  if (code === 'ILLEGAL_STATUS_TRANSITION') {
    const refusal = statusRefusalOf(first);
    if (refusal) return statusRefusalDetails(refusal);
  }
  if (code === 'CONFLICT') return sentence(first.message);
  return describeError(error).message;
}
