import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError as GraphQLErrorType,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { graphqlProtection } from '../graphql/protection.js';
import { isAllowedOrigin } from '../http/origin.js';
import type { Viewer } from '../modules/shared/service-context.js';
import { requestScope } from '../request-scope.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

/** A parse or validation error as HTTP answers it: with a code, and nothing else. */
function documentError(error: unknown, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLErrorType {
  const { message, nodes, source, positions } = error instanceof GraphQLError ? error : new GraphQLError('Invalid document');
  return new GraphQLError(message, { nodes, source, positions, extensions: { code } });
}

/** graphql-ws on the HTTP server's port and path; sockets authenticate in connection_init. */
export function attachGraphqlWs(httpServer: Server, schema: GraphQLSchema, deps: ContextDeps) {
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ req }: { req: Parameters<typeof isAllowedOrigin>[0] }) =>
      isAllowedOrigin(req, deps.config.ALLOWED_ORIGINS),
  });
  const viewers = new WeakMap<object, Viewer>();
  // Operations over the socket meet the same document limits as over HTTP (Apollo applies
  // them there), before anything runs, and their errors follow the same scheme.
  const protection = graphqlProtection(deps.config);
  const rules = [...specifiedRules, ...protection.validationRules];
  const cleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, protection.parseOptions);
        } catch (error) {
          return [documentError(error, 'GRAPHQL_PARSE_FAILED')];
        }
        let errors: readonly GraphQLErrorType[];
        try {
          errors = validate(schema, document, rules, { hideSuggestions: true });
        } catch (error) {
          // graphql-armor's limit rules throw their rejection instead of reporting it.
          errors = [error as GraphQLErrorType];
        }
        if (errors.length) return errors.map((error) => documentError(error, 'GRAPHQL_VALIDATION_FAILED'));
        try {
          protection.checkCost(schema, document, payload.operationName, payload.variables);
        } catch (error) {
          return [documentError(error, 'GRAPHQL_VALIDATION_FAILED')];
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return undefined;
        const { requestId } = args.contextValue as GraphQLContext;
        // Errors without a path come before execution: variables that do not fit their types.
        const errors = requestScope.run({ requestId }, () =>
          result.errors!.map((error) =>
            error.path ? formatError(deps.logger, error.toJSON(), error) : { message: error.message, extensions: { code: 'BAD_USER_INPUT' } },
          ),
        );
        return { ...result, errors };
      },
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const viewer = await resolveViewer(deps, typeof authorization === 'string' ? authorization : null);
        if (!viewer) return false;
        viewers.set(ctx.extra, viewer);
        return true;
      },
      context: (ctx) =>
        buildContext(deps, {
          requestId: randomUUID(),
          clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          viewer: viewers.get(ctx.extra) ?? null,
        }),
    },
    wss,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
