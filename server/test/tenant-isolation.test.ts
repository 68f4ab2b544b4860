import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_PERSONA,
  CREATE_ITEM,
  CREATE_PLAN,
  DELETE_ITEM,
  DELETE_PLAN,
  ITEM,
  ITEM_FIELDS,
  ITEMS,
  MOVE_ITEM,
  PERSONA,
  PERSONA_FIELDS,
  PLAN,
  PLAN_FIELDS,
  STATUS_CHANGE_FIELDS,
  UNARCHIVE_PERSONA,
  UPDATE_ITEM,
  UPDATE_PERSONA,
  UPDATE_PLAN,
} from './support/documents.js';
import { createItem, createPersona, createPlan, expectData } from './support/fixtures.js';
import { signUpUser, type GraphQLResponse } from './support/graphql-client.js';
import { createScheduledItem } from './support/lifecycle.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// User B replays every operation that takes an id with user A's ids. Each must answer exactly
// as it does for an id that does not exist, and A's data must come out untouched.

let server: TestServer;
let alice: Awaited<ReturnType<typeof signUpUser>>;
let bob: Awaited<ReturnType<typeof signUpUser>>;
const a = { persona: '', plan: '', item: '', archived: '', captioned: '', trashed: '' };
const b = { persona: '', plan: '', item: '' };
let snapshotBefore: unknown;

// Split in three so each stays under the query cost limit.
const ALICE_EVERYTHING = [
  `query { personas(includeArchived: true) { nodes {
    ...PersonaFields itemCounts { idea draft ready scheduled posted failed total } recentItems { ...ItemFields }
  } } } ${PERSONA_FIELDS} ${ITEM_FIELDS}`,
  `query { personas(includeArchived: true) { nodes {
    contentPlans(first: 5) { ...PlanFields itemCounts { total } items(first: 10) { id title status scheduledAt plan { id } } }
  } } } ${PLAN_FIELDS}`,
  `query { contentItems { totalCount nodes { ...ItemFields statusHistory { ...StatusChangeFields } } } }
  ${ITEM_FIELDS} ${STATUS_CHANGE_FIELDS}`,
];

/** A's data as A sees it through the API, and A's rows as the database holds them. */
async function snapshotOfAlice() {
  const api = [];
  for (const document of ALICE_EVERYTHING) api.push(expectData(await alice.request(document)));
  const { rows } = await server.handle.pool.query(
    `SELECT (SELECT json_agg(p ORDER BY p.id)::text FROM personas p WHERE p.user_id = $1) AS personas,
            (SELECT json_agg(c ORDER BY c.id)::text FROM content_plans c JOIN personas p ON p.id = c.persona_id WHERE p.user_id = $1) AS plans,
            (SELECT json_agg(i ORDER BY i.id)::text FROM content_items_with_trash i JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1) AS items,
            (SELECT json_agg(h ORDER BY h.id)::text FROM content_item_status_changes h
               JOIN content_items i ON i.id = h.content_item_id JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1) AS history,
            (SELECT json_agg(r ORDER BY r.id)::text FROM content_item_caption_revisions r
               JOIN content_items i ON i.id = r.content_item_id JOIN personas p ON p.id = i.persona_id WHERE p.user_id = $1) AS captions,
            (SELECT count(*) FROM generation_runs g JOIN personas p ON p.id = g.persona_id WHERE p.user_id = $1) AS runs`,
    [alice.userId],
  );
  return { api, rows };
}

beforeAll(async () => {
  server = await startTestServer();
  alice = await signUpUser(server.url);
  bob = await signUpUser(server.url);
  a.persona = (await createPersona(alice.request, { handle: 'alice' })).id;
  a.plan = (await createPlan(alice.request, a.persona)).id;
  a.item = (await createScheduledItem(alice.request, a.persona, { planId: a.plan })).id;
  const captioned = await createItem(alice.request, a.persona, { caption: 'Alice first words' });
  a.captioned = expectData(await alice.request<any>(UPDATE_ITEM, { id: captioned.id, input: { expectedVersion: captioned.version, caption: 'Alice second words' } })).updateContentItem.id;
  a.archived = (await createPersona(alice.request)).id;
  a.trashed = (await createItem(alice.request, a.persona, { title: 'In the trash' })).id;
  expectData(await alice.request(DELETE_ITEM, { id: a.trashed }));
  expectData(await alice.request(ARCHIVE_PERSONA, { id: a.archived }));
  b.persona = (await createPersona(bob.request, { handle: 'bob' })).id;
  b.plan = (await createPlan(bob.request, b.persona)).id;
  b.item = (await createItem(bob.request, b.persona)).id;
  snapshotBefore = await snapshotOfAlice();
});
afterAll(() => server.close());

