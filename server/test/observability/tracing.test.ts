import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { startFakeOtlpCollector } from '../support/fake-otlp-collector.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// With OTEL_EXPORTER_OTLP_ENDPOINT set, a request continues the caller's trace: its server
// span, the GraphQL operation and each SQL statement reach the collector, and the access log
// carries the trace id. Spans still buffered at shutdown are flushed before the process exits.

let db: TestDatabase;
let collector: Awaited<ReturnType<typeof startFakeOtlpCollector>>;
let app: AppProcess | undefined;
beforeAll(async () => {
  db = await createTestDatabase();
  collector = await startFakeOtlpCollector();
});
afterAll(async () => {
  await app?.stop();
  await collector?.close();
  await db?.drop();
});

describe('OpenTelemetry traces', () => {
  it('exports a trace per request, continuing the caller’s traceparent, with GraphQL and SQL spans', async () => {
    app = await startAppProcess({
      env: {
        DATABASE_URL: db.url,
        RUN_WORKER: 'false',
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=secret%20key',
      },
    });
    const user = await signUpUser(app.url);
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const answer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}`, traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: JSON.stringify({ query: 'query WhoAmI { viewer { id } }' }),
    });
    expect(answer.status).toBe(200);

    // SIGTERM flushes what the batch processor still holds.
    expect(await app.stop()).toBe(0);
    app = undefined;

    const trace = collector.spans.filter((span) => span.traceId === traceId);
    const server = trace.find((span) => span.name === 'POST /graphql');
    expect(server).toMatchObject({ parentSpanId: callerSpanId, serviceName: 'doppelcart-api', attributes: expect.objectContaining({ 'http.response.status_code': 200 }) });
    const operation = trace.find((span) => span.name === 'query WhoAmI');
    expect(operation).toMatchObject({ parentSpanId: server!.spanId, attributes: expect.objectContaining({ 'graphql.operation.name': 'WhoAmI' }) });
    const statements = trace.filter((span) => span.name === 'db.query');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement.parentSpanId).toBe(server!.spanId);
    expect(statements.map((span) => span.attributes['db.operation.name'])).toContain('SELECT');
    expect(collector.headers[0]?.['x-collector-key']).toBe('secret key');
  });

  it('puts the trace id in the access log line', async () => {
    app = await startAppProcess({ env: { DATABASE_URL: db.url, RUN_WORKER: 'false', LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url } });
    const traceId = randomBytes(16).toString('hex');
    await fetch(`${app.url}/healthz`, { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } });
    const running = app;
    await eventually(async () => {
      const lines = running.output.join('').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', path: '/healthz', traceId }));
    }, 5_000);
  });
});
