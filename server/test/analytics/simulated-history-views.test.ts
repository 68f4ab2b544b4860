import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { connectSandbox, schedule, secondsFromNow } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The simulated history is for the analytics dashboard only: the working views (board lists,
// counts, calendar, Sandbox feed, recent items) leave it out unless asked, and every item and
// feed post says whether it is simulated.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let persona: { id: string };
let realItemId: string;
beforeAll(async () => {
  server = await startTestServer({ ANALYTICS_SWEEP_SECONDS: '86400' });
  user = await signUpUser(server.url);
  persona = await createPersona(user.request);
  const channel = await connectSandbox(user.request, persona.id);
  // One real post on the Sandbox, published by the worker before the history is filled.
  const item = await createItem(user.request, persona.id, { status: 'READY', title: 'A real post', caption: 'Real work #real', platform: 'SANDBOX' });
  realItemId = item.id;
  expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(1.5) }));
  await eventually(async () => {
    const { rows } = await server.handle.pool.query(`SELECT status FROM content_items WHERE id = $1`, [item.id]);
    expect(rows[0]?.status).toBe('posted');
  }, 10_000);
  const filled = await user.request<any>(`mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts } }`, { id: persona.id });
  expect(expectData(filled).simulateSandboxHistory.posts).toBe(18);
});
afterAll(() => server.close());

// The default views are asked with the fields they always had, as the SPA did before.
const ITEMS = `query ($filter: ContentItemFilter) { contentItems(filter: $filter, first: 100) { totalCount nodes { id } } }`;
const ALL_ITEMS = `query ($filter: ContentItemFilter) { contentItems(filter: $filter, first: 100) { totalCount nodes { id simulated } } }`;

describe('simulated history in working views', () => {
  it('is left out of contentItems and its totalCount unless includeSimulated is set', async () => {
    const plain = expectData(await user.request<any>(ITEMS, { filter: { personaId: persona.id } })).contentItems;
    expect(plain).toEqual({ totalCount: 1, nodes: [{ id: realItemId }] });
    const posted = expectData(await user.request<any>(ITEMS, { filter: { status: ['POSTED'] } })).contentItems;
    expect(posted.totalCount).toBe(1);

    const all = expectData(await user.request<any>(ALL_ITEMS, { filter: { personaId: persona.id, includeSimulated: true } })).contentItems;
    expect(all.totalCount).toBe(19);
    expect(all.nodes.filter((node: { simulated: boolean }) => node.simulated)).toHaveLength(18);
    expect(all.nodes.find((node: { id: string }) => node.id === realItemId).simulated).toBe(false);
  });

  it('is left out of persona and plan item counts and recent items unless asked', async () => {
    const plain = expectData(await user.request<any>(`query ($id: ID!) { persona(id: $id) { itemCounts { posted total } recentItems(first: 50) { id } } }`, { id: persona.id })).persona;
    expect(plain).toEqual({ itemCounts: { posted: 1, total: 1 }, recentItems: [{ id: realItemId }] });
    const query = `query ($id: ID!) { persona(id: $id) {
      itemCounts(includeSimulated: true) { posted total } recentItems(first: 50, includeSimulated: true) { id simulated }
    } }`;
    const all = expectData(await user.request<any>(query, { id: persona.id })).persona;
    expect(all.itemCounts).toEqual({ posted: 19, total: 19 });
    expect(all.recentItems).toHaveLength(19);

    const list = expectData(await user.request<any>(`{ personas(first: 10) { nodes { id itemCounts { total } } } }`)).personas.nodes;
    expect(list.find((node: { id: string }) => node.id === persona.id).itemCounts.total).toBe(1);
  });

  it('is left out of the calendar unless includeSimulated is set', async () => {
    const range = { from: new Date(Date.now() - 60 * 24 * 3600_000).toISOString(), to: secondsFromNow(3600) };
    const plain = expectData(await user.request<any>(`query ($filter: ScheduledPostFilter!) { scheduledPosts(filter: $filter) { item { id } } }`, { filter: { personaId: persona.id, ...range } })).scheduledPosts;
    expect(plain).toEqual([{ item: { id: realItemId } }]);
    const query = `query ($filter: ScheduledPostFilter!) { scheduledPosts(filter: $filter) { id item { id simulated } } }`;
    const all = expectData(await user.request<any>(query, { filter: { personaId: persona.id, ...range, includeSimulated: true } })).scheduledPosts;
    expect(all).toHaveLength(19);
    expect(all.filter((post: any) => post.item.simulated)).toHaveLength(18);
  });

  it('is left out of the Sandbox feed unless includeSimulated is set, and each post says whether it is simulated', async () => {
    const plain = expectData(await user.request<any>(`query ($id: ID!) { sandboxFeed(personaId: $id, first: 100) { item { id } } }`, { id: persona.id })).sandboxFeed;
    expect(plain).toEqual([{ item: { id: realItemId } }]);
    const query = `query ($id: ID!, $all: Boolean) { sandboxFeed(personaId: $id, first: 100, includeSimulated: $all) { simulated item { id } } }`;
    expect(expectData(await user.request<any>(query, { id: persona.id, all: false })).sandboxFeed).toEqual([{ simulated: false, item: { id: realItemId } }]);
    const all = expectData(await user.request<any>(query, { id: persona.id, all: true })).sandboxFeed;
    expect(all).toHaveLength(19);
    expect(all.filter((post: { simulated: boolean }) => post.simulated)).toHaveLength(18);
  });

  it('still feeds the analytics dashboard, labelled simulated', async () => {
    const from = new Date(Date.now() - 60 * 24 * 3600_000).toISOString();
    const query = `query ($id: ID!, $from: DateTime) { persona(id: $id) {
      analyticsSummary(from: $from) { posts simulated measuredPosts(first: 50) { item { simulated } } }
      recommendations { basedOnPosts simulated }
      simulatedHistory { posts }
    } }`;
    const found = expectData(await user.request<any>(query, { id: persona.id, from })).persona;
    expect(found.analyticsSummary).toMatchObject({ posts: 18, simulated: true });
    expect(found.analyticsSummary.measuredPosts.every((post: any) => post.item.simulated)).toBe(true);
    expect(found.recommendations).toMatchObject({ basedOnPosts: 18, simulated: true });
    expect(found.simulatedHistory).toEqual({ posts: 18 });
  });
});
