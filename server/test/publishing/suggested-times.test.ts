import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { connectSandbox, schedule } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Suggested times in the schedule dialog: the persona's best slots (or 17:00 without a
// history), never close to its other pending posts.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const SUGGESTIONS = `query ($id: ID!, $first: Int) { persona(id: $id) {
  suggestedPostTimes(first: $first) { at reason }
  recommendations { slots { weekday hour explanation } }
} }`;

async function suggestions(personaId: string, first = 3) {
  return expectData(await user.request<any>(SUGGESTIONS, { id: personaId, first })).persona;
}

describe('suggested post times', () => {
  it('offers 17:00 in the persona’s zone without a history, and not a time another post takes', async () => {
    const timeZone = 'Asia/Tokyo';
    const persona = await createPersona(user.request, { timeZone });
    const first = (await suggestions(persona.id)).suggestedPostTimes;
    expect(first).toHaveLength(3);
    for (const suggestion of first) {
      expect(DateTime.fromISO(suggestion.at, { zone: timeZone }).toFormat('HH:mm')).toBe('17:00');
      expect(Date.parse(suggestion.at)).toBeGreaterThan(Date.now() + 14 * 60_000);
      expect(suggestion.reason).toMatch(/no measured posts/);
    }

    const channel = await connectSandbox(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { status: 'READY', caption: 'Taken slot', platform: 'SANDBOX' });
    expectData(await schedule(user.request, item, channel.id, { at: first[0].at }));
    const after = (await suggestions(persona.id)).suggestedPostTimes;
    expect(after.map((suggestion: { at: string }) => suggestion.at)).toEqual([first[1].at, first[2].at, expect.any(String)]);
  });

  it("follows the persona's best slots once it has a history", async () => {
    const persona = await createPersona(user.request, { timeZone: 'America/New_York' });
    await connectSandbox(user.request, persona.id);
    expectData(await user.request<any>(`mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts } }`, { id: persona.id }));
    const { suggestedPostTimes, recommendations } = await suggestions(persona.id, 5);
    expect(recommendations.slots.length).toBeGreaterThan(0);
    expect(suggestedPostTimes.length).toBeGreaterThan(0);
    for (const suggestion of suggestedPostTimes) {
      const local = DateTime.fromISO(suggestion.at, { zone: 'America/New_York' });
      expect(recommendations.slots).toContainEqual({ weekday: local.weekday, hour: local.hour, explanation: suggestion.reason });
    }
    const times = suggestedPostTimes.map((suggestion: { at: string }) => Date.parse(suggestion.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('refuses a count outside 1 to 10, naming the argument', async () => {
    const persona = await createPersona(user.request);
    for (const first of [0, 11]) {
      expect(expectError(await user.request<any>(SUGGESTIONS, { id: persona.id, first }), 'BAD_USER_INPUT', 'first').message).toMatch(/between 1 and 10/);
    }
  });
});
