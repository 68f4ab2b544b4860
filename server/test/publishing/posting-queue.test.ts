import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData, expectError, expectNothingWritten } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { connectSandbox, RESCHEDULE, schedule, secondsFromNow } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Posting schedules and the queue: a channel's weekly times in the persona's zone; "Add to
// queue" takes the next one no post holds; the grid's reorder trades times between items.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let other: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
  other = await signUpUser(server.url);
});
afterAll(async () => {
  await server?.close();
});

const SET_SLOTS = `mutation ($channelId: ID!, $slots: [PostingSlotInput!]!) {
  setPostingSlots(channelId: $channelId, slots: $slots) { id postingSlots { weekday time } nextQueueTime }
}`;
const CHANNEL = `query ($id: ID!) { channelIntegration(id: $id) { id postingSlots { weekday time } nextQueueTime } }`;
const SCHEDULE_MANY = `mutation ($ids: [ID!]!, $channelId: ID!, $queue: Boolean) {
  scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) { items { id scheduledAt } refused { item { id } reason } }
}`;
const REORDER = `mutation ($input: ReorderUpcomingPostsInput!) { reorderUpcomingPosts(input: $input) { id status scheduledAt } }`;

const ZONE = 'Asia/Tokyo';
const MON_WED_FRI_9_AND_18 = [1, 3, 5].flatMap((weekday) => ['09:00', '18:00'].map((time) => ({ weekday, time })));

/** The next `count` Mon/Wed/Fri 09:00 and 18:00 in Tokyo at least a minute ahead, worked out apart from the server's code. */
function expectedSlots(count: number): string[] {
  const found: string[] = [];
  const earliest = Date.now() + 60_000;
  for (let day = DateTime.now().setZone(ZONE).startOf('day'); found.length < count; day = day.plus({ days: 1 })) {
    if (![1, 3, 5].includes(day.weekday)) continue;
    for (const hour of [9, 18]) {
      const at = day.set({ hour });
      if (at.toMillis() >= earliest && found.length < count) found.push(at.toUTC().toISO({ suppressMilliseconds: false })!);
    }
  }
  return found;
}
const iso = (value: string) => new Date(value).toISOString();

async function personaWithQueue() {
  const persona = await createPersona(user.request, { timeZone: ZONE });
  const channel = await connectSandbox(user.request, persona.id);
  expectData(await user.request(SET_SLOTS, { channelId: channel.id, slots: MON_WED_FRI_9_AND_18 }));
  const ready = (title: string, overrides: Record<string, unknown> = {}) =>
    createItem(user.request, persona.id, { title, caption: `${title} caption`, platform: 'SANDBOX', status: 'READY', ...overrides });
  return { persona, channel, ready };
}

