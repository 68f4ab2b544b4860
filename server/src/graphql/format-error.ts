import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { currentRequestId } from '../request-scope.js';

// Codes produced by GraphQL itself (parse, validation, limits) or by our scalars and errors
// are safe to show; everything else is an unexpected failure and reaches the client as a
// generic message with the request id, while the log keeps the cause.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Outcomes an operator watches for abuse: a failed sign-in, a rate limit hit, a NOT_FOUND (ids
 * of other users' data answer exactly like missing ones, so a burst of them is someone probing).
 * One line each, with the request id; counting them by rate is the log pipeline's job.
 */
function logSecurityEvent(logger: Logger, error: AppError, path: GraphQLFormattedError['path']) {
  const operation = path?.[0];
  const requestId = currentRequestId();
  if (error.code === 'RATE_LIMITED') logger.warn({ requestId, operation, event: 'rate_limited' }, 'rate limit hit');
  else if (error.code === 'NOT_FOUND') logger.info({ requestId, operation, event: 'not_found' }, 'not found (or not theirs)');
  else if (error.code === 'BAD_USER_INPUT' && (operation === 'signIn' || operation === 'changePassword')) {
    logger.warn({ requestId, operation, event: 'password_refused' }, 'a password was refused');
  }
}

export function formatError(logger: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    logSecurityEvent(logger, original, formatted.path);
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...original.extensions },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const requestId = currentRequestId();
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: `Internal server error (request ${requestId})`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
