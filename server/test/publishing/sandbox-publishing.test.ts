import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_ITEM, ITEM_HISTORY, UPDATE_ITEM } from '../support/documents.js';
import { countRows, createItem, createPersona, expectData, expectError, fieldErrorFields } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { CANCEL, connectSandbox, POSTS, RESCHEDULE, SANDBOX_FEED, schedule, secondsFromNow } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The whole flow on the built-in Sandbox channel, through the API a client uses: schedule,
// the publisher picks it up at its time, the item ends POSTED and the feed shows it once.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

async function readyItem(personaId: string, overrides: Record<string, unknown> = {}) {
  return createItem(user.request, personaId, { status: 'READY', caption: 'Balcony tomatoes, day 40 #garden', platform: 'SANDBOX', ...overrides });
}

describe('Sandbox publishing', () => {
  it('publishes a scheduled item at its time, once, and marks it POSTED', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    expect(channel).toMatchObject({ platform: 'SANDBOX', status: 'ACTIVE', tokenExpiresAt: null });
    const item = await readyItem(persona.id);
    const post = expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) })).schedulePost;
    expect(post).toMatchObject({ state: 'PENDING', item: { status: 'SCHEDULED', scheduledAt: post.runAt } });

    const feed = await eventually(async () => {
      const rows = expectData(await user.request<any>(SANDBOX_FEED, { personaId: persona.id })).sandboxFeed;
      expect(rows).toHaveLength(1);
      return rows;
    }, 10_000);
    expect(feed[0]).toMatchObject({ caption: item.caption, hashtags: ['#garden'], item: { id: item.id } });
    expect(feed[0].permalink).toBe(`/personas/${persona.id}/sandbox#post-${feed[0].id}`);

    const [published] = expectData(await user.request<any>(POSTS, { filter: { personaId: persona.id, from: secondsFromNow(-60), to: secondsFromNow(60) } })).scheduledPosts;
    expect(published).toMatchObject({ state: 'PUBLISHED', attempts: 1, platformPostId: feed[0].id, item: { status: 'POSTED' } });
    expect(Date.parse(published.publishedAt)).toBeGreaterThanOrEqual(Date.parse(post.runAt));
    const history = expectData(await user.request<any>(ITEM_HISTORY, { id: item.id })).contentItem.statusHistory;
    expect(history.at(-1)).toMatchObject({ from: 'SCHEDULED', to: 'POSTED', actor: { kind: 'PROCESS', name: 'publisher' } });
    expect(await countRows(server, 'sandbox_posts')).toBeGreaterThanOrEqual(1);
  });

  it('posts now: due at once by the server’s clock, published straight away', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const item = await readyItem(persona.id, { caption: 'Right now #now' });
    const asked = Date.now();
    const post = expectData(await schedule(user.request, item, channel.id, { now: true })).schedulePost;
    expect(Date.parse(post.runAt) - asked).toBeLessThan(5_000);
    const feed = await eventually(async () => {
      const rows = expectData(await user.request<any>(SANDBOX_FEED, { personaId: persona.id })).sandboxFeed;
      expect(rows).toHaveLength(1);
      return rows;
    }, 10_000);
    expect(feed[0]).toMatchObject({ caption: 'Right now #now', item: { id: item.id } });
    expectError(await schedule(user.request, await readyItem(persona.id), channel.id, { now: true, at: secondsFromNow(60) }), 'BAD_USER_INPUT', 'input.when');
  });

  it('refuses what cannot be published, naming each field, and stores nothing', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { status: 'DRAFT', caption: 'x'.repeat(2300), platform: 'SANDBOX' });
    const before = await countRows(server, 'scheduled_posts');
    const refused = await schedule(user.request, item, channel.id, { at: secondsFromNow(-5) });
    expectError(refused, 'BAD_USER_INPUT');
    expect(fieldErrorFields(refused)).toEqual(['input.when', 'input.itemId']);
    const both = await schedule(user.request, item, channel.id, { at: secondsFromNow(60), localTime: '2030-01-01T09:00' });
    expect(fieldErrorFields(both)).toContain('input.when');
    expect(await countRows(server, 'scheduled_posts')).toBe(before);
  });

  it('turns a wall-clock time in the persona time zone into the right instant, across daylight saving', async () => {
    const persona = await createPersona(user.request, { timeZone: 'Europe/Berlin' });
    const channel = await connectSandbox(user.request, persona.id);
    const summer = await readyItem(persona.id);
    const winter = await readyItem(persona.id);
    const a = expectData(await schedule(user.request, summer, channel.id, { localTime: '2031-07-01T09:30' })).schedulePost;
    const b = expectData(await schedule(user.request, winter, channel.id, { localTime: '2031-12-01T09:30' })).schedulePost;
    expect(a.runAt).toBe('2031-07-01T07:30:00.000Z');
    expect(b.runAt).toBe('2031-12-01T08:30:00.000Z');
    const gap = await schedule(user.request, await readyItem(persona.id), channel.id, { localTime: '2031-03-30T02:30' });
    expectError(gap, 'BAD_USER_INPUT', 'input.when.localTime');
    expect(gap.errors![0]!.message).toMatch(/does not exist in Europe\/Berlin/);
  });

  it('reschedules and cancels pending posts, and the item follows', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const item = await readyItem(persona.id);
    const post = expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(3600) })).schedulePost;
    const later = secondsFromNow(7200);
    const moved = expectData(await user.request<any>(RESCHEDULE, { id: post.id, at: { at: later } })).reschedulePost;
    expect(moved).toMatchObject({ runAt: later, state: 'PENDING', item: { scheduledAt: later, status: 'SCHEDULED' } });
    const again = await schedule(user.request, moved.item, channel.id, { at: secondsFromNow(600) });
    expectError(again, 'CONFLICT', 'input.itemId');
    const cancelled = expectData(await user.request<any>(CANCEL, { id: post.id })).cancelScheduledPost;
    expect(cancelled).toMatchObject({ state: 'CANCELLED', item: { status: 'READY' } });
    expectError(await user.request<any>(CANCEL, { id: post.id }), 'CONFLICT', 'id');
  });

  it('keeps the platform of a scheduled item: its job was checked for it', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const post = expectData(await schedule(user.request, await readyItem(persona.id), channel.id, { at: secondsFromNow(3600) })).schedulePost;
    const change = await user.request<any>(UPDATE_ITEM, { id: post.item.id, input: { expectedVersion: post.item.version, platform: 'FACEBOOK' } });
    expectError(change, 'BAD_USER_INPUT', 'input.platform');
    const byHand = await createItem(user.request, persona.id, { status: 'SCHEDULED', platform: 'FACEBOOK', caption: 'planned', scheduledAt: secondsFromNow(3600) });
    const toInstagram = await user.request<any>(UPDATE_ITEM, { id: byHand.id, input: { expectedVersion: byHand.version, platform: 'INSTAGRAM' } });
    expectError(toInstagram, 'BAD_USER_INPUT', 'input.platform');
  });

  it('refuses to delete an item while it is being published', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const post = expectData(await schedule(user.request, await readyItem(persona.id), channel.id, { at: secondsFromNow(3600) })).schedulePost;
    // As a worker holds it mid-publish: the platform may be publishing it this moment.
    await server.handle.pool.query(
      `UPDATE scheduled_posts SET state = 'publishing', lease_owner = 'test/claim', lease_expires_at = now() + interval '1 hour' WHERE id = $1`,
      [post.id],
    );
    expectError(await user.request<any>(DELETE_ITEM, { id: post.item.id }), 'CONFLICT', 'id');
    expect(expectData(await user.request<any>(ITEM_HISTORY, { id: post.item.id })).contentItem).toBeTruthy();
  });

  it("never shows or touches another user's posts and channels", async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const post = expectData(await schedule(user.request, await readyItem(persona.id), channel.id, { at: secondsFromNow(3600) })).schedulePost;
    const stranger = await signUpUser(server.url);
    expectError(await stranger.request<any>(CANCEL, { id: post.id }), 'NOT_FOUND', 'id');
    const theirs = expectData(await stranger.request<any>(POSTS, { filter: { from: secondsFromNow(-60), to: secondsFromNow(86_400) } })).scheduledPosts;
    expect(theirs).toEqual([]);
    const strangerPersona = await createPersona(stranger.request);
    const strangerItem = await createItem(stranger.request, strangerPersona.id, { status: 'READY', caption: 'mine', platform: 'SANDBOX' });
    expectError(await schedule(stranger.request, strangerItem, channel.id, { at: secondsFromNow(600) }), 'NOT_FOUND', 'input.channelId');
  });
});
