import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually, subscribe } from '../support/live-subscription.js';
import { connectSandbox, schedule, secondsFromNow } from '../support/publishing.js';
import { socketClient } from '../support/socket-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// removeSimulatedHistory takes out everything "Fill with simulated history" wrote, in one
// transaction, and nothing else; the dashboard hears of it and the persona can fill again.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
const sockets: Client[] = [];
beforeAll(async () => {
  server = await startTestServer({ ANALYTICS_SWEEP_SECONDS: '86400' });
  user = await signUpUser(server.url);
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});
afterAll(() => server.close());

const SIMULATE = `mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts } }`;
const REMOVE = `mutation ($id: ID!) { removeSimulatedHistory(personaId: $id) { posts persona { id simulatedHistory { posts } } } }`;

/** Rows of the persona, per table, as the database holds them. */
async function footprint(personaId: string) {
  const { rows } = await server.handle.pool.query(
    `SELECT (SELECT count(*)::int FROM content_items WHERE persona_id = $1) AS items,
            (SELECT count(*)::int FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id WHERE i.persona_id = $1) AS jobs,
            (SELECT count(*)::int FROM sandbox_posts f JOIN channel_integrations c ON c.id = f.channel_integration_id WHERE c.persona_id = $1) AS feed,
            (SELECT count(*)::int FROM analytics_snapshots WHERE persona_id = $1 AND content_item_id IS NOT NULL) AS post_snapshots,
            (SELECT count(*)::int FROM analytics_snapshots WHERE persona_id = $1 AND content_item_id IS NULL) AS account_readings,
            (SELECT count(*)::int FROM post_performance WHERE persona_id = $1) AS performance,
            (SELECT count(*)::int FROM content_item_status_changes h JOIN content_items i ON i.id = h.content_item_id WHERE i.persona_id = $1) AS history`,
    [personaId],
  );
  return rows[0] as Record<string, number>;
}

const collector = async () => ({ db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent') });

describe('removeSimulatedHistory', () => {
  it('removes the history with its jobs, feed posts and figures, announces it, and lets the persona fill again', async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    const empty = await footprint(persona.id);
    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const filled = await footprint(persona.id);
    expect(filled).toMatchObject({ items: 18, jobs: 18, feed: 18, performance: 18 });
    expect(filled.account_readings).toBeGreaterThan(30);

    const socket = socketClient(server.url, user.token);
    sockets.push(socket);
    const changes = await subscribe(socket, `subscription ($id: ID) { contentItemChanged(personaId: $id) { kind itemId } }`, { id: persona.id });
    const updates = await subscribe(socket, `subscription ($id: ID) { analyticsUpdated(personaId: $id) { personaId itemId } }`, { id: persona.id });

    const removed = expectData(await user.request<any>(REMOVE, { id: persona.id })).removeSimulatedHistory;
    expect(removed).toEqual({ posts: 18, persona: { id: persona.id, simulatedHistory: null } });
    expect(await footprint(persona.id)).toEqual(empty);

    const deleted = new Set<string>();
    for (let index = 0; index < 18; index += 1) {
      const { data } = await changes.next();
      expect(data.contentItemChanged.kind).toBe('DELETED');
      deleted.add(data.contentItemChanged.itemId);
    }
    expect(deleted.size).toBe(18);
    expect((await updates.next()).data.analyticsUpdated).toEqual({ personaId: persona.id, itemId: null });

    const summary = `query ($id: ID!) { persona(id: $id) { analyticsSummary { posts } recommendations { basedOnPosts } } }`;
    expect(expectData(await user.request<any>(summary, { id: persona.id })).persona).toEqual({ analyticsSummary: { posts: 0 }, recommendations: { basedOnPosts: 0 } });
    expect(expectData(await user.request<any>(SIMULATE, { id: persona.id })).simulateSandboxHistory.posts).toBe(18);
  });

  it("keeps the persona's real posts and their figures", async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const item = await createItem(user.request, persona.id, { status: 'READY', title: 'Real', caption: 'Real #real', platform: 'SANDBOX' });
    expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(1.5) }));
    await eventually(async () => {
      const { rows } = await server.handle.pool.query(`SELECT state FROM scheduled_posts WHERE content_item_id = $1`, [item.id]);
      expect(rows[0]?.state).toBe('published');
    }, 10_000);
    // The real post's first checkpoint, taken by the collector an hour later.
    await collectDueMetrics(await collector(), new Date(Date.now() + 3600_000 + 60_000));
    const { rows: [before] } = await server.handle.pool.query(`SELECT reach FROM post_performance WHERE content_item_id = $1`, [item.id]);
    expect(before.reach).toBeGreaterThan(0);

    expectData(await user.request<any>(REMOVE, { id: persona.id }));
    expect(await footprint(persona.id)).toMatchObject({ items: 1, jobs: 1, feed: 1, post_snapshots: 1, performance: 1 });
    const { rows: [after] } = await server.handle.pool.query(`SELECT reach FROM post_performance WHERE content_item_id = $1`, [item.id]);
    expect(after).toEqual(before);
    const feed = `query ($id: ID!) { sandboxFeed(personaId: $id, includeSimulated: true) { item { id } simulated } }`;
    expect(expectData(await user.request<any>(feed, { id: persona.id })).sandboxFeed).toEqual([{ item: { id: item.id }, simulated: false }]);
  });

  it('removes once when asked twice at the same moment', async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const results = await Promise.all([user.request<any>(REMOVE, { id: persona.id }), user.request<any>(REMOVE, { id: persona.id })]);
    expect(results.filter((result) => !result.errors).map((result) => result.data.removeSimulatedHistory.posts)).toEqual([18]);
    expect(results.filter((result) => result.errors).map((result) => result.errors![0]!.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await footprint(persona.id)).items).toBe(0);
  });

  it('is refused for a persona without a simulated history, changing nothing', async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    const error = expectError(await user.request<any>(REMOVE, { id: persona.id }), 'BAD_USER_INPUT', 'personaId');
    expect(error.message).toMatch(/no simulated history/);
  });

  it("cannot remove another user's history", async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const before = await footprint(persona.id);
    const other = await signUpUser(server.url);
    expectError(await other.request<any>(REMOVE, { id: persona.id }), 'NOT_FOUND', 'personaId');
    expect(await footprint(persona.id)).toEqual(before);
  });
});

