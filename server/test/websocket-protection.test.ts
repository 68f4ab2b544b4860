import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createPersona } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { overSocket, socketClient } from './support/socket-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The socket runs queries and mutations too, so it must hold the same limits as HTTP.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let client: Client;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  client = socketClient(server.url, user.token);
});
afterAll(async () => {
  await client.dispose();
  await server.close();
});

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('GraphQL over WebSocket', () => {
  it('answers an ordinary query for the signed-in user', async () => {
    expect(await overSocket(client, '{ viewer { id } }')).toEqual({ data: { viewer: { id: user.userId } } });
  });

  it.each([
    ['deeper than 8 levels', 'mutation { createDemoPersona { contentPlans { items { plan { persona { contentPlans { items { persona { id } } } } } } } } }', /depth/i],
    ['with 16 aliases', `mutation { ${aliases(16, 'createDemoPersona { id }')} }`, /aliases/i],
    ['of more than 2000 tokens', `mutation { createDemoPersona { ${'id '.repeat(2000)} } }`, /2000 tokens/],
  ])('refuses a document %s before any resolver runs', async (_case, query, message) => {
    const before = await countRows(server, 'personas');
    const result = await overSocket(client, query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await countRows(server, 'personas')).toBe(before);
    expect(await overSocket(client, '{ viewer { id } }')).toEqual({ data: { viewer: { id: user.userId } } });
  });

  it('gives no field suggestions', async () => {
    const result = await overSocket(client, '{ viewer { emial } }');
    expect(result.errors?.[0]?.message).toMatch(/emial/);
    expect(result.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('answers errors the caller can act on with their code', async () => {
    const result = await overSocket(client, '{ personas(first: 101) { nodes { id } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('an unexpected failure over WebSocket', () => {
  let broken: TestServer;
  beforeAll(async () => {
    broken = await startTestServer();
  });
  afterAll(() => broken.close());

  it('reaches the client as a generic error with a request id, and no detail', async () => {
    const owner = await signUpUser(broken.url);
    await createPersona(owner.request);
    await broken.handle.pool.query('DROP TABLE analytics_snapshots');
    const socket = socketClient(broken.url, owner.token);
    try {
      const result = await overSocket(socket, '{ personas { nodes { name analytics { id } } } }');
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(error!.message).toBe(`Internal server error (request ${error!.extensions!.requestId})`);
      expect(JSON.stringify(result)).not.toMatch(/analytics_snapshots|relation/);
    } finally {
      await socket.dispose();
    }
  });
});
