import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createItem, createPersona, createPlan, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// AI requests are limited per user per hour (AI_REQUESTS_PER_HOUR), whatever they ask for:
// past the limit a caption, an image or a plan's ideas answer RATE_LIMITED and start nothing,
// and another user is not affected.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ AI_REQUESTS_PER_HOUR: '2', RUN_WORKER: 'false' });
});
afterAll(() => server.close());

const PROPOSE = `mutation ($itemId: ID!) { proposeCaption(itemId: $itemId) { caption } }`;

describe('AI requests per hour', () => {
  it('refuses a user’s requests past the limit, of any kind, and leaves other users alone', async () => {
    const user = await signUpUser(server.url);
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { title: 'Night trains', platform: 'SANDBOX' });
    expectData(await user.request(PROPOSE, { itemId: item.id }));
    expectData(await user.request(PROPOSE, { itemId: item.id }));

    const runs = await countRows(server, 'generation_runs');
    const refused = expectError(await user.request(PROPOSE, { itemId: item.id }), 'RATE_LIMITED');
    expect(refused.extensions?.retryAfterSeconds).toBe(3600);
    expectError(await user.request(`mutation ($itemId: ID!, $v: Int!) { generateImage(itemId: $itemId, expectedVersion: $v) { id } }`, { itemId: item.id, v: item.version }), 'RATE_LIMITED');
    const plan = await createPlan(user.request, persona.id);
    expectError(await user.request(`mutation ($planId: ID!) { generatePlanIdeas(planId: $planId) { id } }`, { planId: plan.id }), 'RATE_LIMITED');
    expect(await countRows(server, 'generation_runs')).toBe(runs);

    const other = await signUpUser(server.url);
    const theirs = await createItem(other.request, (await createPersona(other.request)).id, { title: 'Mine', platform: 'SANDBOX' });
    expectData(await other.request(PROPOSE, { itemId: theirs.id }));
  });
});
