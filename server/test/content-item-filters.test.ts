import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from './support/documents.js';
import { createItem, createPersona, createPlan, expectData, expectError } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Schedules fall in May of next year (SCHEDULED needs a future time) on fixed days, so the
// window boundaries below are exact. Scheduled items are for X, planned by hand: Instagram items
// become SCHEDULED only with a publishing job.
const YEAR = new Date().getUTCFullYear() + 1;
const may = (day: number, hour = 9) => new Date(Date.UTC(YEAR, 4, day, hour)).toISOString();

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
/** Test data by name: personas p1 and p2, plans a and b (both p1's), items i1 to i6. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  const p1 = (ids.p1 = (await createPersona(user.request)).id);
  const p2 = (ids.p2 = (await createPersona(user.request)).id);
  ids.a = (await createPlan(user.request, p1)).id;
  ids.b = (await createPlan(user.request, p1)).id;
  const items: Array<[string, string, Record<string, unknown>]> = [
    ['i1', p1, { planId: ids.a, platform: 'INSTAGRAM', title: 'Balcony tomatoes 100% organic' }],
    ['i2', p1, { planId: ids.a, platform: 'TIKTOK', status: 'DRAFT', title: 'Soil mix', caption: 'use a 50_50 compost' }],
    ['i3', p1, { planId: ids.b, platform: 'FACEBOOK', status: 'SCHEDULED', scheduledAt: may(1), title: 'Harvest', caption: 'Picking day' }],
    ['i4', p1, { platform: 'YOUTUBE', status: 'READY', scheduledAt: may(3), title: 'BALCONY tour', caption: 'A walk through' }],
    ['i5', p2, { platform: 'FACEBOOK', status: 'SCHEDULED', scheduledAt: may(2), caption: 'my balcony' }],
    ['i6', p2, { platform: 'FACEBOOK', title: '100 percent', caption: '50x50 grid' }],
  ];
  for (const [name, persona, input] of items) ids[name] = (await createItem(user.request, persona, input)).id;
  // Another user's matching item must never show up in any of these lists.
  const stranger = await signUpUser(server.url);
  const strangerPersona = await createPersona(stranger.request);
  await createItem(stranger.request, strangerPersona.id, {
    platform: 'FACEBOOK',
    title: 'Balcony 100% 50_50',
    caption: 'Balcony 100% 50_50',
    status: 'SCHEDULED',
    scheduledAt: may(2, 10),
  });
});
afterAll(() => server.close());

/** Names of the items the filter matches, sorted, after checking totalCount agrees. */
async function matching(filter: Record<string, unknown>): Promise<string[]> {
  const { nodes, totalCount, pageInfo } = expectData(await user.request<any>(ITEMS, { filter, first: 100 })).contentItems;
  expect(totalCount).toBe(nodes.length);
  expect(pageInfo.hasNextPage).toBe(false);
  const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return nodes.map((node: any) => names[node.id] ?? `unknown ${node.id}`).sort();
}

describe('content item filters', () => {
  it('lists every item of the viewer without a filter', async () => {
    expect(await matching({})).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
  });

  it('filters by persona and by plan', async () => {
    expect(await matching({ personaId: ids.p1 })).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(await matching({ personaId: ids.p2 })).toEqual(['i5', 'i6']);
    expect(await matching({ planId: ids.a })).toEqual(['i1', 'i2']);
    expect(await matching({ personaId: ids.p2, planId: ids.a })).toEqual([]);
  });

  it.each(['', 'not-a-uuid', '00000000-0000-4000-8000-000000000000'])('matches nothing for the id "%s"', async (id) => {
    expect(await matching({ personaId: id })).toEqual([]);
    expect(await matching({ planId: id })).toEqual([]);
  });

  it('filters by any of several statuses and platforms', async () => {
    expect(await matching({ status: ['SCHEDULED', 'READY'] })).toEqual(['i3', 'i4', 'i5']);
    expect(await matching({ status: ['DRAFT'] })).toEqual(['i2']);
    expect(await matching({ platform: ['INSTAGRAM', 'FACEBOOK'] })).toEqual(['i1', 'i3', 'i5', 'i6']);
    expect(await matching({ status: ['IDEA'], platform: ['FACEBOOK'] })).toEqual(['i6']);
  });

  it('filters by schedule window, from inclusive, to exclusive', async () => {
    expect(await matching({ scheduledFrom: may(2) })).toEqual(['i4', 'i5']);
    expect(await matching({ scheduledTo: may(2) })).toEqual(['i3']);
    expect(await matching({ scheduledFrom: may(1), scheduledTo: may(3) })).toEqual(['i3', 'i5']);
  });

  it('searches title and caption case-insensitively', async () => {
    expect(await matching({ search: 'balcony' })).toEqual(['i1', 'i4', 'i5']);
    expect(await matching({ search: 'SOIL' })).toEqual(['i2']);
    expect(await matching({ search: 'no such words' })).toEqual([]);
  });

  it('matches % and _ literally', async () => {
    expect(await matching({ search: '100%' })).toEqual(['i1']);
    expect(await matching({ search: '50_50' })).toEqual(['i2']);
    expect(await matching({ search: '%' })).toEqual(['i1']);
    expect(await matching({ search: '_' })).toEqual(['i2']);
  });

  it('combines filters', async () => {
    expect(await matching({ personaId: ids.p1, status: ['IDEA', 'READY'], search: 'balcony' })).toEqual(['i1', 'i4']);
  });

  it('counts every match across pages', async () => {
    const page = expectData(await user.request<any>(ITEMS, { filter: { personaId: ids.p1 }, first: 1 })).contentItems;
    expect(page.nodes).toHaveLength(1);
    expect(page.totalCount).toBe(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses a window that ends before it starts, an over-long search and a cursor of the other order, naming the field', async () => {
    const backwards = await user.request<any>(ITEMS, { filter: { scheduledFrom: may(3), scheduledTo: may(2) }, first: 10 });
    const error = expectError(backwards, 'BAD_USER_INPUT', 'filter.scheduledTo');
    expect(error.message).toMatch(/scheduledTo.*must be after scheduledFrom/);
    // An empty window is refused too: nothing could ever match it.
    expectError(await user.request<any>(ITEMS, { filter: { scheduledFrom: may(2), scheduledTo: may(2) }, first: 10 }), 'BAD_USER_INPUT', 'filter.scheduledTo');
    expectError(await user.request<any>(ITEMS, { filter: { search: 'x'.repeat(201) }, first: 10 }), 'BAD_USER_INPUT', 'filter.search');
    const unknownStatus = await user.request<any>(ITEMS, { filter: { status: ['ARCHIVED'] }, first: 10 });
    expect(unknownStatus.errors?.[0]?.message).toMatch(/ARCHIVED/);
    const byCreation = expectData(await user.request<any>(ITEMS, { orderBy: 'CREATED_AT_DESC', first: 1 })).contentItems;
    const mixed = await user.request<any>(ITEMS, { orderBy: 'SCHEDULED_AT_ASC', first: 1, after: byCreation.pageInfo.endCursor });
    expectError(mixed, 'BAD_USER_INPUT', 'after');
  });
});
