import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { eventually } from './support/live-subscription.js';
import { postThroughSandbox } from './support/real-outcomes.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// /metrics in Prometheus format, for whoever holds METRICS_TOKEN: request and operation
// latency, errors by code, sockets, pool, publishing lag and queue depth, process figures.

const TOKEN = 'metrics-token-for-tests-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
});
afterAll(() => server?.close());

const scrape = (authorization?: string) => fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('metrics', () => {
  it('are read with the metrics token only', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer not-the-token-at-all-000000')).status).toBe(401);
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('count operations by name, errors by code, and read the database figures', async () => {
    const user = await signUpUser(server.url);
    await user.request('query ViewerForMetrics { viewer { id } }');
    await user.request('query ViewerForMetrics { viewer { id } }');
    await user.request('{ noSuchField }');
    // An item created announces a live event, which this process hears and times.
    const persona = await createPersona(user.request);
    await createItem(user.request, persona.id);
    await postThroughSandbox(user.request, persona.id);
    const text = await eventually(async () => {
      const scraped = await (await scrape(`Bearer ${TOKEN}`)).text();
      expect(Number(/doppelcart_event_delivery_seconds_count (\d+)/.exec(scraped)?.[1])).toBeGreaterThan(0);
      return scraped;
    }, 5_000);
    expect(text).toContain('doppelcart_graphql_operation_duration_seconds_count{operation="ViewerForMetrics",type="query"} 2');
    expect(text).toContain('doppelcart_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toMatch(/doppelcart_http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toMatch(/doppelcart_websocket_connections 0/);
    expect(text).toMatch(/doppelcart_db_pool_connections \d+/);
    expect(text).toMatch(/doppelcart_publish_due_lag_seconds 0/);
    expect(text).toMatch(/doppelcart_scheduled_posts\{state="pending"\} 0/);
    expect(text).toMatch(/doppelcart_jobs_waiting \d+/);
    expect(text).toContain('doppelcart_posts_settled_last_hour{state="published"} 1');
    expect(text).toContain('doppelcart_posts_settled_last_hour{state="failed"} 0');
    expect(text).toMatch(/doppelcart_process_cpu_seconds_total \d/);
  });

  it('are not served at all without a token configured', async () => {
    const plain = await startTestServer();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
