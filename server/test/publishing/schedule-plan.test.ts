import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, createPlan, expectData, expectError, expectNothingWritten } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { connectInstagram, connectSandbox, DISCONNECT, instagramSettings, secondsFromNow, uploadImage, withImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Scheduling a plan's READY items at their planned times in one go: each item as schedulePost
// would, the ones that cannot go listed with the reason and left READY.

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({ ...instagramSettings(fake), RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const SCHEDULE_PLAN = `mutation ($planId: ID!, $channelId: ID!) { scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {
  scheduled { runAt state item { id status scheduledAt } }
  skipped { item { id title status } reason }
} }`;

async function planWithItems(platform = 'SANDBOX') {
  const persona = await createPersona(user.request);
  const plan = await createPlan(user.request, persona.id);
  const item = (title: string, overrides: Record<string, unknown>) =>
    createItem(user.request, persona.id, { planId: plan.id, title, caption: `${title} caption`, platform, ...overrides });
  return { persona, plan, item };
}

describe('scheduling a plan’s ready items', () => {
  it('schedules each READY item at its planned time, and lists the ones without a usable time', async () => {
    const { persona, plan, item } = await planWithItems();
    const later = await item('later', { status: 'READY', scheduledAt: secondsFromNow(7200) });
    const sooner = await item('sooner', { status: 'READY', scheduledAt: secondsFromNow(3600) });
    const unplanned = await item('unplanned', { status: 'READY' });
    const past = await item('past', { status: 'READY', scheduledAt: secondsFromNow(-3600) });
    const idea = await item('idea', { status: 'IDEA', scheduledAt: secondsFromNow(5400) });
    const channel = await connectSandbox(user.request, persona.id);

    const result = expectData(await user.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: channel.id })).scheduleReadyPlanItems;
    expect(result.scheduled.map((post: any) => post.item.id)).toEqual([sooner.id, later.id]);
    for (const post of result.scheduled) {
      expect(post).toMatchObject({ state: 'PENDING', item: { status: 'SCHEDULED' } });
      expect(post.runAt).toBe(post.item.scheduledAt);
    }
    expect(Date.parse(result.scheduled[0].runAt)).toBe(Date.parse(sooner.scheduledAt));
    expect(result.skipped).toEqual([
      { item: { id: past.id, title: 'past', status: 'READY' }, reason: expect.stringMatching(/planned time has passed/) },
      { item: { id: unplanned.id, title: 'unplanned', status: 'READY' }, reason: expect.stringMatching(/no planned time/) },
    ]);
    const { rows } = await server.handle.pool.query('SELECT status FROM content_items WHERE id = $1', [idea.id]);
    expect(rows[0].status).toBe('idea');

    // Again: nothing READY with a time is left.
    const again = expectData(await user.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: channel.id })).scheduleReadyPlanItems;
    expect(again.scheduled).toEqual([]);
    expect(again.skipped).toHaveLength(2);
  });

  it('reports what the channel refuses for an item, schedules the rest, and reads the Instagram quota once', async () => {
    const { persona, plan, item } = await planWithItems('INSTAGRAM');
    const jpeg = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#3c8c64' } }).jpeg().toBuffer();
    const withPhoto = async (title: string, seconds: number) =>
      withImage(user.request, await item(title, { status: 'READY', scheduledAt: secondsFromNow(seconds) }), await uploadImage(server.url, user.token, persona.id, jpeg));
    const first = await withPhoto('first photo', 3600);
    const noImage = await item('no image', { status: 'READY', scheduledAt: secondsFromNow(5400) });
    const second = await withPhoto('second photo', 7200);
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    const quotaReadsBefore = fake.calls('publishing_limit');

    const result = expectData(await user.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: channel.id })).scheduleReadyPlanItems;
    expect(result.scheduled.map((post: any) => post.item.id)).toEqual([first.id, second.id]);
    expect(result.skipped).toEqual([{ item: { id: noImage.id, title: 'no image', status: 'READY' }, reason: expect.stringMatching(/need an image/) }]);
    expect(fake.calls('publishing_limit') - quotaReadsBefore).toBe(1);
  });

  it("refuses another persona's channel, a disconnected channel and another user's plan, writing nothing", async () => {
    const { persona, plan, item } = await planWithItems();
    await item('ready', { status: 'READY', scheduledAt: secondsFromNow(3600) });
    const other = await createPersona(user.request);
    const foreign = await connectSandbox(user.request, other.id);
    const own = await connectSandbox(user.request, persona.id);
    await expectNothingWritten(server, ['scheduled_posts'], async () => {
      expectError(await user.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: foreign.id }), 'BAD_USER_INPUT', 'channelId');
      const stranger = await signUpUser(server.url);
      expectError(await stranger.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: own.id }), 'NOT_FOUND', 'planId');
      expectData(await user.request<any>(DISCONNECT, { id: own.id }));
      const refused = expectError(await user.request<any>(SCHEDULE_PLAN, { planId: plan.id, channelId: own.id }), 'BAD_USER_INPUT', 'channelId');
      expect(refused.message).toMatch(/disconnected/);
    });
  });
});
