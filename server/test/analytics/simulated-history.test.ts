import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { connectSandbox, SANDBOX_FEED } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// "Fill with simulated history" on an empty dashboard: weeks of past Sandbox posts with the
// figures the collector would have taken, all marked simulated, never mixed with real figures.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const SIMULATE = `mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts persona { id } } }`;
const OVERVIEW = `query ($id: ID!, $from: DateTime) { persona(id: $id) {
  analyticsSummary(from: $from) { posts simulated totals { reach totalInteractions } heatmap { weekday hour posts }
    followers { series { followers } } measuredPosts(first: 50) { publishedAt item { status platform statusHistory { to reason } } } }
  recommendations { basedOnPosts simulated slots { weekday hour } }
} }`;

const SIMULATED_FEED = `query ($personaId: ID!) { sandboxFeed(personaId: $personaId, includeSimulated: true) { simulated permalink } }`;

const rowCount = async (sql: string, personaId: string) => (await server.handle.pool.query<{ n: number }>(sql, [personaId])).rows[0]!.n;
const itemsOf = (personaId: string) => rowCount('SELECT count(*)::int AS n FROM content_items WHERE persona_id = $1', personaId);
const snapshotsOf = (personaId: string) => rowCount('SELECT count(*)::int AS n FROM analytics_snapshots WHERE persona_id = $1', personaId);

describe('simulated Sandbox history', () => {
  it('adds six weeks of posted Sandbox items with checkpoint figures, the feed, followers and recommendations, all simulated', async () => {
    const persona = await createPersona(user.request, { timeZone: 'Europe/Amsterdam' });
    await connectSandbox(user.request, persona.id);
    const { posts } = expectData(await user.request<any>(SIMULATE, { id: persona.id })).simulateSandboxHistory;
    expect(posts).toBe(18);

    const from = new Date(Date.now() - 60 * 24 * 3600_000).toISOString();
    const { analyticsSummary: summary, recommendations } = expectData(await user.request<any>(OVERVIEW, { id: persona.id, from })).persona;
    expect(summary).toMatchObject({ posts: 18, simulated: true });
    expect(summary.totals.reach).toBeGreaterThan(0);
    expect(summary.totals.totalInteractions).toBeGreaterThan(0);
    expect(summary.heatmap.reduce((sum: number, cell: { posts: number }) => sum + cell.posts, 0)).toBe(18);
    expect(summary.followers.series.length).toBeGreaterThanOrEqual(35);
    for (const { item, publishedAt } of summary.measuredPosts) {
      expect(item).toMatchObject({ status: 'POSTED', platform: 'SANDBOX', statusHistory: [{ to: 'POSTED', reason: expect.stringMatching(/simulated/) }] });
      expect(Date.parse(publishedAt)).toBeLessThan(Date.now());
    }
    expect(recommendations).toMatchObject({ basedOnPosts: 18, simulated: true });
    expect(recommendations.slots.length).toBeGreaterThan(0);

    // The feed shows the history's posts only when asked (see simulated-history-views.test.ts).
    expect(expectData(await user.request<any>(SANDBOX_FEED, { personaId: persona.id })).sandboxFeed).toEqual([]);
    const feed = expectData(await user.request<any>(SIMULATED_FEED, { personaId: persona.id })).sandboxFeed;
    expect(feed).toHaveLength(18);
    expect(feed.every((post: { simulated: boolean }) => post.simulated)).toBe(true);
    expect(feed[0].permalink).toMatch(new RegExp(`/personas/${persona.id}/sandbox\\?simulated=1#post-`));
    // Every snapshot is simulated; each post has the checkpoints it has reached, once each.
    const { rows: [marks] } = await server.handle.pool.query(
      `SELECT bool_and(simulated) AS all_simulated,
              count(*) FILTER (WHERE checkpoint = '1h')::int AS hour_one,
              count(*) FILTER (WHERE checkpoint = '1d')::int AS day_one,
              (SELECT count(*)::int FROM content_items WHERE persona_id = $1 AND published_at <= now() - interval '1 day') AS day_old
         FROM analytics_snapshots WHERE persona_id = $1`,
      [persona.id],
    );
    expect(marks).toEqual({ all_simulated: true, hour_one: 18, day_one: marks.day_old, day_old: expect.any(Number) });
    expect(marks.day_old).toBeGreaterThanOrEqual(15);
  });

  it('is refused without a connected Sandbox channel, and again once the persona has figures, changing nothing', async () => {
    const persona = await createPersona(user.request);
    const noChannel = expectError(await user.request<any>(SIMULATE, { id: persona.id }), 'BAD_USER_INPUT', 'personaId');
    expect(noChannel.message).toMatch(/Sandbox channel/);
    expect(await itemsOf(persona.id)).toBe(0);

    await connectSandbox(user.request, persona.id);
    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const [items, snapshots] = [await itemsOf(persona.id), await snapshotsOf(persona.id)];
    const again = expectError(await user.request<any>(SIMULATE, { id: persona.id }), 'BAD_USER_INPUT', 'personaId');
    expect(again.message).toMatch(/already has figures/);
    expect([await itemsOf(persona.id), await snapshotsOf(persona.id)]).toEqual([items, snapshots]);
  });

  it("counts the Sandbox's own daily readings as no history, and a real reading as history", async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const reading = `INSERT INTO analytics_snapshots (persona_id, channel_integration_id, platform, captured_at, checkpoint, followers, simulated)
                     VALUES ($1, $2, 'sandbox', now() - interval '1 day', $3, 900, $4)`;
    const yesterday = `day:${new Date(Date.now() - 24 * 3600_000).toISOString().slice(0, 10)}`;
    await server.handle.pool.query(reading, [persona.id, channel.id, yesterday, true]);
    expect(expectData(await user.request<any>(SIMULATE, { id: persona.id })).simulateSandboxHistory.posts).toBe(18);

    const real = await createPersona(user.request);
    const realChannel = await connectSandbox(user.request, real.id);
    await server.handle.pool.query(reading, [real.id, realChannel.id, yesterday, false]);
    expect(expectError(await user.request<any>(SIMULATE, { id: real.id }), 'BAD_USER_INPUT', 'personaId').message).toMatch(/already has figures/);
  });

  it('runs once when asked twice at the same moment', async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    const results = await Promise.all([user.request<any>(SIMULATE, { id: persona.id }), user.request<any>(SIMULATE, { id: persona.id })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(await itemsOf(persona.id)).toBe(18);
  });

  it("cannot touch another user's persona", async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    const other = await signUpUser(server.url);
    expectError(await other.request<any>(SIMULATE, { id: persona.id }), 'NOT_FOUND', 'personaId');
    expect(await itemsOf(persona.id)).toBe(0);
  });
});
