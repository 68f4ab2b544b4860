import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { connectSandbox } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Dashboard figures on known data: the same instants seen from personas in different time
// zones land on different local days and hours; totals, rates, rankings and follower growth
// are exactly what the seeded history implies.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const DASHBOARD = `query ($id: ID!, $from: DateTime, $to: DateTime) { persona(id: $id) { analyticsSummary(from: $from, to: $to) {
  timeZone posts engagementRate totals { reach totalInteractions views }
  daily { day posts reach totalInteractions followers simulated }
  measuredPosts { item { title } }
  topPosts(first: 1) { item { title } engagementRate } bottomPosts(first: 1) { item { title } engagementRate }
  heatmap { weekday hour posts engagementRate }
  followers { change unavailable series { day followers } }
} } }`;

// Two posts: Friday 2026-05-01 23:30 UTC and Saturday 2026-05-02 12:00 UTC.
const POSTS = [
  { title: 'late', at: '2026-05-01T23:30:00Z', reach: 1000, interactions: 80 },
  { title: 'noon', at: '2026-05-02T12:00:00Z', reach: 3000, interactions: 60 },
];

async function seed(personaId: string) {
  for (const post of POSTS) {
    const { rows: [item] } = await server.handle.pool.query<{ id: string }>(
      `INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, published_at)
       VALUES ($1, $2, 'x', 'sandbox', 'posted', $3, $3) RETURNING id`,
      [personaId, post.title, post.at],
    );
    await server.handle.pool.query(
      `INSERT INTO post_performance (content_item_id, persona_id, platform, published_at, captured_at, reach, views, total_interactions, engagement_rate)
       VALUES ($1, $2, 'sandbox', $3, $3, $4::int, $4::int, $5::int, $5::float / $4::int)`,
      [item!.id, personaId, post.at, post.reach, post.interactions],
    );
  }
}

async function dashboard(personaId: string) {
  return expectData(await user.request<any>(DASHBOARD, { id: personaId, from: '2026-04-25T00:00:00Z', to: '2026-05-10T00:00:00Z' })).persona.analyticsSummary;
}

describe('analytics dashboard', () => {
  it.each([
    ['UTC', [['2026-05-01', 1], ['2026-05-02', 1]], [{ weekday: 5, hour: 23 }, { weekday: 6, hour: 12 }]],
    ['Asia/Tokyo', [['2026-05-02', 2]], [{ weekday: 6, hour: 8 }, { weekday: 6, hour: 21 }]],
    ['America/Los_Angeles', [['2026-05-01', 1], ['2026-05-02', 1]], [{ weekday: 5, hour: 16 }, { weekday: 6, hour: 5 }]],
  ])('groups days and heatmap hours in the persona zone (%s)', async (timeZone, days, cells) => {
    const persona = await createPersona(user.request, { timeZone });
    await seed(persona.id);
    const summary = await dashboard(persona.id);
    expect(summary.timeZone).toBe(timeZone);
    expect(summary.daily.map((day: any) => [day.day, day.posts])).toEqual(days);
    expect(summary.heatmap.map(({ weekday, hour }: any) => ({ weekday, hour }))).toEqual(cells);
    expect(summary).toMatchObject({ posts: 2, totals: { reach: 4000, totalInteractions: 140, views: 4000 } });
    expect(summary.engagementRate).toBeCloseTo(140 / 4000);
    expect(summary.topPosts).toEqual([{ item: { title: 'late' }, engagementRate: 0.08 }]);
    expect(summary.bottomPosts).toEqual([{ item: { title: 'noon' }, engagementRate: 0.02 }]);
    expect(summary.measuredPosts).toEqual([{ item: { title: 'late' } }, { item: { title: 'noon' } }]);
    expect(summary.daily.every((day: { simulated: boolean }) => day.simulated === false)).toBe(true);
  });

  it('gives one platform\'s daily series when asked', async () => {
    const persona = await createPersona(user.request);
    await seed(persona.id);
    const query = `query ($id: ID!, $platform: Platform) { persona(id: $id) { analyticsSummary(from: "2026-04-25T00:00:00Z", to: "2026-05-10T00:00:00Z") { daily(platform: $platform) { day posts } } } }`;
    const daily = async (platform: string) => expectData(await user.request<any>(query, { id: persona.id, platform })).persona.analyticsSummary.daily;
    expect(await daily('SANDBOX')).toEqual([{ day: '2026-05-01', posts: 1 }, { day: '2026-05-02', posts: 1 }]);
    expect(await daily('INSTAGRAM')).toEqual([]);
  });

  it('shows follower growth from account readings, and says when the platform gives none', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const reading = (day: string, followers: number | null) =>
      server.handle.pool.query(
        `INSERT INTO analytics_snapshots (persona_id, channel_integration_id, platform, captured_at, checkpoint, followers, unavailable)
         VALUES ($1, $2, 'sandbox', $3, $4, $5, $6)`,
        [persona.id, channel.id, `${day}T20:00:00Z`, `day:${day}`, followers, followers === null ? ['followers'] : []],
      );
    await reading('2026-05-01', 1000);
    await reading('2026-05-03', 1042);
    const growth = (await dashboard(persona.id)).followers;
    expect(growth).toEqual({ change: 42, unavailable: false, series: [{ day: '2026-05-01', followers: 1000 }, { day: '2026-05-03', followers: 1042 }] });

    const small = await createPersona(user.request);
    const smallChannel = await connectSandbox(user.request, small.id);
    await server.handle.pool.query(
      `INSERT INTO analytics_snapshots (persona_id, channel_integration_id, platform, captured_at, checkpoint, reach, unavailable)
       VALUES ($1, $2, 'instagram', '2026-05-02T10:00:00Z', 'day:2026-05-02', 50, '{followers}')`,
      [small.id, smallChannel.id],
    );
    expect((await dashboard(small.id)).followers).toEqual({ change: null, unavailable: true, series: [] });
  });

  it('refuses a reversed or overlong period with the field named', async () => {
    const persona = await createPersona(user.request);
    const reversed = await user.request<any>(DASHBOARD, { id: persona.id, from: '2026-05-10T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expectError(reversed, 'BAD_USER_INPUT', 'to');
    const long = await user.request<any>(DASHBOARD, { id: persona.id, from: '2024-01-01T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expectError(long, 'BAD_USER_INPUT', 'from');
  });
});
