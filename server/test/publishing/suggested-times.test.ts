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

  it("follows the persona's best slot once its history shows one", async () => {
    const timeZone = 'America/New_York';
    const persona = await createPersona(user.request, { timeZone });
    // Three Saturdays at 19:00 New York time engaged 8 %, three Tuesdays at 09:00 engaged 2 %.
    const lastSaturday = DateTime.now().setZone(timeZone).minus({ weeks: 1 }).set({ weekday: 6, hour: 19, minute: 0, second: 0, millisecond: 0 });
    const lastTuesday = lastSaturday.set({ weekday: 2, hour: 9 });
    const history = [0, 1, 2].flatMap((weeksAgo) => [
      { at: lastSaturday.minus({ weeks: weeksAgo }), interactions: 80 },
      { at: lastTuesday.minus({ weeks: weeksAgo }), interactions: 20 },
    ]);
    for (const [index, post] of history.entries()) {
      const at = post.at.toUTC().toISO();
      const { rows: [item] } = await server.handle.pool.query<{ id: string }>(
        `INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, published_at)
         VALUES ($1, $2, 'x', 'sandbox', 'posted', $3, $3) RETURNING id`,
        [persona.id, `post ${index}`, at],
      );
      await server.handle.pool.query(
        `INSERT INTO post_performance (content_item_id, persona_id, platform, published_at, captured_at, reach, views, total_interactions, engagement_rate)
         VALUES ($1, $2, 'sandbox', $3, $3, 1000, 1500, $4::int, $4::float / 1000)`,
        [item!.id, persona.id, at, post.interactions],
      );
    }

    const { suggestedPostTimes, recommendations } = await suggestions(persona.id, 3);
    expect(recommendations.slots).toEqual([expect.objectContaining({ weekday: 6, hour: 19 })]);
    expect(suggestedPostTimes).toHaveLength(3);
    const local = suggestedPostTimes.map((suggestion: { at: string }) => DateTime.fromISO(suggestion.at, { zone: timeZone }));
    expect(local.map((time: DateTime) => time.toFormat('ccc HH:mm'))).toEqual(['Sat 19:00', 'Sat 19:00', 'Sat 19:00']);
    expect(local[1].diff(local[0], 'days').days).toBe(7);
    expect(suggestedPostTimes[0].reason).toBe(recommendations.slots[0].explanation);
  });

  it('refuses a count outside 1 to 10, naming the argument', async () => {
    const persona = await createPersona(user.request);
    for (const first of [0, 11]) {
      expect(expectError(await user.request<any>(SUGGESTIONS, { id: persona.id, first }), 'BAD_USER_INPUT', 'first').message).toMatch(/between 1 and 10/);
    }
  });
});
