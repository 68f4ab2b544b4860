import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failAbandonedGenerationRuns } from '../../src/jobs/maintenance.js';
import { createPersona, createPlan, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A worker that dies mid-generation leaves its run "running"; the hourly sweep ends it so the
// plan can be generated again and the app stops showing progress that will never come.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
});
afterAll(() => server.close());

describe('abandoned generation runs', () => {
  it('fails runs whose worker stopped an hour ago, and leaves recent ones alone', async () => {
    const user = await signUpUser(server.url);
    const persona = await createPersona(user.request);
    const [stale, fresh] = [await createPlan(user.request, persona.id), await createPlan(user.request, persona.id)];
    const insert = (planId: string, startedAgo: string) =>
      server.handle.pool.query<{ id: string }>(
        `INSERT INTO generation_runs (persona_id, plan_id, kind, state, provider, brief_version, started_at)
         VALUES ($1, $2, 'plan_ideas', 'running', 'offline', 1, now() - $3::interval) RETURNING id`,
        [persona.id, planId, startedAgo],
      );
    const { rows: [abandoned] } = await insert(stale.id, '2 hours');
    const { rows: [running] } = await insert(fresh.id, '2 minutes');

    expect(await failAbandonedGenerationRuns(server.handle.db)).toBe(1);
    const read = async (id: string) =>
      expectData(await user.request<any>('query ($id: ID!) { generationRun(id: $id) { state error finishedAt } }', { id })).generationRun;
    expect(await read(abandoned!.id)).toMatchObject({ state: 'FAILED', error: expect.stringMatching(/stopped/), finishedAt: expect.any(String) });
    expect(await read(running!.id)).toMatchObject({ state: 'RUNNING', error: null });
  });
});
