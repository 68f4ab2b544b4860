import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createPersona, expectData, expectError } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  await createPersona(user.request);
});
afterAll(() => server.close());

/** Raw POST to /graphql as the signed-in user, for requests a GraphQL client would never send. */
function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}`, ...headers },
    body,
  });
}

/**
 * Runs `action` and asserts it wrote no persona and ran no SQL beyond the session lookup that
 * precedes every request: the operation was refused before any resolver ran.
 */
async function expectNoResolverRan(action: () => Promise<void>) {
  const personas = await countRows(server, 'personas');
  server.statements.length = 0;
  await action();
  expect(server.statements.filter((statement) => !statement.includes('from "sessions"'))).toEqual([]);
  expect(await countRows(server, 'personas')).toBe(personas);
}

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('API protection', () => {
  it('refuses a document deeper than 8 levels before any resolver runs', async () => {
    const eight = `{ personas(first: 2) { nodes { contentPlans(first: 2) { items(first: 2) { plan { persona { contentPlans(first: 2) { id } } } } } } } }`;
    expectData(await user.request(eight));
    await expectNoResolverRan(async () => {
      const nine = await user.request(
        `mutation { createDemoPersona { contentPlans { items { plan { persona { contentPlans { items { persona { id } } } } } } } } }`,
      );
      expect(result(nine)).toMatchObject({ status: 400, data: null, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(nine.errors?.[0]?.message).toMatch(/depth/i);
    });
  });

  it('counts the depth of fields, not of fragment spreads: fragments are free, a deep field through them is not', async () => {
    // Five levels of fields reached through five nested fragments: depth 5, within the limit.
    const shallow = `{ personas(first: 2) { nodes { ...P1 } } }
      fragment P1 on Persona { ...P2 } fragment P2 on Persona { ...P3 } fragment P3 on Persona { ...P4 }
      fragment P4 on Persona { ...P5 } fragment P5 on Persona { contentPlans(first: 2) { items(first: 2) { id } } }`;
    expect(expectData(await user.request<any>(shallow)).personas.nodes.length).toBeGreaterThan(0);
    // Nine levels of fields, hidden in fragments, are still refused.
    const deep = `{ personas(first: 2) { nodes { ...Deep } } }
      fragment Deep on Persona { contentPlans(first: 2) { items(first: 2) { plan { persona { contentPlans(first: 2) { items(first: 2) { persona { id } } } } } } } }`;
    await expectNoResolverRan(async () => {
      const refused = await user.request(deep);
      expect(result(refused)).toMatchObject({ status: 400, data: null, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(refused.errors?.[0]?.message).toMatch(/depth/i);
    });
  });

  it('refuses 16 aliases before any resolver runs, and accepts 15', async () => {
    expectData(await user.request(`{ ${aliases(15, 'viewer { id }')} }`));
    await expectNoResolverRan(async () => {
      const sixteen = await user.request(`mutation { ${aliases(16, 'createDemoPersona { id }')} }`);
      expect(result(sixteen)).toMatchObject({ status: 400, data: null, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(sixteen.errors?.[0]?.message).toMatch(/aliases/i);
    });
  });

  it('refuses a document over the cost limit before any resolver runs', async () => {
    await expectNoResolverRan(async () => {
      const costly = await user.request(
        `mutation { createDemoPersona { contentPlans(first: 100) { items(first: 100) { persona { recentItems(first: 100) { id } } } } } }`,
      );
      expect(result(costly)).toMatchObject({ status: 400, data: null, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(costly.errors?.[0]?.message).toMatch(/cost/i);
    });
  });

  it('refuses a document of more than 2000 tokens as a client error', async () => {
    await expectNoResolverRan(async () => {
      const oversized = await user.request(`mutation { createDemoPersona { ${'id '.repeat(2000)} } }`);
      expect(result(oversized)).toMatchObject({ status: 400, data: null, code: 'GRAPHQL_PARSE_FAILED' });
      expect(oversized.errors?.[0]?.message).toMatch(/2000 tokens/);
    });
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    await expectNoResolverRan(async () => {
      const plain = await post(JSON.stringify({ query: 'mutation { createDemoPersona { id } }' }), { 'content-type': 'text/plain' });
      expect(plain.status).toBe(400);
      expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
      expect(get.status).toBe(400);
    });
  });

  it('refuses requests from a browser page of another origin', async () => {
    const response = await post(JSON.stringify({ query: '{ viewer { id } }' }), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses batched requests', async () => {
    await expectNoResolverRan(async () => {
      const batch = await post(JSON.stringify([{ query: 'mutation { createDemoPersona { id } }' }, { query: '{ viewer { id } }' }]));
      expect(batch.status).toBe(400);
      expect(await batch.text()).toMatch(/batching/i);
    });
  });

  it('answers a body over 100 kB with 413 and a JSON error', async () => {
    await expectNoResolverRan(async () => {
      const body = JSON.stringify({ query: 'mutation ($x: String) { createDemoPersona { id } }', variables: { x: 'x'.repeat(100_001) } });
      const response = await post(body);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }] });
    });
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const response = await post('{"query": "{ viewer { id } }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('gives no field suggestions for a misspelled field', async () => {
    const misspelled = await user.request('{ viewer { emial } }');
    const error = expectError(misspelled, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/emial/);
    expect(error.message).not.toMatch(/did you mean/i);
    expect(error.message).not.toMatch(/"email"/);
  });

  it('refuses first over 100 on lists, top-level and nested', async () => {
    expectError(await user.request('{ personas(first: 101) { nodes { id } } }'), 'BAD_USER_INPUT', 'first');
    expectError(await user.request('query ($n: Int) { contentItems(first: $n) { totalCount } }', { n: 1000 }), 'BAD_USER_INPUT', 'first');
    expectError(await user.request('{ personas { nodes { recentItems(first: 101) { id } } } }'), 'BAD_USER_INPUT', 'first');
  });

  it('refuses an unknown enum value, in the document and in variables', async () => {
    const literal = await user.request('{ contentItems(filter: { status: [PUBLISHED] }) { totalCount } }');
    expect(expectError(literal, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/PUBLISHED/);
    const persona = await createPersona(user.request);
    const before = await countRows(server, 'content_items');
    const variable = await user.request(
      'mutation ($input: CreateContentItemInput!) { createContentItem(input: $input) { id } }',
      { input: { personaId: persona.id, platform: 'MYSPACE' } },
    );
    expectError(variable, 'BAD_USER_INPUT');
    expect(await countRows(server, 'content_items')).toBe(before);
  });

  it('answers GET /healthz with ok', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('sends security headers', async () => {
    for (const response of [await fetch(`${server.url}/healthz`), await post(JSON.stringify({ query: '{ viewer { id } }' }))]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

function result(response: { status: number; data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) {
  return { status: response.status, data: response.data ?? null, code: response.errors?.[0]?.extensions?.code };
}

describe('an unexpected failure', () => {
  // Its own server and database: the test breaks the schema on purpose.
  let broken: TestServer;
  beforeAll(async () => {
    broken = await startTestServer();
  });
  afterAll(() => broken.close());

  it('reaches the client as a generic error with a request id, and no detail', async () => {
    const owner = await signUpUser(broken.url);
    await createPersona(owner.request);
    await broken.handle.pool.query('DROP TABLE analytics_snapshots');

    const response = await fetch(`${broken.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ query: '{ personas { nodes { name analytics { id } } } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error!.message).toBe(`Internal server error (request ${requestId})`);
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(text).not.toMatch(/analytics_snapshots|relation|stack|\.ts:\d+/i);
  });
});
