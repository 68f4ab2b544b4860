import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletion, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { expectData } from '../support/fixtures.js';
import { eventually } from '../support/live-subscription.js';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Plan generation against an OpenAI-compatible server (a fake on 127.0.0.1, through the real
// SDK): success records usage; a failure or a cancellation leaves the plan untouched.

let fake: FakeOpenAI;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, AI_TIMEOUT_MS: '5000', AI_MAX_RETRIES: '1' });
  user = await signUpUser(server.url);
});
afterAll(async () => {
  await server.close();
  await fake.close();
});

const idea = (n: number) => ({ title: `Idea ${n}`, caption: `Caption ${n}`, hashtags: ['#garden'], imagePrompt: `Image ${n}` });

async function newPlan(days: number) {
  const persona = await user.request<any>(`mutation ($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, {
    input: { name: 'Model', handle: `m${Math.random().toString(36).slice(2, 9)}`, niche: 'Gardening', timeZone: 'UTC' },
  });
  const plan = await user.request<any>(`mutation ($input: CreateContentPlanInput!) { createContentPlan(input: $input) { id } }`, {
    input: { personaId: persona.data.createPersona.id, title: 'P', startDate: '2026-05-01', endDate: `2026-05-${String(days).padStart(2, '0')}`, frequency: { count: 1, period: 'DAY' } },
  });
  return plan.data.createContentPlan.id as string;
}

async function start(planId: string) {
  const result = await user.request<any>(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id generator } }`, { planId });
  return result.data.generatePlanIdeas as { id: string; generator: string };
}

async function finished(runId: string) {
  return eventually(async () => {
    const result = await user.request<any>(`query ($id: ID!) { generationRun(id: $id) { state error inputTokens outputTokens model } }`, { id: runId });
    const run = result.data.generationRun;
    if (['QUEUED', 'RUNNING'].includes(run.state)) throw new Error(`still ${run.state}`);
    return run;
  }, 15_000);
}

async function itemCount(planId: string) {
  const result = await user.request<any>(`query ($id: ID!) { contentPlan(id: $id) { itemCounts { total } } }`, { id: planId });
  return result.data.contentPlan.itemCounts.total as number;
}

describe('plan generation with a model', () => {
  it('retries a 429, then writes the ideas, their hashtags in the caption, and records the usage', async () => {
    const planId = await newPlan(3);
    fake.script({ status: 429, body: { error: { message: 'slow down' } } }, { body: chatCompletion({ ideas: [idea(1), idea(2), { ...idea(3), caption: 'Caption 3 #Garden' }] }) });
    const run = await start(planId);
    expect(run.generator).toBe('OPENAI');
    expect(await finished(run.id)).toMatchObject({ state: 'SUCCEEDED', inputTokens: 321, outputTokens: 123, model: 'gpt-4o-mini-2024-07-18' });
    const { items } = expectData(await user.request<any>('query ($id: ID!) { contentPlan(id: $id) { items(first: 10) { caption hashtags } } }', { id: planId })).contentPlan;
    // The model gives hashtags apart from the caption; the caption is where they are kept.
    expect(items.map((item: any) => item.caption).sort()).toEqual(['Caption 1\n\n#garden', 'Caption 2\n\n#garden', 'Caption 3 #Garden']);
    expect(items.flatMap((item: any) => item.hashtags).sort()).toEqual(['#Garden', '#garden', '#garden']);
  });

  it('fails with a clear error on malformed output and writes nothing', async () => {
    const planId = await newPlan(3);
    fake.script({ body: chatCompletion('Here are your ideas!') });
    const run = await start(planId);
    expect(await finished(run.id)).toMatchObject({ state: 'FAILED', error: 'The model returned text that is not JSON' });
    expect(await itemCount(planId)).toBe(0);
  });

  it('keeps nothing from a batch that failed after earlier batches succeeded', async () => {
    const planId = await newPlan(12);
    fake.script({ body: chatCompletion({ ideas: Array.from({ length: 10 }, (_, n) => idea(n)) }) }, { status: 500, body: { error: { message: 'down' } } }, { status: 500, body: { error: { message: 'down' } } });
    const run = await start(planId);
    expect(await finished(run.id)).toMatchObject({ state: 'FAILED', error: 'The AI provider could not complete the request (HTTP 500)' });
    expect(await itemCount(planId)).toBe(0);
  });

  it('cancels a run in flight; nothing is written even when the model answers later', async () => {
    const planId = await newPlan(3);
    fake.script({ delayMs: 3_000, body: chatCompletion({ ideas: [idea(1), idea(2), idea(3)] }) });
    const run = await start(planId);
    await eventually(async () => {
      if (fake.requests.at(-1)?.path !== '/v1/chat/completions') throw new Error('not asked yet');
      const state = (await user.request<any>(`query ($id: ID!) { generationRun(id: $id) { state } }`, { id: run.id })).data.generationRun.state;
      if (state !== 'RUNNING') throw new Error(state);
    }, 10_000);
    const cancelled = await user.request<any>(`mutation ($id: ID!) { cancelGeneration(id: $id) { state } }`, { id: run.id });
    expect(cancelled.data.cancelGeneration.state).toBe('CANCELLED');
    expect(await finished(run.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await itemCount(planId)).toBe(0);
  });
});
