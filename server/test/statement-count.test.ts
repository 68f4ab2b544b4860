import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, createPlan, expectData } from './support/fixtures.js';
import { signUpUser, type GraphQLRequest } from './support/graphql-client.js';
import { connectSandbox, schedule } from './support/publishing.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Relation fields go through per-request DataLoaders, so the SQL statements a request runs
// must not grow with the number of rows it returns.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type User = Awaited<ReturnType<typeof signUpUser>>;

/** A user with personas x plans x items, every item with an asset, a publishing job and a snapshot. */
async function userWith(personas: number, plans: number, items: number): Promise<User> {
  const user = await signUpUser(server.url);
  for (let p = 0; p < personas; p += 1) {
    const persona = await createPersona(user.request);
    for (let q = 0; q < plans; q += 1) {
      const plan = await createPlan(user.request, persona.id);
      await Promise.all(
        Array.from({ length: items }, (_, i) =>
          createItem(user.request, persona.id, { planId: plan.id, status: i % 2 ? 'DRAFT' : 'IDEA' }),
        ),
      );
    }
  }
  await addMediaChannelsAndAnalytics(user.userId);
  return user;
}

/** Rows only later features write (uploads, channels, publishing, analytics), inserted directly. */
async function addMediaChannelsAndAnalytics(userId: string) {
  const pool = server.handle.pool;
  await pool.query(
    `WITH owned AS (SELECT i.id, i.persona_id FROM content_items i JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1),
          made AS (INSERT INTO assets (user_id, persona_id, kind, source, storage_key, mime_type, byte_size)
                   SELECT $1, persona_id, 'image', 'generated', 'test/' || id, 'image/png', 1024 FROM owned RETURNING id, storage_key)
     UPDATE content_items c SET asset_id = made.id FROM made WHERE made.storage_key = 'test/' || c.id`,
    [userId],
  );
  await pool.query(
    `INSERT INTO channel_integrations (persona_id, platform, external_account_id, account_name)
     SELECT id, 'sandbox', 'acct-' || id, handle FROM personas WHERE user_id = $1`,
    [userId],
  );
  await pool.query(
    `INSERT INTO scheduled_posts (content_item_id, channel_integration_id, run_at, due_at, state)
     SELECT i.id, c.id, now(), now(), 'cancelled' FROM content_items i
     JOIN channel_integrations c ON c.persona_id = i.persona_id JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1`,
    [userId],
  );
  await pool.query(
    `INSERT INTO content_item_caption_revisions (content_item_id, caption, replaced_at, actor_user_id, actor_process)
     SELECT i.id, v.caption, now() - v.age, CASE WHEN v.caption = 'second' THEN $1::uuid END, CASE WHEN v.caption = 'first' THEN 'publisher' END
       FROM content_items i JOIN personas p ON p.id = i.persona_id
      CROSS JOIN (VALUES ('first', interval '2 hours'), ('second', interval '1 hour'), ('third', interval '3 hours')) AS v (caption, age)
      WHERE p.user_id = $1`,
    [userId],
  );
  await pool.query(
    `INSERT INTO analytics_snapshots (persona_id, content_item_id, platform, views, simulated)
     SELECT i.persona_id, i.id, 'sandbox', 10, true FROM content_items i JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1
     UNION ALL
     SELECT id, NULL, 'sandbox', 100, true FROM personas WHERE user_id = $1`,
    [userId],
  );
}

/** A statement with `IN ($1, $2, ...)` lists folded and placeholders unnumbered, so batches of any size compare equal. */
function shape(statement: string): string {
  return statement.replace(/\(\$\d+(, \$\d+)*\)/g, '(...)').replace(/\$\d+/g, '$?');
}

/** Runs the document and returns its data with the statements the server ran for it. */
async function measured(request: GraphQLRequest, document: string, variables?: Record<string, unknown>) {
  server.statements.length = 0;
  const data = expectData(await request<any>(document, variables));
  return { data, statements: server.statements.map(shape).sort() };
}

const NESTED = `query {
  personas(first: 10) { nodes {
    itemCounts { total }
    contentPlans(first: 3) {
      itemCounts { total }
      items(first: 10) {
        plan { title } persona { name } asset { id } scheduledPosts { id } analytics { id } statusHistory { id actor { name } }
        captionHistory(first: 2) { caption replacedBy { name } }
      }
    }
    recentItems { id }
    channelIntegrations { id postingSlots { time } nextQueueTime }
    analytics { id }
  } }
}`;

