import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, createPlan, expectData } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { connectSandbox } from './support/publishing.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Plans that respect limits (issue 15 §6): plan generation puts posts at the times of the
// channel's posting schedule and within the platform's daily quota (counting the persona's other
// posts), and refuses a plan that cannot fit, with the reason.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ INSTAGRAM_PLANNING_DAILY_LIMIT: '2' });
  user = await signUpUser(server.url);
});
afterAll(() => server?.close());

const RUN = `query ($id: ID!) { generationRun(id: $id) { state error } }`;
const ITEMS = `query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { scheduledAt } } }`;

async function generate(planId: string) {
  const { id } = expectData(await user.request<any>(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId })).generatePlanIdeas;
  let run: { state: string; error: string | null } = { state: 'QUEUED', error: null };
  await expect
    .poll(async () => {
      run = expectData(await user.request<any>(RUN, { id })).generationRun;
      return ['SUCCEEDED', 'FAILED'].includes(run.state);
    }, { timeout: 20_000 })
    .toBe(true);
  return run;
}

const localTimes = async (planId: string) =>
  (expectData(await user.request<any>(ITEMS, { id: planId })).contentPlan.items as Array<{ scheduledAt: string }>)
    .map((item) => new Date(item.scheduledAt).toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16))
    .sort();

describe('plans that respect limits', () => {
  it('places posts at the posting schedule’s times, and refuses a plan the schedule cannot hold', async () => {
    const persona = await createPersona(user.request, { timeZone: 'Europe/Berlin' });
    const channel = await connectSandbox(user.request, persona.id);
    expectData(
      await user.request(`mutation ($id: ID!, $slots: [PostingSlotInput!]!) { setPostingSlots(channelId: $id, slots: $slots) { id } }`, {
        id: channel.id,
        slots: [{ weekday: 1, time: '08:30' }, { weekday: 4, time: '18:00' }],
      }),
    );
    const fits = await createPlan(user.request, persona.id, { startDate: '2027-03-01', endDate: '2027-03-14', platforms: ['SANDBOX'], frequency: { count: 2, period: 'WEEK' } });
    expect((await generate(fits.id)).state).toBe('SUCCEEDED');
    expect(await localTimes(fits.id)).toEqual(['2027-03-01 08:30', '2027-03-04 18:00', '2027-03-08 08:30', '2027-03-11 18:00']);

    const tooMany = await createPlan(user.request, persona.id, { startDate: '2027-03-01', endDate: '2027-03-14', platforms: ['SANDBOX'], frequency: { count: 3, period: 'WEEK' } });
    const refused = await generate(tooMany.id);
    expect(refused).toEqual({
      state: 'FAILED',
      error: "The plan does not fit: the channel's posting schedule has 4 times between 2027-03-01 and 2027-03-14 and the plan needs 6; add posting times or lower the plan's frequency",
    });
    expect(await localTimes(tooMany.id)).toEqual([]);
  });

  it('keeps each day within the daily quota, counting the persona’s other posts, and refuses when the range is full', async () => {
    const persona = await createPersona(user.request, { timeZone: 'Europe/Berlin' });
    const first = await createPlan(user.request, persona.id, { startDate: '2027-05-03', endDate: '2027-05-05', platforms: ['INSTAGRAM'], frequency: { count: 1, period: 'DAY' } });
    expect((await generate(first.id)).state).toBe('SUCCEEDED');
    // Another plan over the same days: one more a day fits the quota of 2, a second does not.
    const second = await createPlan(user.request, persona.id, { startDate: '2027-05-03', endDate: '2027-05-05', platforms: ['INSTAGRAM'], frequency: { count: 1, period: 'DAY' } });
    expect((await generate(second.id)).state).toBe('SUCCEEDED');
    const third = await createPlan(user.request, persona.id, { startDate: '2027-05-03', endDate: '2027-05-05', platforms: ['INSTAGRAM'], frequency: { count: 1, period: 'DAY' } });
    expect(await generate(third.id)).toEqual({
      state: 'FAILED',
      error: 'The plan does not fit: the publishing quota allows 2 posts a day and the range has room for 0 more (posts already planned count too); the plan needs 3: lengthen the range or lower the frequency',
    });
  });
});
