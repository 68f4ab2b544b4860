import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildContext, resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import type { TrustedDocuments } from '../graphql/trusted-documents.js';
import { isAllowedOrigin } from '../http/origin.js';
import type { Viewer } from '../modules/shared/service-context.js';
import { requestScope } from '../request-scope.js';
import { nextFrameWriter, type NextFrameWriter } from './next-frames.js';
import { sharedSubscriptions } from './shared-subscriptions.js';
import { socketOperationPreparer } from './ws-operation.js';

const MAX_MESSAGE_BYTES = 64 * 1024;
/**
 * Sent when this instance's event listener lost its database connection and got it back:
 * changes made meanwhile reached no subscriber. Clients reconnect (graphql-ws retries this
 * code), refetch what they show, and subscribe again, so nothing is silently missed.
 */
export const RESYNC_CLOSE_CODE = 4205;
const CONNECTION_INIT_TIMEOUT_MS = 5_000;

interface SocketState {
  viewer: Viewer;
  socket: WebSocket;
  operations: Set<string>;
}

/** A client sending faster than this, sustained, is closed: one socket must not starve the rest. */
const MESSAGES_PER_SECOND = 50;
const MESSAGE_BURST = 200;
const POLICY_VIOLATION = 1008;

/**
 * Per-socket guards graphql-ws does not have. Its own socket 'error' listener prints a stack
 * trace to stderr; the only errors a socket emits are a client's protocol violations (an
 * oversized or malformed frame), which ws answers with the right close code (1009, 1002)
 * itself, so they are logged as one JSON line instead. Messages are metered by a token bucket.
 */
function guardSocket(socket: WebSocket, deps: ContextDeps) {
  socket.removeAllListeners('error');
  socket.on('error', (error: Error & { code?: string }) => {
    deps.logger.warn({ code: error.code, reason: error.message }, 'websocket closed: the client broke the protocol');
  });
  let tokens = MESSAGE_BURST;
  let refilledAt = Date.now();
  socket.on('message', () => {
    const now = Date.now();
    tokens = Math.min(MESSAGE_BURST, tokens + ((now - refilledAt) / 1000) * MESSAGES_PER_SECOND);
    refilledAt = now;
    tokens -= 1;
    if (tokens >= 0 || socket.readyState !== socket.OPEN) return;
    deps.logger.warn({ limit: MESSAGES_PER_SECOND }, 'websocket closed: too many messages');
    socket.close(POLICY_VIOLATION, 'Too many messages');
  });
}

/**
 * graphql-ws on the HTTP server's port and path. Sockets authenticate in connection_init
 * (token in connectionParams), meet the HTTP limits per operation, hold a bounded number of
 * subscriptions, and are closed (4401) on every instance when their session is signed out.
 */
export function attachGraphqlWs(httpServer: Server, schema: GraphQLSchema, deps: ContextDeps, trustedDocuments: TrustedDocuments) {
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ req }: { req: Parameters<typeof isAllowedOrigin>[0] }) =>
      isAllowedOrigin(req, deps.config.ALLOWED_ORIGINS),
  });
  const sockets = new WeakMap<object, SocketState>();
  const bySession = new Map<string, Set<SocketState>>();
  const prepare = socketOperationPreparer(schema, deps.config, { documents: trustedDocuments, policy: deps.config.GRAPHQL_DOCUMENTS });
  // Each operation's context, to the writer of its frames (see sharedSubscriptions).
  const writers = new WeakMap<object, NextFrameWriter>();

  /** A result as the `next` payload: errors reported as HTTP reports them. */
  const nextPayload = (result: ExecutionResult, contextValue: unknown): FormattedExecutionResult | undefined => {
    if (!result.errors) return undefined;
    const { requestId } = contextValue as GraphQLContext;
    // Errors without a path come before execution: variables that do not fit their types.
    const errors = requestScope.run({ requestId }, () =>
      result.errors!.map((error) =>
        error.path ? formatError(deps.logger, error.toJSON(), error) : { message: error.message, extensions: { code: 'BAD_USER_INPUT' } },
      ),
    );
    return { ...result, errors };
  };

  const stopListening = deps.notifier.subscribe((event) => {
    if (event.type !== 'session_revoked') return;
    for (const state of bySession.get(event.sessionId) ?? []) state.socket.close(CloseCode.Unauthorized, 'Signed out');
  });

  const stopResync = deps.notifier.onResync(() => {
    for (const client of wss.clients) client.close(RESYNC_CLOSE_CODE, 'Live updates were interrupted: refetch, then subscribe again');
  });

  const cleanup = useServer<Record<string, unknown>, Record<PropertyKey, never>>(
    {
      schema,
      subscribe: sharedSubscriptions(deps.logger, {
        writerFor: (args) => writers.get(args.contextValue as object),
        serialise: (result, args) => Buffer.from(JSON.stringify(nextPayload(result, args.contextValue) ?? result)),
      }),
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const viewer = await resolveViewer(deps, typeof authorization === 'string' ? authorization : null);
        if (!viewer) return false;
        const state: SocketState = { viewer, socket: ctx.extra.socket, operations: new Set() };
        sockets.set(ctx.extra, state);
        const sessionSockets = bySession.get(viewer.sessionId) ?? new Set();
        bySession.set(viewer.sessionId, sessionSockets.add(state));
        return true;
      },
      onDisconnect: (ctx) => {
        const state = sockets.get(ctx.extra);
        if (!state) return;
        const sessionSockets = bySession.get(state.viewer.sessionId);
        sessionSockets?.delete(state);
        if (sessionSockets?.size === 0) bySession.delete(state.viewer.sessionId);
      },
      onSubscribe: (ctx, id, payload) => {
        const state = sockets.get(ctx.extra);
        if (state && state.operations.size >= deps.config.MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(`At most ${deps.config.MAX_SUBSCRIPTIONS_PER_SOCKET} operations per connection`, {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const prepared = prepare(payload);
        if (!Array.isArray(prepared)) state?.operations.add(id);
        return prepared;
      },
      onComplete: (ctx, id) => {
        sockets.get(ctx.extra)?.operations.delete(id);
      },
      onNext: (_ctx, _id, _payload, args, result) => nextPayload(result, args.contextValue),
      context: (ctx, id) => {
        const contextValue = buildContext(deps, {
          requestId: randomUUID(),
          clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          viewer: sockets.get(ctx.extra)?.viewer ?? null,
        });
        writers.set(contextValue, nextFrameWriter(ctx.extra.socket, id));
        return contextValue;
      },
    },
    wss,
  );
  wss.on('connection', (socket) => guardSocket(socket, deps));
  return {
    socketCount: () => wss.clients.size,
    close: async () => {
      stopListening();
      stopResync();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
