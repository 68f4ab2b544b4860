import { randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type pg from 'pg';
import { keepPostsInStep } from '../modules/scheduling/keep-posts-in-step.js';
import { buildContext, resolveViewer, type ContextDeps } from '../graphql/build-context.js';
import type { Viewer } from '../modules/shared/service-context.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { graphqlProtection } from '../graphql/protection.js';
import { loadTrustedDocuments } from '../graphql/trusted-documents.js';
import { compiledExecution } from '../graphql/compiled-execution.js';
import { buildSchema } from '../graphql/schema.js';
import { graphqlTracingPlugin } from '../observability/graphql-tracing.js';
import { createMetrics, routeOf } from '../observability/metrics.js';
import { traceRequests } from '../observability/tracing.js';
import { attachGraphqlWs } from '../realtime/graphql-ws-server.js';
import { requestScope } from '../request-scope.js';
import { pingDatabase } from '../db/health.repository.js';
import { accessLog } from './access-log.js';
import { inFlightRequests } from './in-flight.js';
import { isAllowedOrigin } from './origin.js';
import { securityHeaders } from './security-headers.js';
import { assetRoutes } from './asset-routes.js';
import { channelRoutes } from './channel-routes.js';
import { uploadRoutes } from './upload-routes.js';
import { graphqlDocuments } from './graphql-documents.js';
import { spaRouter } from './spa.js';
import { webBuildIdReader } from './web-build-id.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Malformed or oversized bodies answer like GraphQL errors, never with a stack trace. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  if (status === 413 || status === 400) {
    res.status(status).json({
      errors: [{ message: status === 413 ? 'Request body too large' : 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  next(error);
};

/** Below this, compressing costs more than it saves. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** The longest shutdown waits for running requests before closing what they use. */
const DRAIN_TIMEOUT_MS = 15_000;

/** Compares a presented bearer token with the expected one in constant time. */
function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const presented = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
  const wanted = Buffer.from(expected);
  return presented.length === wanted.length && timingSafeEqual(presented, wanted);
}

/** API (HTTP + WebSocket GraphQL) and the built SPA on one port. */
export async function startHttpServer(
  services: Omit<ContextDeps, 'itemWriteGuard'>,
  options: { port: number; host: string; webDistDir: string; pool?: pg.Pool },
): Promise<RunningServer> {
  // The composition root for features that add to each other's writes (see ItemWriteGuard).
  const deps: ContextDeps = { ...services, itemWriteGuard: keepPostsInStep };
  const { config, logger } = deps;
  let ws: ReturnType<typeof attachGraphqlWs> | undefined = undefined;
  const metrics = createMetrics({
    db: deps.db,
    logger,
    pool: options.pool,
    sockets: () => ws?.socketCount() ?? 0,
    subscriptions: () => deps.notifier.subscriberCount,
    onEventLag: (listener) => deps.notifier.onDeliveryLag(listener),
  });
  const schema = buildSchema();
  const app = express();
  // Behind a reverse proxy the client's address is in X-Forwarded-For; rate limits key on it.
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = http.createServer(app);
  const protection = graphqlProtection(config);
  const trustedDocuments = loadTrustedDocuments(config.TRUSTED_DOCUMENTS_FILE, config.GRAPHQL_DOCUMENTS);
  const apollo = new ApolloServer<GraphQLContext>({
    // Compiled execution (graphql-jit) of the one local schema, through Apollo's gateway hook.
    gateway: compiledExecution(schema),
    plugins: [
      ...protection.plugins,
      metrics.apolloPlugin,
      graphqlTracingPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin by default, which wraps every field's resolver
      // to read @cacheControl hints; the schema has none and every answer is per user.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // main.ts owns shutdown (HTTP, then the pool, then the embedded database); Apollo's own
    // signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The web app's documents come by hash from the codegen manifest (graphqlDocuments), so
    // clients cannot fill a store of their own.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(logger, formatted, error),
  });
  await apollo.start();
  ws = attachGraphqlWs(httpServer, schema, deps, trustedDocuments);
  const sockets = ws;

  app.disable('x-powered-by');
  const inFlight = inFlightRequests();
  app.use(inFlight.middleware);
  app.use(traceRequests(routeOf));
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestScope.run({ requestId }, next);
  });
  app.use(metrics.http);
  app.use(accessLog(logger));
  app.use(securityHeaders);
  // API answers over 1 KB go out compressed (brotli at a fast level, or gzip) when the client
  // takes it; the web app's files come compressed from the build (spa.ts) and pass untouched.
  app.use(compression({ threshold: COMPRESSION_THRESHOLD_BYTES }));
  // Prometheus scrapes with METRICS_TOKEN as a bearer token; without one set, there are no metrics to read.
  app.get('/metrics', async (req, res) => {
    if (!config.METRICS_TOKEN) return void res.status(404).end();
    if (!bearerMatches(req.headers.authorization, config.METRICS_TOKEN)) return void res.status(401).json({ error: 'bearer token required' });
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await metrics.scrape());
  });
  // Pages probe this to tell an outage (no answer) from a deploy (another web build) and to
  // reconnect as soon as the server is back, so it is cheap and never cached.
  const webBuildId = webBuildIdReader(options.webDistDir);
  // Liveness: the process answers. Deliberately not the database, so an outage does not get
  // every replica restarted; readiness (/healthz) includes it.
  app.get('/livez', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      await pingDatabase(deps.db);
      res.json({ status: 'ok', build: await webBuildId() });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use('/graphql', (req, res, next) => {
    if (!isAllowedOrigin(req, config.ALLOWED_ORIGINS)) {
      logger.warn({ origin: req.headers.origin, ip: req.ip, event: 'origin_refused' }, 'request from another origin refused');
      res.status(403).json({ errors: [{ message: 'Origin not allowed', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    next();
  });
  // The session first: the document policy depends on it, and Apollo's context reuses it.
  const resolveSession: RequestHandler = async (req, res, next) => {
    let viewer: Viewer | null;
    try {
      viewer = await resolveViewer(deps, req.headers.authorization);
    } catch (error) {
      res.status(500).json({ errors: [formatError(logger, { message: 'Session lookup failed' }, error)] });
      return;
    }
    res.locals['viewer'] = viewer;
    res.locals['userId'] = viewer?.userId;
    // Answers are per user: no cache may keep them (Apollo's cache-control plugin, which said
    // so, is off).
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_REQUEST_BYTES }),
    bodyErrors,
    resolveSession,
    graphqlDocuments(trustedDocuments, config.GRAPHQL_DOCUMENTS),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = res.locals['viewer'] as Viewer | null;
        return buildContext(deps, {
          requestId: String(req.res?.getHeader('X-Request-Id') ?? randomUUID()),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          viewer,
          setCookie: (name, value, { path, maxAgeSeconds }) =>
            res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure: req.secure, path, maxAge: maxAgeSeconds * 1000 }),
        });
      },
    }),
  );
  app.use(assetRoutes(deps));
  app.use(uploadRoutes(deps));
  app.use(channelRoutes(deps));
  app.use(spaRouter(options.webDistDir));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${displayHost}:${port}`,
    port,
    close: async () => {
      await inFlight.stopAccepting(DRAIN_TIMEOUT_MS);
      await sockets.close();
      await apollo.stop();
    },
  };
}
