import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from './support/documents.js';
import { createItem, createPersona, expectData } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let all: Array<{ id: string; createdAt: string; scheduledAt: string | null; status: string }>;

// Schedule times with repeats, and four items never scheduled: ties and nulls are where keyset
// pagination goes wrong.
const SCHEDULES = [
  '2026-05-03T09:00:00.000Z', null, '2026-05-01T09:00:00.000Z', '2026-05-03T09:00:00.000Z', null,
  '2026-05-02T09:00:00.000Z', '2026-05-03T09:00:00.000Z', null, '2026-05-01T09:00:00.000Z', null,
  '2026-05-04T09:00:00.000Z', '2026-05-03T09:00:00.000Z', '2026-05-02T09:00:00.000Z',
];

beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  const persona = await createPersona(user.request);
  for (const [index, scheduledAt] of SCHEDULES.entries()) {
    await createItem(user.request, persona.id, { title: `item ${index}`, scheduledAt, status: index % 2 ? 'DRAFT' : 'IDEA' });
  }
  // Equal creation times for a run of items, so the id tie-breaker decides inside it.
  await server.handle.pool.query(
    `UPDATE content_items SET created_at = '2026-01-01T00:00:00.000Z' WHERE title IN ('item 3', 'item 4', 'item 5', 'item 6')`,
  );
  all = expectData(await user.request<any>(ITEMS, { first: 100 })).contentItems.nodes;
});
afterAll(() => server.close());

async function walk(variables: Record<string, unknown>, pageSize: number) {
  const seen: typeof all = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 20; pages += 1) {
    const page: any = expectData(await user.request<any>(ITEMS, { ...variables, first: pageSize, after })).contentItems;
    expect(page.nodes.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { seen, pages, totalCount: page.totalCount };
    expect(page.nodes).toHaveLength(pageSize);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end within 20 pages');
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('content item pagination', () => {
  it('walks every item once, newest first, with CREATED_AT_DESC', async () => {
    const expected = [...all].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || -byId(a, b));
    const { seen, pages, totalCount } = await walk({ orderBy: 'CREATED_AT_DESC' }, 4);
    expect(seen.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    expect(pages).toBe(4);
    expect(totalCount).toBe(SCHEDULES.length);
  });

  it('walks every item once, earliest scheduled first and unscheduled last, then by creation, with SCHEDULED_AT_ASC', async () => {
    const time = (item: { scheduledAt: string | null }) => (item.scheduledAt ? Date.parse(item.scheduledAt) : Infinity);
    const created = (item: { createdAt: string }) => Date.parse(item.createdAt);
    const expected = [...all].sort((a, b) => time(a) - time(b) || created(a) - created(b) || byId(a, b));
    for (const pageSize of [1, 3, 4, 9, 100]) {
      const { seen } = await walk({ orderBy: 'SCHEDULED_AT_ASC' }, pageSize);
      expect(seen.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    }
    expect(expected.slice(-4).every((item) => item.scheduledAt === null)).toBe(true);
  });

  it('walks a filtered list in both orders', async () => {
    const drafts = all.filter((item) => item.status === 'DRAFT').map((item) => item.id).sort();
    for (const orderBy of ['CREATED_AT_DESC', 'SCHEDULED_AT_ASC']) {
      const { seen, totalCount } = await walk({ orderBy, filter: { status: ['DRAFT'] } }, 2);
      expect(seen.map((item) => item.id).sort()).toEqual(drafts);
      expect(totalCount).toBe(drafts.length);
    }
  });
});
