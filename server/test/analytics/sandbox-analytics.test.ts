import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { connectSandbox, schedule, secondsFromNow } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The Sandbox's simulated audience through the real collector: checkpoints are taken once,
// labelled simulated, and the dashboard and the item show them. The collector is called with
// a clock an hour ahead instead of waiting an hour.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  // The in-process sweep runs at start only; the test drives collection itself.
  server = await startTestServer({ ANALYTICS_SWEEP_SECONDS: '86400' });
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const SUMMARY = `query Summary($id: ID!) { persona(id: $id) { analyticsSummary {
  simulated posts engagementRate totals { views reach totalInteractions }
  daily { day posts reach followers } byPlatform { platform posts }
  topPosts(first: 3) { item { id } engagementRate simulated } heatmap { weekday hour posts } followers { change unavailable series { day followers } }
} } }`;

describe('Sandbox analytics', () => {
  it('collects simulated checkpoints once each and shows them on the dashboard', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { status: 'READY', caption: 'Evening harvest #tomatoes', platform: 'SANDBOX' });
    expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) }));
    await eventually(async () => {
      const { rows } = await server.handle.pool.query(`SELECT state FROM scheduled_posts WHERE content_item_id = $1`, [item.id]);
      expect(rows[0]?.state).toBe('published');
    }, 10_000);

    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent') };
    const inAnHour = new Date(Date.now() + 3600_000 + 60_000);
    const first = await collectDueMetrics(deps, inAnHour);
    expect(first.posts).toBe(1);
    expect((await collectDueMetrics(deps, inAnHour)).posts).toBe(0);
    const { rows } = await server.handle.pool.query(`SELECT checkpoint, simulated, reach, total_interactions FROM analytics_snapshots WHERE content_item_id = $1`, [item.id]);
    expect(rows).toEqual([expect.objectContaining({ checkpoint: '1h', simulated: true })]);
    expect(rows[0].reach).toBeGreaterThan(0);

    const summary = expectData(await user.request<any>(SUMMARY, { id: persona.id })).persona.analyticsSummary;
    expect(summary).toMatchObject({ simulated: true, posts: 1, byPlatform: [{ platform: 'SANDBOX', posts: 1 }] });
    expect(summary.totals.reach).toBe(rows[0].reach);
    expect(summary.engagementRate).toBeCloseTo(rows[0].total_interactions / rows[0].reach);
    expect(summary.topPosts).toEqual([expect.objectContaining({ item: { id: item.id }, simulated: true })]);
    expect(summary.heatmap).toHaveLength(1);
    const performance = expectData(await user.request<any>('query ($id: ID!) { contentItem(id: $id) { performance { reach simulated } analytics { checkpoint simulated } } }', { id: item.id })).contentItem;
    expect(performance).toMatchObject({ performance: { reach: rows[0].reach, simulated: true }, analytics: [{ checkpoint: '1h', simulated: true }] });
  });
});
