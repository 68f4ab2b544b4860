import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from './support/documents.js';
import { createPersona, expectData, expectError } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
/** The 25 personas' ids in the order the list must give them: newest first, ties by id. */
let expectedOrder: string[];

beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  const ids: string[] = [];
  for (let index = 0; index < 25; index += 1) ids.push((await createPersona(user.request)).id);
  // Distinct creation times one second apart, except two runs of equal times that straddle
  // the page boundaries, so the id tie-breaker is exercised where a cursor resumes.
  const tied = new Map([[13, 13], [14, 13], [15, 13], [16, 13], [4, 4], [5, 4]]);
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  const createdAt = ids.map((_, index) => base + (tied.get(index) ?? index) * 1000);
  for (const [index, id] of ids.entries()) {
    await server.handle.pool.query('UPDATE personas SET created_at = $2 WHERE id = $1', [id, new Date(createdAt[index]!)]);
  }
  expectedOrder = ids
    .map((id, index) => ({ id, at: createdAt[index]! }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((row) => row.id);
});
afterAll(() => server.close());

async function page(variables: Record<string, unknown>) {
  return expectData(await user.request<any>(PERSONAS, variables)).personas;
}

function cursorOf(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('persona pagination', () => {
  it('walks 25 personas in pages of 10, 10 and 5, newest first, without gaps or repeats', async () => {
    const first = await page({ first: 10 });
    const second = await page({ first: 10, after: first.pageInfo.endCursor });
    const third = await page({ first: 10, after: second.pageInfo.endCursor });
    expect([first, second, third].map((p) => p.nodes.length)).toEqual([10, 10, 5]);
    expect([first, second, third].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    const seen = [first, second, third].flatMap((p) => p.nodes.map((node: any) => node.id));
    expect(seen).toEqual(expectedOrder);
    const beyond = await page({ first: 10, after: third.pageInfo.endCursor });
    expect(beyond).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('keeps later pages stable when a persona is created between requests', async () => {
    const first = await page({ first: 10 });
    const newcomer = await createPersona(user.request);
    try {
      const second = await page({ first: 10, after: first.pageInfo.endCursor });
      expect(second.nodes.map((node: any) => node.id)).toEqual(expectedOrder.slice(10, 20));
    } finally {
      await server.handle.pool.query('DELETE FROM personas WHERE id = $1', [newcomer.id]);
    }
  });

  it('answers an empty list with no cursor', async () => {
    const newcomer = await signUpUser(server.url);
    const empty = expectData(await newcomer.request<any>(PERSONAS, { first: 5 })).personas;
    expect(empty).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([0, -1, 101])('refuses first: %i', async (first) => {
    expectError(await user.request(PERSONAS, { first }), 'BAD_USER_INPUT', 'first');
  });

  it('accepts first: 100', async () => {
    expect((await page({ first: 100 })).nodes).toHaveLength(25);
  });

  it.each([
    ['garbage', 'garbage'],
    ['JSON that is not a list', cursorOf({ createdAt: '2026-01-01' })],
    ['a list of the wrong length', cursorOf(['2026-01-01T00:00:00.000Z'])],
    ['a cursor whose time is not a time', cursorOf(['not a time', '00000000-0000-4000-8000-000000000000'])],
    ['a cursor whose id is not an id', cursorOf(['2026-01-01T00:00:00.000Z', 'not-an-id'])],
  ])('refuses an after cursor that is %s', async (_case, after) => {
    expectError(await user.request(PERSONAS, { first: 10, after }), 'BAD_USER_INPUT', 'after');
  });
});
