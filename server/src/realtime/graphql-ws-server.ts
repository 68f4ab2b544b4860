import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import { isAllowedOrigin } from '../http/origin.js';
import type { Viewer } from '../modules/shared/service-context.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

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
  const cleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
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
