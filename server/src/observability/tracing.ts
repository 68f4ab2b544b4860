import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

// Optional OpenTelemetry traces, sent over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: a server span per HTTP request (continuing the
// caller's W3C traceparent), a span per GraphQL operation and per SQL statement inside it, and
// a span per background job and publish attempt. Spans are made by hand at these few places
// rather than by monkey-patching instrumentations: the server is ESM, whose modules cannot be
// patched without a loader hook. With no endpoint set nothing is registered and the helpers
// below cost one boolean check.

export interface TracingConfig {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string | undefined;
  OTEL_EXPORTER_OTLP_HEADERS: Record<string, string>;
  OTEL_SERVICE_NAME?: string | undefined;
}

const TRACER = 'doppelcart';
let enabled = false;

export function tracingEnabled(): boolean {
  return enabled;
}

/** Starts exporting spans when an endpoint is configured; returns how to flush and stop. */
export function startTracing(config: TracingConfig, defaultServiceName: string): () => Promise<void> {
  const url =
    config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (config.OTEL_EXPORTER_OTLP_ENDPOINT ? `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (!url) return async () => undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME ?? defaultServiceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url, headers: config.OTEL_EXPORTER_OTLP_HEADERS }))],
  });
  // Installs the AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  enabled = true;
  return async () => {
    enabled = false;
    await provider.shutdown();
  };
}

function tracer() {
  return trace.getTracer(TRACER);
}

function endWithError(span: Span, error: unknown) {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end();
}

/** Runs work inside a span (a child of whatever span is active) when tracing is on. */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      const result = await work();
      span.end();
      return result;
    } catch (error) {
      endWithError(span, error);
      throw error;
    }
  });
}

/**
 * Express middleware: the request's server span, active for everything the request does, and
 * the trace id in res.locals for the access log.
 */
export function traceRequests(routeOf: (path: string) => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!enabled) return next();
    const parent = propagation.extract(context.active(), req.headers);
    const route = routeOf(req.path);
    const span = tracer().startSpan(
      `${req.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'http.route': route, 'url.path': req.path } },
      parent,
    );
    res.locals['traceId'] = span.spanContext().traceId;
    const end = () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', () => {
      if (!res.writableFinished) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'client closed the connection' });
        end();
      }
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** A span for one finished SQL statement (from Kysely's log event), under the active span. */
export function recordQuerySpan(sql: string, durationMs: number, error?: unknown) {
  if (!enabled) return;
  const end = Date.now();
  const span = tracer().startSpan('db.query', {
    kind: SpanKind.CLIENT,
    startTime: end - durationMs,
    attributes: { 'db.system.name': 'postgresql', 'db.operation.name': sql.trimStart().split(/\s/, 1)[0]!.toUpperCase(), 'db.query.text': sql },
  });
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end(end);
}
