import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpUser } from '../support/graphql-client.js';
import { subscribe, within } from '../support/live-subscription.js';
import { socketClient } from '../support/socket-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Plan -> ideas with the offline generator (no key configured), through the real worker.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const RUN = `id state progress generator briefVersion error inputTokens`;

async function planFor(timeZone: string, startDate: string, endDate: string, count: number, period: string) {
  const persona = await user.request<any>(
    `mutation ($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`,
    { input: { name: 'Gen', handle: `gen${Math.random().toString(36).slice(2, 8)}`, niche: 'Urban gardening', timeZone, topics: ['compost', 'tomatoes'], avoid: ['pesticide'] } },
  );
  const plan = await user.request<any>(
    `mutation ($input: CreateContentPlanInput!) { createContentPlan(input: $input) { id targetPostCount } }`,
    { input: { personaId: persona.data.createPersona.id, title: 'Spring', startDate, endDate, frequency: { count, period } } },
  );
  return { personaId: persona.data.createPersona.id as string, planId: plan.data.createContentPlan.id as string, target: plan.data.createContentPlan.targetPostCount as number };
}

async function generateAndWait(personaId: string, planId: string) {
  const client = socketClient(server.url, user.token);
  const live = await subscribe(client, `subscription ($personaId: ID) { generationRunUpdated(personaId: $personaId) { ${RUN} } }`, { personaId });
  const started = await user.request<any>(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { ${RUN} } }`, { planId });
  expect(started.data.generatePlanIdeas).toMatchObject({ state: 'QUEUED', generator: 'OFFLINE' });
  const states: string[] = [];
  for (;;) {
    const event = await within(live.next(10_000), 10_000, 'generation update');
    states.push(event.data.generationRunUpdated.state);
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(states.at(-1)!)) break;
  }
  live.unsubscribe();
  await client.dispose();
  return { runId: started.data.generatePlanIdeas.id as string, states };
}

describe('plan generation', () => {
  it('creates exactly the target number of ideas inside the range, streaming progress', async () => {
    const { personaId, planId, target } = await planFor('Europe/Berlin', '2026-03-02', '2026-03-29', 3, 'WEEK');
    expect(target).toBe(12);
    const { states } = await generateAndWait(personaId, planId);
    // Events name the run; each subscriber reads it as it is when the event arrives, so a fast
    // run may skip RUNNING. What holds: updates start QUEUED, never go back, end SUCCEEDED.
    const order = ['QUEUED', 'RUNNING', 'SUCCEEDED'];
    expect(states[0]).toBe('QUEUED');
    expect(states.map((state) => order.indexOf(state))).toEqual([...states.map((state) => order.indexOf(state))].sort());
    expect(states.at(-1)).toBe('SUCCEEDED');
    const plan = await user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { status scheduledAt generated untouched briefVersion hashtags caption } } }`, { id: planId });
    const items = plan.data.contentPlan.items;
    expect(items).toHaveLength(12);
    expect(items.every((item: any) => item.status === 'IDEA' && item.generated && item.untouched && item.briefVersion === 1)).toBe(true);
    expect(items.every((item: any) => item.scheduledAt >= '2026-03-02' && item.scheduledAt < '2026-03-30')).toBe(true);
    expect(items.some((item: any) => /pesticide/i.test(item.caption))).toBe(false);
  });

  it('regenerates only untouched ideas and never duplicates', async () => {
    const { personaId, planId } = await planFor('UTC', '2026-04-01', '2026-04-10', 1, 'DAY');
    await generateAndWait(personaId, planId);
    const first = await user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { id version title } } }`, { id: planId });
    const kept = first.data.contentPlan.items[0];
    await user.request(`mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id } }`, { id: kept.id, input: { expectedVersion: kept.version, title: 'Edited by a person' } });
    // What the person is told regeneration replaces: the nine ideas nobody touched.
    const counts = await user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { untouchedIdeas } }`, { id: planId });
    expect(counts.data.contentPlan.untouchedIdeas).toBe(9);
    await generateAndWait(personaId, planId);
    const second = await user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { id title untouched } } }`, { id: planId });
    const items = second.data.contentPlan.items;
    expect(items).toHaveLength(10);
    expect(items.filter((item: any) => item.id === kept.id)).toEqual([{ id: kept.id, title: 'Edited by a person', untouched: false }]);
    expect(items.filter((item: any) => first.data.contentPlan.items.some((old: any) => old.id === item.id))).toHaveLength(1);
  });
});