describe('posting schedules', () => {
  it('stores the weekly times and says when the queue would post next, in the persona’s zone', async () => {
    const persona = await createPersona(user.request, { timeZone: ZONE });
    const channel = await connectSandbox(user.request, persona.id);
    const empty = expectData(await user.request<any>(CHANNEL, { id: channel.id })).channelIntegration;
    expect(empty).toMatchObject({ postingSlots: [], nextQueueTime: null });

    const saved = expectData(await user.request<any>(SET_SLOTS, { channelId: channel.id, slots: [...MON_WED_FRI_9_AND_18].reverse() })).setPostingSlots;
    expect(saved.postingSlots).toEqual(MON_WED_FRI_9_AND_18);
    expect(iso(saved.nextQueueTime)).toBe(expectedSlots(1)[0]);

    const cleared = expectData(await user.request<any>(SET_SLOTS, { channelId: channel.id, slots: [] })).setPostingSlots;
    expect(cleared).toMatchObject({ postingSlots: [], nextQueueTime: null });
  });

  it('refuses a bad schedule naming each slot, and changes nothing', async () => {
    const { channel } = await personaWithQueue();
    await expectNothingWritten(server, ['posting_slots'], async () => {
      const bad = expectError(
        await user.request(SET_SLOTS, { channelId: channel.id, slots: [{ weekday: 1, time: '9:00' }, { weekday: 8, time: '10:00' }] }),
        'BAD_USER_INPUT',
      );
      expect((bad.extensions?.fieldErrors as { field: string }[]).map((error) => error.field)).toEqual(['slots.0.time', 'slots.1.weekday']);
      expectError(await user.request(SET_SLOTS, { channelId: channel.id, slots: [{ weekday: 2, time: '09:00:30' }] }), 'BAD_USER_INPUT', 'slots.0.time');
      const repeat = expectError(
        await user.request(SET_SLOTS, { channelId: channel.id, slots: [{ weekday: 2, time: '09:00' }, { weekday: 2, time: '09:00' }] }),
        'BAD_USER_INPUT',
        'slots.1',
      );
      expect(repeat.message).toMatch(/repeats Tuesday 09:00/);
      expectError(await other.request(SET_SLOTS, { channelId: channel.id, slots: [] }), 'NOT_FOUND', 'channelId');
    });
    const kept = expectData(await user.request<any>(CHANNEL, { id: channel.id })).channelIntegration;
    expect(kept.postingSlots).toHaveLength(6);
    expect(expectData(await other.request<any>(CHANNEL, { id: channel.id })).channelIntegration).toBeNull();
  });
});

describe('Add to queue', () => {
  it('takes the next free slots in turn and passes over one a post already holds', async () => {
    const { channel, ready } = await personaWithQueue();
    const slots = expectedSlots(5);
    const manual = await ready('manual');
    expectData(await schedule(user.request, manual, channel.id, { at: slots[1] }));

    const runAts: string[] = [];
    for (const title of ['first', 'second', 'third']) {
      const post = expectData(await schedule(user.request, await ready(title), channel.id, { queue: true })).schedulePost;
      expect(post.item).toMatchObject({ status: 'SCHEDULED', scheduledAt: post.runAt });
      runAts.push(iso(post.runAt));
    }
    expect(runAts).toEqual([slots[0], slots[2], slots[3]]);
    const channelNow = expectData(await user.request<any>(CHANNEL, { id: channel.id })).channelIntegration;
    expect(iso(channelNow.nextQueueTime)).toBe(slots[4]);
  });

  it('gives two items added at the same moment two different slots', async () => {
    const { channel, ready } = await personaWithQueue();
    const [a, b] = await Promise.all([ready('a'), ready('b')]);
    const posts = await Promise.all([a, b].map(async (item) => expectData(await schedule(user.request, item, channel.id, { queue: true })).schedulePost));
    expect(posts.map((post) => iso(post.runAt)).sort()).toEqual(expectedSlots(2));
  });

  it('queues selected items in the order given', async () => {
    const { channel, ready } = await personaWithQueue();
    const items = await Promise.all(['x', 'y', 'z'].map((title) => ready(title)));
    const ordered = [items[2], items[0], items[1]].map((item) => item.id);
    const result = expectData(await user.request<any>(SCHEDULE_MANY, { ids: ordered, channelId: channel.id, queue: true })).scheduleContentItems;
    expect(result.refused).toEqual([]);
    const byId = new Map(result.items.map((item: any) => [item.id, iso(item.scheduledAt)]));
    expect(ordered.map((id) => byId.get(id))).toEqual(expectedSlots(3));
  });

  it('refuses without a free slot, or mixed with a time, and changes nothing', async () => {
    const persona = await createPersona(user.request, { timeZone: ZONE });
    const channel = await connectSandbox(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { title: 'no slots', caption: 'c', platform: 'SANDBOX', status: 'READY' });
    await expectNothingWritten(server, ['scheduled_posts', 'content_item_status_changes'], async () => {
      const none = expectError(await schedule(user.request, item, channel.id, { queue: true }), 'BAD_USER_INPUT', 'input.when.queue');
      expect(none.message).toMatch(/no free slot in the next 12 weeks/);
      expectError(await schedule(user.request, item, channel.id, { queue: true, at: secondsFromNow(3600) }), 'BAD_USER_INPUT', 'input.when');
    });
    const { rows } = await server.handle.pool.query('SELECT status FROM content_items WHERE id = $1', [item.id]);
    expect(rows[0].status).toBe('ready');
  });

  it('keeps the queue for new posts: a reschedule gives a time', async () => {
    const { channel, ready } = await personaWithQueue();
    const post = expectData(await schedule(user.request, await ready('queued'), channel.id, { queue: true })).schedulePost;
    expectError(await user.request(RESCHEDULE, { id: post.id, at: { queue: true } }), 'BAD_USER_INPUT', 'at.queue');
  });
});