describe('simulated followers', () => {
  const FOLLOWERS = `query ($id: ID!, $from: DateTime) { persona(id: $id) { analyticsSummary(from: $from) { followers { change series { day followers } } } } }`;
  const followersOf = async (personaId: string) => {
    const from = new Date(Date.now() - 60 * 24 * 3600_000).toISOString();
    return expectData(await user.request<any>(FOLLOWERS, { id: personaId, from })).persona.analyticsSummary.followers as {
      change: number | null;
      series: Array<{ day: string; followers: number }>;
    };
  };
  const todaysReading = async (personaId: string) => {
    const { rows } = await server.handle.pool.query(
      `SELECT followers FROM analytics_snapshots WHERE persona_id = $1 AND content_item_id IS NULL AND checkpoint = $2`,
      [personaId, `day:${new Date().toISOString().slice(0, 10)}`],
    );
    return rows[0]?.followers as number | undefined;
  };

  it('grow without a drop when the history follows a reading taken at connection, and agree with the change shown', async () => {
    const persona = await createPersona(user.request);
    await connectSandbox(user.request, persona.id);
    await collectDueMetrics(await collector());
    const atConnection = await todaysReading(persona.id);
    expect(atConnection).toBeGreaterThan(0);

    expectData(await user.request<any>(SIMULATE, { id: persona.id }));
    const { series, change } = await followersOf(persona.id);
    expect(series.length).toBeGreaterThanOrEqual(35);
    for (let index = 1; index < series.length; index += 1) {
      expect(series[index]!.followers, `${series[index - 1]!.day} -> ${series[index]!.day}`).toBeGreaterThanOrEqual(series[index - 1]!.followers);
    }
    expect(change).toBe(series.at(-1)!.followers - series[0]!.followers);
    expect(change).toBeGreaterThan(0);
    // Today's reading counts the history's posts, all published before it.
    const today = await todaysReading(persona.id);
    expect(today).toBeGreaterThan(atConnection!);
    // The collector's next reading follows on from there.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    await collectDueMetrics(await collector(), tomorrow);
    const { rows: [next] } = await server.handle.pool.query(
      `SELECT followers FROM analytics_snapshots WHERE persona_id = $1 AND content_item_id IS NULL AND checkpoint = $2`,
      [persona.id, `day:${tomorrow.toISOString().slice(0, 10)}`],
    );
    expect(next.followers).toBeGreaterThanOrEqual(today!);

    expectData(await user.request<any>(REMOVE, { id: persona.id }));
    expect(await todaysReading(persona.id)).toBe(atConnection);
  });
});