function comparable(result: GraphQLResponse<unknown>) {
  return { status: result.status, data: result.data, errors: result.errors };
}

/**
 * Runs `document` as Bob with A's id, a random UUID and a non-UUID string in the id's place,
 * and expects the three answers to be identical; returns the answer.
 */
async function answersAsIfMissing(document: string, variables: (id: string) => Record<string, unknown>, alicesId: string) {
  const [withAlices, withRandom, withJunk] = await Promise.all(
    [alicesId, randomUUID(), 'not-a-uuid'].map((id) => bob.request(document, variables(id))),
  );
  expect(comparable(withAlices!)).toEqual(comparable(withRandom!));
  expect(comparable(withJunk!)).toEqual(comparable(withRandom!));
  return withAlices!;
}

const SIMULATE_HISTORY = `mutation ($id: ID!) { simulateSandboxHistory(personaId: $id) { posts } }`;
const REMOVE_SIMULATED_HISTORY = `mutation ($id: ID!) { removeSimulatedHistory(personaId: $id) { posts } }`;

const PLAN_INPUT = { title: 'Hijack', startDate: '2026-03-02', endDate: '2026-03-29', frequency: { count: 3, period: 'WEEK' } };

describe('tenant isolation', () => {
  it.each([
    ['persona', PERSONA, 'persona'],
    ['archived persona', PERSONA, 'archived'],
    ['contentPlan', PLAN, 'plan'],
    ['contentItem', ITEM, 'item'],
  ] as const)("answers null for another user's %s, as for an unknown id", async (_case, document, key) => {
    const result = await answersAsIfMissing(document, (id) => ({ id }), a[key]);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data as object)).toEqual([null]);
  });

  it.each(['personaId', 'planId'] as const)("lists nothing when filtering contentItems by another user's %s", async (key) => {
    const alicesId = key === 'personaId' ? a.persona : a.plan;
    const result = await answersAsIfMissing(ITEMS, (id) => ({ filter: { [key]: id } }), alicesId);
    expect((result.data as any).contentItems).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it.each([
    ['updatePersona', UPDATE_PERSONA, (id: string) => ({ id, input: { name: 'Hijacked', handle: 'bob' } }), 'persona', 'id'],
    ['archivePersona', ARCHIVE_PERSONA, (id: string) => ({ id }), 'persona', 'id'],
    ['unarchivePersona', UNARCHIVE_PERSONA, (id: string) => ({ id }), 'archived', 'id'],
    ['updateContentPlan', UPDATE_PLAN, (id: string) => ({ id, input: { title: 'Hijacked' } }), 'plan', 'id'],
    ['deleteContentPlan', DELETE_PLAN, (id: string) => ({ id }), 'plan', 'id'],
    ['updateContentItem', UPDATE_ITEM, (id: string) => ({ id, input: { expectedVersion: 1, title: 'Hijacked', status: 'READY' } }), 'item', 'id'],
    ['updateContentItem at a stale version', UPDATE_ITEM, (id: string) => ({ id, input: { expectedVersion: 9, title: 'Hijacked' } }), 'item', 'id'],
    ['moveContentItem', MOVE_ITEM, (id: string) => ({ id, to: 'READY', expectedVersion: 1 }), 'item', 'id'],
    ['moveContentItem at a stale version', MOVE_ITEM, (id: string) => ({ id, to: 'READY', expectedVersion: 9 }), 'item', 'id'],
    ['moveContentItem to an illegal status', MOVE_ITEM, (id: string) => ({ id, to: 'POSTED', expectedVersion: 1 }), 'item', 'id'],
    ['deleteContentItem', DELETE_ITEM, (id: string) => ({ id }), 'item', 'id'],
    ['createContentPlan on their persona', CREATE_PLAN, (id: string) => ({ input: { ...PLAN_INPUT, personaId: id } }), 'persona', 'input.personaId'],
    ['createContentItem on their persona', CREATE_ITEM, (id: string) => ({ input: { personaId: id, platform: 'X' } }), 'persona', 'input.personaId'],
    ['createContentItem in their plan', CREATE_ITEM, (id: string) => ({ input: { personaId: b.persona, planId: id, platform: 'X' } }), 'plan', 'input.planId'],
    ['updateContentItem into their plan', UPDATE_ITEM, (id: string) => ({ id: b.item, input: { expectedVersion: 1, planId: id } }), 'plan', 'input.planId'],
    ['proposeCaption', 'mutation ($id: ID!) { proposeCaption(itemId: $id, draft: "mine") { caption } }', (id: string) => ({ id }), 'captioned', 'itemId'],
    ['simulateSandboxHistory', SIMULATE_HISTORY, (id: string) => ({ id }), 'persona', 'personaId'],
    ['removeSimulatedHistory', REMOVE_SIMULATED_HISTORY, (id: string) => ({ id }), 'persona', 'personaId'],
  ] as const)("refuses %s with another user's id exactly as for an unknown id", async (_case, document, variables, key, field) => {
    const result = await answersAsIfMissing(document, variables, a[key]);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', field });
  });

  it('answers null for every aliased lookup of another user’s ids in one query', async () => {
    const result = expectData(
      await bob.request<any>(
        `query ($p: ID!, $q: ID!, $plan: ID!, $item: ID!, $own: ID!) {
          one: persona(id: $p) { id name contentPlans { id } }
          two: persona(id: $q) { id name }
          three: persona(id: "not-a-uuid") { id }
          plan: contentPlan(id: $plan) { id items { id } }
          item: contentItem(id: $item) { id persona { id name } plan { id title } statusHistory { id actor { name } } captionHistory { caption } }
          own: persona(id: $own) { id }
        }`,
        { p: a.persona, q: a.archived, plan: a.plan, item: a.item, own: b.persona },
      ),
    );
    expect(result).toEqual({ one: null, two: null, three: null, plan: null, item: null, own: { id: b.persona } });
  });

  it('refuses aliased mutations on another user’s ids as on unknown ids', async () => {
    const result = await answersAsIfMissing(
      `mutation ($id: ID!) {
        x: archivePersona(id: $id) { id }
        y: updatePersona(id: $id, input: { niche: "hijacked" }) { id }
        z: unarchivePersona(id: $id) { id }
      }`,
      (id) => ({ id }),
      a.persona,
    );
    // Mutations run in order and the first non-null failure ends the operation.
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['x', 'NOT_FOUND']]);
  });

  it('refuses aliased item mutations on another user’s ids as on unknown ids', async () => {
    const result = await answersAsIfMissing(
      `mutation ($id: ID!) {
        x: moveContentItem(id: $id, to: READY, expectedVersion: 1) { id statusHistory { id actor { name } } }
        y: deleteContentItem(id: $id) { id }
      }`,
      (id) => ({ id }),
      a.item,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['x', 'NOT_FOUND']]);
  });

  it('refuses bulk actions on another user’s items one by one, as unknown items, and keeps their trash out of reach', async () => {
    const refusal = { itemId: a.item, item: null, code: 'NOT_FOUND', reason: 'Content item not found' };
    const result = expectData(
      await bob.request<any>(
        `mutation ($items: [ItemVersionInput!]!, $ids: [ID!]!) {
          move: moveContentItems(items: $items, to: READY) { doneIds refused { itemId item { id } code reason } }
          remove: deleteContentItems(ids: $ids) { doneIds refused { itemId item { id } code reason } }
        }`,
        { items: [{ id: a.item, expectedVersion: 1 }], ids: [a.item] },
      ),
    );
    expect(result).toEqual({ move: { doneIds: [], refused: [refusal] }, remove: { doneIds: [], refused: [refusal] } });
    const trash = expectData(
      await bob.request<any>(
        `mutation ($ids: [ID!]!) { restoreFromTrash(ids: $ids) gone: deleteFromTrash(ids: $ids) }`,
        { ids: [a.trashed, a.item, a.plan] },
      ),
    );
    expect(trash).toEqual({ restoreFromTrash: [], gone: 0 });
    expect(expectData(await bob.request<any>(`query { trash { totalCount nodes { id } } }`)).trash).toEqual({ totalCount: 0, nodes: [] });
  });

  it("never reaches another user's data through nested fields or lists", async () => {
    const result = await bob.request(
      `query {
        personas(includeArchived: true, first: 5) { nodes {
          id contentPlans(first: 5) { id items(first: 10) { id plan { id } persona { id } statusHistory { id actor { name } } captionHistory { caption } } }
          recentItems { id plan { id } }
        } }
        contentItems { totalCount nodes { id persona { id } plan { id } statusHistory { id actor { kind name } } captionHistory { caption replacedBy { name } } } }
      }`,
    );
    const text = JSON.stringify(expectData(result));
    for (const id of Object.values(a)) expect(text).not.toContain(id);
    expect(text).not.toContain(alice.email.split('@')[0]);
    expect(text).not.toContain('Alice first words');
    expect(text).toContain(b.item);
    expect(text).toContain(bob.email.split('@')[0]);
  });

  it("leaves A's data exactly as it was", async () => {
    expect(await snapshotOfAlice()).toEqual(snapshotBefore);
  });
});
