import { humanDuration } from './human-duration.js';

// Outcomes a caller can act on. The GraphQL layer turns them into errors with
// `extensions.code` (see schema.graphql); anything else is an unexpected error.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'STALE_VERSION'
  | 'ILLEGAL_STATUS_TRANSITION'
  | 'GENERATION_FAILED';

export interface FieldError {
  /** Path of the offending argument, e.g. `input.endDate`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(readonly fieldErrors: FieldError[]) {
    const [first] = fieldErrors;
    super('BAD_USER_INPUT', first ? `${first.field}: ${first.message}` : 'Invalid input', {
      field: first?.field,
      fieldErrors,
    });
  }
}

export function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ field, message }]);
}

export class NotFoundError extends AppError {
  constructor(what: string, field: string) {
    super('NOT_FOUND', `${what} not found`, { field });
  }
}

export class ConflictError extends AppError {
  constructor(field: string, message: string) {
    super('CONFLICT', message, { field });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super('UNAUTHENTICATED', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts; try again in ${humanDuration(retryAfterSeconds)}`, {
      retryAfterSeconds,
    });
  }
}

export class StaleVersionError extends AppError {
  constructor(currentVersion: number) {
    super('STALE_VERSION', 'This item was changed by someone else since you loaded it; reload and try again', {
      field: 'expectedVersion',
      currentVersion,
    });
  }
}

export class IllegalTransitionError extends AppError {
  constructor(from: string | null, to: string, missing: string[]) {
    const fromName = from?.toUpperCase() ?? 'a new item';
    super('ILLEGAL_STATUS_TRANSITION', `Cannot move from ${fromName} to ${to.toUpperCase()}: needs ${missing.join('; ')}`, {
      from: from?.toUpperCase() ?? null,
      to: to.toUpperCase(),
      missing,
    });
  }
}

export class GenerationFailedError extends AppError {
  constructor(message: string, reason: string) {
    super('GENERATION_FAILED', message, { reason: reason.toUpperCase() });
  }
}

/** What a person reads when one of many actions was refused: the problems, without field paths. */
export function reasonOf(error: AppError): string {
  return error instanceof ValidationError ? error.fieldErrors.map((problem) => problem.message).join('; ') : error.message;
}
