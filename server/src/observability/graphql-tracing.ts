import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { tracingEnabled } from './tracing.js';

/**
 * A span per GraphQL operation over HTTP, named by its type and name ("query Board"), with the
 * error codes it answered. It sits beside the request's SQL spans under the HTTP span: Apollo's
 * hooks cannot make it the active span for the resolvers.
 */
export const graphqlTracingPlugin: ApolloServerPlugin = {
  requestDidStart: async () => {
    if (!tracingEnabled()) return undefined;
    const span = trace.getTracer('doppelcart').startSpan('graphql');
    return {
      didResolveOperation: async ({ operation, operationName }) => {
        const type = operation?.operation ?? 'unknown';
        span.updateName(`${type} ${operationName ?? 'anonymous'}`);
        span.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': operationName ?? '' });
      },
      didEncounterErrors: async ({ errors }) => {
        const codes = [...new Set(errors.map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR')))];
        span.setAttribute('graphql.error.codes', codes);
        span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
      },
      willSendResponse: async () => {
        span.end();
      },
    };
  },
};
