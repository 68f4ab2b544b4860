import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, createPlan, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The loop back into plans: a persona whose history says "Saturdays at 19:00, #tomatoes" gets
// recommendations saying so, with evidence, and a generated plan posts at 19:00 and leads with
// the tag. History is seeded as measured posts (the collector is tested on its own).

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

async function seedMeasuredPost(personaId: string, local: string, zone: string, rate: number, caption: string) {
  const publishedAt = DateTime.fromISO(local, { zone }).toJSDate();
  const { rows: [item] } = await server.handle.pool.query<{ id: string }>(
    `INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, published_at)
     VALUES ($1, 'seeded', $2, 'sandbox', 'posted', $3, $3) RETURNING id`,
    [personaId, caption, publishedAt],
  );
  await server.handle.pool.query(
    `INSERT INTO post_performance (content_item_id, persona_id, platform, published_at, captured_at, reach, total_interactions, engagement_rate, simulated)
     VALUES ($1, $2, 'sandbox', $3, $3, 1000, $4, $5, true)`,
    [item!.id, personaId, publishedAt, Math.round(rate * 1000), rate],
  );
}

describe('recommendations into plans', () => {
  it('recommends the planted slot and theme with evidence, and plan generation follows them', async () => {
    const zone = 'America/Los_Angeles';
    const persona = await createPersona(user.request, { timeZone: zone, topics: ['tomatoes', 'basil'] });
    for (const day of ['2026-05-02', '2026-05-09', '2026-05-16']) await seedMeasuredPost(persona.id, `${day}T19:00`, zone, 0.09, 'Which one wins? #tomatoes');
    for (const day of ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-11', '2026-05-12']) await seedMeasuredPost(persona.id, `${day}T08:00`, zone, 0.03, 'Morning watering. #routine');

    const { recommendations } = expectData(await user.request<any>(`query ($id: ID!) { persona(id: $id) { recommendations {
      basedOnPosts confidence summary simulated slots { weekday hour posts explanation } insights { kind label lift posts explanation } } } }`, { id: persona.id })).persona;
    expect(recommendations).toMatchObject({ basedOnPosts: 8, confidence: 'LOW', simulated: true });
    expect(recommendations.slots[0]).toMatchObject({ weekday: 6, hour: 19, posts: 3, explanation: expect.stringMatching(/3 posts on Saturdays at 19:00/) });
    expect(recommendations.insights).toContainEqual(expect.objectContaining({ kind: 'THEME', label: '#tomatoes', posts: 3 }));
    expect(recommendations.insights).toContainEqual(expect.objectContaining({ kind: 'HOOK', label: 'a question' }));
    expect(recommendations.summary).toMatch(/Saturdays at 19:00/);

    const plan = await createPlan(user.request, persona.id, { startDate: '2026-06-01', endDate: '2026-06-14', frequency: { count: 4, period: 'WEEK' } });
    expectData(await user.request<any>('mutation ($id: ID!) { generatePlanIdeas(planId: $id) { id } }', { id: plan.id }));
    const items = await eventually(async () => {
      const found = expectData(await user.request<any>('query ($id: ID!) { contentPlan(id: $id) { items(first: 100) { scheduledAt hashtags } } }', { id: plan.id })).contentPlan.items;
      expect(found).toHaveLength(8);
      return found;
    }, 15_000);
    for (const item of items) {
      expect(DateTime.fromISO(item.scheduledAt, { zone }).hour).toBe(19);
      expect(item.hashtags[0]).toBe('#tomatoes');
    }
  });
});