const ITEM_LIST = `query { contentItems(first: 50) { nodes { persona { name } plan { title } } } }`;

describe('statements per request', () => {
  it('runs the same statements for a nested persona query at 2x2x3 and at 10x3x10', async () => {
    const small = await measured((await userWith(2, 2, 3)).request, NESTED);
    const large = await measured((await userWith(10, 3, 10)).request, NESTED);

    const personas = large.data.personas.nodes;
    expect(personas).toHaveLength(10);
    for (const persona of personas) {
      expect(persona).toMatchObject({ itemCounts: { total: 30 } });
      expect(persona.contentPlans).toHaveLength(3);
      expect(persona.recentItems).toHaveLength(10);
      expect(persona.channelIntegrations).toHaveLength(1);
      expect(persona.analytics.length).toBeGreaterThan(1);
      for (const plan of persona.contentPlans) {
        expect(plan.items).toHaveLength(10);
        for (const item of plan.items) {
          expect(item.asset?.id).toBeTruthy();
          expect(item.scheduledPosts).toHaveLength(1);
          expect(item.analytics).toHaveLength(1);
          expect(item.statusHistory).toEqual([{ id: expect.any(String), actor: { name: expect.stringMatching(/^user\d+-/) } }]);
          expect(item.captionHistory).toEqual([
            { caption: 'second', replacedBy: { name: expect.stringMatching(/^user\d+-/) } },
            { caption: 'first', replacedBy: { name: 'publisher' } },
          ]);
        }
      }
    }
    expect(large.statements).toEqual(small.statements);
    // One statement per relation the query asks for, plus the session lookup.
    expect(large.statements.length).toBeLessThanOrEqual(18);
  });

  it('runs the same statements for a content item list of 5 and of 50', async () => {
    const few = await signUpUser(server.url);
    const fewPersona = await createPersona(few.request);
    const fewPlan = await createPlan(few.request, fewPersona.id);
    for (let i = 0; i < 5; i += 1) await createItem(few.request, fewPersona.id, { planId: fewPlan.id });

    const many = await signUpUser(server.url);
    for (let p = 0; p < 5; p += 1) {
      const persona = await createPersona(many.request);
      const plan = await createPlan(many.request, persona.id);
      await Promise.all(Array.from({ length: 10 }, () => createItem(many.request, persona.id, { planId: plan.id })));
    }

    const small = await measured(few.request, ITEM_LIST);
    const large = await measured(many.request, ITEM_LIST);
    expect(small.data.contentItems.nodes).toHaveLength(5);
    expect(large.data.contentItems.nodes).toHaveLength(50);
    expect(large.data.contentItems.nodes.every((node: any) => node.persona.name && node.plan.title)).toBe(true);
    expect(large.statements).toEqual(small.statements);
  });

  it('writes a reorder of 3 and of 12 scheduled posts with the same statements', async () => {
    const REORDER = `mutation ($input: ReorderUpcomingPostsInput!) { reorderUpcomingPosts(input: $input) { id scheduledAt } }`;
    async function scheduledItems(count: number) {
      const user = await signUpUser(server.url);
      const persona = await createPersona(user.request);
      const channel = await connectSandbox(user.request, persona.id);
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const item = await createItem(user.request, persona.id, { status: 'READY', platform: 'SANDBOX', caption: `Post ${i}` });
        expectData(await schedule(user.request, item, channel.id, { at: new Date(Date.now() + (i + 1) * 86_400_000).toISOString() }));
        ids.push(item.id);
      }
      return { user, personaId: persona.id, ids };
    }
    const few = await scheduledItems(3);
    const many = await scheduledItems(12);
    const small = await measured(few.user.request, REORDER, { input: { personaId: few.personaId, itemIds: [...few.ids].reverse() } });
    const large = await measured(many.user.request, REORDER, { input: { personaId: many.personaId, itemIds: [...many.ids].reverse() } });
    expect(large.data.reorderUpcomingPosts.map((item: any) => item.id)).toEqual([...many.ids].reverse());
    expect(large.statements).toEqual(small.statements);
  });
});
