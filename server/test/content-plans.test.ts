import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CREATE_PLAN, DELETE_PLAN, ITEM, PLAN, UPDATE_PLAN } from './support/documents.js';
import {
  createItem,
  createPersona,
  createPlan,
  expectData,
  expectError,
  expectNothingWritten,
} from './support/fixtures.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

const scene = useSignedInPersona();

const PERSONA_PLANS = `query ($id: ID!) { persona(id: $id) { contentPlans { id title startDate } } }`;

const VALID = {
  title: 'March',
  startDate: '2026-03-02',
  endDate: '2026-03-29',
  frequency: { count: 3, period: 'WEEK' },
};

describe('content plans', () => {
  it('creates, reads, updates and deletes a plan, and lists it under its persona', async () => {
    const created = await createPlan(scene.user.request, scene.personaId, {
      title: 'Launch',
      description: 'The first month',
      platforms: ['INSTAGRAM', 'SANDBOX'],
    });
    expect(created).toMatchObject({
      title: 'Launch',
      description: 'The first month',
      startDate: '2026-03-02',
      endDate: '2026-03-29',
      frequency: { count: 3, period: 'WEEK' },
      platforms: ['INSTAGRAM', 'SANDBOX'],
      persona: { id: scene.personaId },
    });
    expect(expectData(await scene.user.request<any>(PLAN, { id: created.id })).contentPlan).toEqual(created);

    const updated = expectData(
      await scene.user.request<any>(UPDATE_PLAN, { id: created.id, input: { title: 'Launch v2', platforms: [] } }),
    ).updateContentPlan;
    expect(updated).toMatchObject({ title: 'Launch v2', description: 'The first month', platforms: [], targetPostCount: 12 });

    const listed = expectData(await scene.user.request<any>(PERSONA_PLANS, { id: scene.personaId })).persona.contentPlans;
    expect(listed.map((plan: any) => plan.id)).toContain(created.id);

    expect(expectData(await scene.user.request<any>(DELETE_PLAN, { id: created.id })).deleteContentPlan).toEqual({ id: created.id });
    expect(expectData(await scene.user.request<any>(PLAN, { id: created.id })).contentPlan).toBeNull();
    expectError(await scene.user.request(DELETE_PLAN, { id: created.id }), 'NOT_FOUND', 'id');
  });

  it("lists a persona's plans soonest start first", async () => {
    const persona = await createPersona(scene.user.request);
    const later = await createPlan(scene.user.request, persona.id, { startDate: '2026-06-01', endDate: '2026-06-30' });
    const sooner = await createPlan(scene.user.request, persona.id, { startDate: '2026-04-01', endDate: '2026-04-30' });
    const listed = expectData(await scene.user.request<any>(PERSONA_PLANS, { id: persona.id })).persona.contentPlans;
    expect(listed.map((plan: any) => plan.id)).toEqual([sooner.id, later.id]);
  });

  it.each([
    [3, 'WEEK', '2026-03-02', '2026-03-29', 12],
    [10, 'MONTH', '2026-02-01', '2026-02-28', 10],
    [2, 'DAY', '2026-03-01', '2026-03-01', 2],
    [1, 'WEEK', '2028-01-01', '2028-12-31', 52],
    [20, 'DAY', '2026-01-01', '2026-02-19', 1000],
  ])('derives the target: %i per %s from %s to %s is %i posts', async (count, period, startDate, endDate, target) => {
    const plan = await createPlan(scene.user.request, scene.personaId, { startDate, endDate, frequency: { count, period } });
    expect(plan.targetPostCount).toBe(target);
  });

  it('recomputes the target when the frequency or the dates change', async () => {
    const plan = await createPlan(scene.user.request, scene.personaId, VALID);
    expect(plan.targetPostCount).toBe(12);
    const faster = expectData(
      await scene.user.request<any>(UPDATE_PLAN, { id: plan.id, input: { frequency: { count: 5, period: 'WEEK' } } }),
    ).updateContentPlan;
    expect(faster.targetPostCount).toBe(20);
    const shorter = expectData(
      await scene.user.request<any>(UPDATE_PLAN, { id: plan.id, input: { endDate: '2026-03-15' } }),
    ).updateContentPlan;
    expect(shorter).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-15', targetPostCount: 10 });
    const monthly = expectData(
      await scene.user.request<any>(UPDATE_PLAN, {
        id: plan.id,
        input: { startDate: '2026-02-01', endDate: '2026-02-28', frequency: { count: 10, period: 'MONTH' } },
      }),
    ).updateContentPlan;
    expect(monthly.targetPostCount).toBe(10);
  });

  it.each([
    ['an inverted range', { startDate: '2026-03-10', endDate: '2026-03-01' }, 'input.endDate'],
    ['an empty title', { title: '  ' }, 'input.title'],
    ['a count of 0', { frequency: { count: 0, period: 'WEEK' } }, 'input.frequency.count'],
    ['21 a day', { frequency: { count: 21, period: 'DAY' } }, 'input.frequency.count'],
    ['101 a week', { frequency: { count: 101, period: 'WEEK' } }, 'input.frequency.count'],
    ['301 a month', { frequency: { count: 301, period: 'MONTH' } }, 'input.frequency.count'],
    ['a range of 367 days', { startDate: '2026-01-01', endDate: '2027-01-02', frequency: { count: 1, period: 'WEEK' } }, 'input.endDate'],
    ['more than 1000 posts', { startDate: '2026-01-01', endDate: '2026-03-01', frequency: { count: 20, period: 'DAY' } }, 'input.frequency.count'],
  ])('refuses %s, naming the field and writing nothing', async (_case, override, field) => {
    await expectNothingWritten(scene.server, ['content_plans'], async () => {
      const result = await scene.user.request(CREATE_PLAN, { input: { personaId: scene.personaId, ...VALID, ...override } });
      expectError(result, 'BAD_USER_INPUT', field);
    });
  });

  it.each(['2026-02-30', '2026-2-3', 'tomorrow'])('refuses the date %s through the Date scalar', async (date) => {
    await expectNothingWritten(scene.server, ['content_plans'], async () => {
      const result = await scene.user.request(CREATE_PLAN, { input: { personaId: scene.personaId, ...VALID, startDate: date } });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/real date as YYYY-MM-DD/);
    });
    const literal = await scene.user.request(
      `mutation { createContentPlan(input: { personaId: "${scene.personaId}", title: "x", startDate: "${date}", endDate: "2026-03-29", frequency: { count: 1, period: WEEK } }) { id } }`,
    );
    expect(literal.data ?? null).toBeNull();
    expect(literal.errors?.[0]?.message).toMatch(/real date as YYYY-MM-DD/);
  });

  it('refuses an update that would invert the range, leaving the plan as it was', async () => {
    const plan = await createPlan(scene.user.request, scene.personaId, VALID);
    expectError(await scene.user.request(UPDATE_PLAN, { id: plan.id, input: { endDate: '2026-03-01' } }), 'BAD_USER_INPUT', 'input.endDate');
    expectError(await scene.user.request(UPDATE_PLAN, { id: plan.id, input: { startDate: '2026-04-01' } }), 'BAD_USER_INPUT');
    expectError(
      await scene.user.request(UPDATE_PLAN, { id: plan.id, input: { frequency: { count: 20, period: 'DAY' }, endDate: '2026-12-31' } }),
      'BAD_USER_INPUT',
      'input.frequency.count',
    );
    expect(expectData(await scene.user.request<any>(PLAN, { id: plan.id })).contentPlan).toEqual(plan);
  });

  it('keeps the items of a deleted plan, detached from it', async () => {
    const plan = await createPlan(scene.user.request, scene.personaId, VALID);
    const items = [
      await createItem(scene.user.request, scene.personaId, { planId: plan.id }),
      await createItem(scene.user.request, scene.personaId, { planId: plan.id, status: 'DRAFT' }),
    ];
    expectData(await scene.user.request(DELETE_PLAN, { id: plan.id }));
    for (const item of items) {
      const after = expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem;
      expect(after).toMatchObject({ id: item.id, status: item.status, persona: { id: scene.personaId }, plan: null });
    }
  });

  it('answers NOT_FOUND on input.personaId for a persona that does not exist', async () => {
    for (const missing of [randomUUID(), 'not-a-uuid']) {
      await expectNothingWritten(scene.server, ['content_plans'], async () => {
        const result = await scene.user.request(CREATE_PLAN, { input: { personaId: missing, ...VALID } });
        expectError(result, 'NOT_FOUND', 'input.personaId');
      });
    }
  });

  it('answers NOT_FOUND on id when updating or deleting a plan that does not exist', async () => {
    expectError(await scene.user.request(UPDATE_PLAN, { id: randomUUID(), input: { title: 'x' } }), 'NOT_FOUND', 'id');
    expectError(await scene.user.request(DELETE_PLAN, { id: randomUUID() }), 'NOT_FOUND', 'id');
    expect(expectData(await scene.user.request<any>(PLAN, { id: randomUUID() })).contentPlan).toBeNull();
  });
});