describe('reordering what is coming', () => {
  it('trades the times between scheduled and planned items, the first named taking the earliest', async () => {
    const { persona, channel, ready } = await personaWithQueue();
    const [t1, t2, t3] = [secondsFromNow(3600), secondsFromNow(7200), secondsFromNow(10800)];
    const scheduled = expectData(await schedule(user.request, await ready('scheduled'), channel.id, { at: t1 })).schedulePost;
    const planned = await ready('planned', { scheduledAt: t2 });
    const draft = await createItem(user.request, persona.id, { title: 'draft', platform: 'SANDBOX', status: 'DRAFT', scheduledAt: t3 });

    const result = expectData(await user.request<any>(REORDER, { input: { personaId: persona.id, itemIds: [draft.id, scheduled.item.id, planned.id] } }));
    expect(result.reorderUpcomingPosts.map((item: any) => [item.id, item.status, iso(item.scheduledAt)])).toEqual([
      [draft.id, 'DRAFT', iso(t1)],
      [scheduled.item.id, 'SCHEDULED', iso(t2)],
      [planned.id, 'READY', iso(t3)],
    ]);
    const { rows } = await server.handle.pool.query('SELECT run_at, due_at, state FROM scheduled_posts WHERE id = $1', [scheduled.id]);
    expect(rows[0]).toMatchObject({ state: 'pending', run_at: new Date(t2), due_at: new Date(t2) });
  });

  it('refuses the whole order when an item cannot take part, naming it, and changes nothing', async () => {
    const { persona, ready } = await personaWithQueue();
    const a = await ready('a', { scheduledAt: secondsFromNow(3600) });
    const b = await ready('b', { scheduledAt: secondsFromNow(7200) });
    const unplanned = await ready('unplanned');
    const elsewhere = await ready('other persona', { personaId: (await createPersona(user.request)).id, scheduledAt: secondsFromNow(5400) });
    const times = async () => (await server.handle.pool.query('SELECT id, scheduled_at FROM content_items WHERE id = ANY($1) ORDER BY id', [[a.id, b.id]])).rows;
    const before = await times();

    const refused = expectError(await user.request(REORDER, { input: { personaId: persona.id, itemIds: [b.id, unplanned.id, a.id, elsewhere.id] } }), 'BAD_USER_INPUT');
    expect(refused.extensions?.fieldErrors).toEqual([
      { field: 'input.itemIds.1', message: 'has no planned time: give it one first' },
      { field: 'input.itemIds.3', message: "is not one of the persona's items" },
    ]);
    expectError(await user.request(REORDER, { input: { personaId: persona.id, itemIds: [a.id, a.id] } }), 'BAD_USER_INPUT', 'input.itemIds');
    expectError(await user.request(REORDER, { input: { personaId: persona.id, itemIds: [a.id] } }), 'BAD_USER_INPUT', 'input.itemIds');
    expectError(await other.request(REORDER, { input: { personaId: persona.id, itemIds: [b.id, a.id] } }), 'NOT_FOUND', 'input.personaId');
    expectError(await user.request(REORDER, { input: { personaId: randomUUID(), itemIds: [b.id, a.id] } }), 'NOT_FOUND', 'input.personaId');
    expect(await times()).toEqual(before);
  });
});
