import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { readOperationalFigures } from './metrics.repository.js';

// Prometheus figures for one server (a registry per server, so several can share a process in
// tests). Labels are bounded: routes are classified, operation names checked and capped.

export interface MetricsDeps {
  db: Database;
  logger: Logger;
  pool?: pg.Pool;
  /** Open WebSocket connections and live subscriptions, read at scrape time. */
  sockets: () => number;
  subscriptions: () => number;
  /** Registers for each event's delivery lag in ms (see Notifier.onDeliveryLag). */
  onEventLag: (listener: (lagMs: number) => void) => void;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 300;

/** A bounded route label: the app's few paths, everything else is the SPA or assets. */
export function routeOf(path: string): string {
  if (path === '/graphql' || path === '/healthz' || path === '/livez' || path === '/metrics') return path;
  if (path.startsWith('/api/assets') || path.startsWith('/files/')) return '/api/assets';
  if (path.startsWith('/api/channels')) return '/api/channels';
  if (path.startsWith('/assets/')) return 'static';
  return 'spa';
}

export function createMetrics(deps: MetricsDeps) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'doppelcart_' });
  const registers = [registry];

  const httpDuration = new Histogram({
    name: 'doppelcart_http_request_duration_seconds',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const operationDuration = new Histogram({
    name: 'doppelcart_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name and type',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({ name: 'doppelcart_graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers });
  new Gauge({ name: 'doppelcart_websocket_connections', help: 'Open graphql-ws connections', registers, collect() { this.set(deps.sockets()); } });
  new Gauge({ name: 'doppelcart_live_subscriptions', help: 'Live subscriptions listening for events', registers, collect() { this.set(deps.subscriptions()); } });
  const { pool } = deps;
  if (pool) {
    new Gauge({ name: 'doppelcart_db_pool_connections', help: 'Database connections in the pool', registers, collect() { this.set(pool.totalCount); } });
    new Gauge({ name: 'doppelcart_db_pool_idle', help: 'Idle database connections', registers, collect() { this.set(pool.idleCount); } });
    new Gauge({ name: 'doppelcart_db_pool_waiting', help: 'Requests waiting for a database connection', registers, collect() { this.set(pool.waitingCount); } });
  }
  const eventLag = new Histogram({
    name: 'doppelcart_event_delivery_seconds',
    help: 'From the write that sent a live event to its arrival in this process (clocks of the writer and this process)',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  deps.onEventLag((lagMs) => eventLag.observe(Math.max(0, lagMs) / 1000));
  const publishLag = new Gauge({ name: 'doppelcart_publish_due_lag_seconds', help: 'How long the oldest due post has waited to start (0 when none)', registers });
  const posts = new Gauge({ name: 'doppelcart_scheduled_posts', help: 'Posts waiting or being published', labelNames: ['state'], registers });
  const outcomes = new Gauge({
    name: 'doppelcart_posts_settled_last_hour',
    help: 'Posts published or failed in the last hour, by every worker',
    labelNames: ['state'],
    registers,
  });
  const jobs = new Gauge({ name: 'doppelcart_jobs_waiting', help: 'Background jobs due and not yet taken', registers });

  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    /** Times every HTTP request by its route. */
    http(req: Request, res: Response, next: NextFunction) {
      const end = httpDuration.startTimer({ route: routeOf(req.path), method: req.method });
      res.once('finish', () => end({ status: String(res.statusCode) }));
      next();
    },
    apolloPlugin: {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          didEncounterErrors: async ({ errors: found }) => {
            for (const error of found) errors.inc({ code: String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') });
          },
          willSendResponse: async ({ operationName, operation }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            operationDuration.observe({ operation: operationLabel(operationName), type: operation?.operation ?? 'invalid' }, seconds);
          },
        };
      },
    } satisfies ApolloServerPlugin,
    /** The Prometheus text, with the figures that need the database read now. */
    async scrape(): Promise<string> {
      try {
        const figures = await readOperationalFigures(deps.db);
        publishLag.set(Math.max(0, figures.publishLagSeconds ?? 0));
        posts.set({ state: 'pending' }, figures.pending);
        posts.set({ state: 'publishing' }, figures.publishing);
        outcomes.set({ state: 'published' }, figures.publishedLastHour);
        outcomes.set({ state: 'failed' }, figures.failedLastHour);
        jobs.set(figures.jobsWaiting);
      } catch (error) {
        // The process figures are still worth having when the database is not answering.
        deps.logger.warn({ err: error }, 'metrics: database figures unavailable');
      }
      return registry.metrics();
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
