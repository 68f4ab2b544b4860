import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM } from './support/documents.js';
import { createItem, createPersona, expectData, expectError, expectNothingWritten } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { daysFromNow } from './support/lifecycle.js';
import { postThroughSandbox } from './support/real-outcomes.js';
import { connectSandbox, secondsFromNow } from './support/publishing.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Selected items moved, scheduled or deleted in one call: each checked as on its own, the
// refused ones listed with the reason and left as they were.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let other: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  other = await signUpUser(server.url);
});
afterAll(() => server?.close());

const RESULT = `doneIds items { id status version scheduledAt channel { platform } } refused { itemId item { id status } code reason }`;
const MOVE_MANY = `mutation ($items: [ItemVersionInput!]!, $to: ContentItemStatus!) { moveContentItems(items: $items, to: $to) { ${RESULT} } }`;
const SCHEDULE_MANY = `mutation ($ids: [ID!]!, $channelId: ID!) { scheduleContentItems(ids: $ids, channelId: $channelId) { ${RESULT} } }`;
const DELETE_MANY = `mutation ($ids: [ID!]!) { deleteContentItems(ids: $ids) { ${RESULT} } }`;

const itemNow = async (id: string) => expectData(await user.request<any>(ITEM, { id })).contentItem;
const versionOf = (item: { id: string; version: number }) => ({ id: item.id, expectedVersion: item.version });

describe('bulk actions on items', () => {
  it('moves the items it may and lists the others with the reason, unchanged', async () => {
    const persona = await createPersona(user.request);
    const idea = await createItem(user.request, persona.id, { title: 'Idea' });
    const stale = await createItem(user.request, persona.id, { title: 'Stale' });
    const postedNow = await postThroughSandbox(user.request, persona.id);
    const foreign = await createItem(other.request, (await createPersona(other.request)).id);

    const result = expectData(
      await user.request<any>(MOVE_MANY, {
        to: 'DRAFT',
        items: [versionOf(idea), { id: stale.id, expectedVersion: 7 }, versionOf(postedNow), versionOf(foreign)],
      }),
    ).moveContentItems;
    expect(result.doneIds).toEqual([idea.id]);
    expect(result.items).toEqual([expect.objectContaining({ id: idea.id, status: 'DRAFT', version: 2, channel: null })]);
    expect(result.refused).toEqual([
      { itemId: stale.id, item: { id: stale.id, status: 'IDEA' }, code: 'STALE_VERSION', reason: expect.stringMatching(/changed by someone else/) },
      { itemId: postedNow.id, item: { id: postedNow.id, status: 'POSTED' }, code: 'ILLEGAL_STATUS_TRANSITION', reason: expect.stringMatching(/POSTED is final/) },
      { itemId: foreign.id, item: null, code: 'NOT_FOUND', reason: 'Content item not found' },
    ]);
    expect(await itemNow(stale.id)).toMatchObject({ status: 'IDEA', version: 1 });
    expect(expectData(await other.request<any>(ITEM, { id: foreign.id })).contentItem).toMatchObject({ status: 'IDEA', version: 1 });
  });

  it('schedules each item at its planned time and refuses those without a usable time or on another persona', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const ready = (title: string, scheduledAt: string | null) =>
      createItem(user.request, persona.id, { title, platform: 'SANDBOX', caption: `${title} caption`, status: 'READY', scheduledAt });
    const planned = await ready('Planned', secondsFromNow(7200));
    const unplanned = await ready('Unplanned', null);
    const past = await ready('Past', daysFromNow(-1));
    const elsewhere = await createItem(user.request, (await createPersona(user.request)).id, { status: 'READY', platform: 'SANDBOX', caption: 'x', scheduledAt: secondsFromNow(7200) });

    const result = expectData(
      await user.request<any>(SCHEDULE_MANY, { ids: [planned.id, unplanned.id, past.id, elsewhere.id], channelId: channel.id }),
    ).scheduleContentItems;
    expect(result.doneIds).toEqual([planned.id]);
    expect(result.items).toEqual([expect.objectContaining({ id: planned.id, status: 'SCHEDULED', scheduledAt: planned.scheduledAt, channel: { platform: 'SANDBOX' } })]);
    expect(result.refused.map((refusal: any) => [refusal.itemId, refusal.item.status, refusal.reason])).toEqual([
      [unplanned.id, 'READY', 'it has no planned time: schedule it on its own'],
      [past.id, 'READY', 'its planned time has passed: schedule it on its own'],
      [elsewhere.id, 'READY', 'the channel belongs to another persona'],
    ]);
  });

  it('puts the items it may in the trash', async () => {
    const persona = await createPersona(user.request);
    const first = await createItem(user.request, persona.id);
    const second = await createItem(user.request, persona.id);
    const foreign = await createItem(other.request, (await createPersona(other.request)).id);

    const result = expectData(await user.request<any>(DELETE_MANY, { ids: [first.id, second.id, foreign.id] })).deleteContentItems;
    expect(result).toEqual({
      doneIds: [first.id, second.id],
      items: [],
      refused: [{ itemId: foreign.id, item: null, code: 'NOT_FOUND', reason: 'Content item not found' }],
    });
    const trash = expectData(await user.request<any>(`query { trash { nodes { id } } }`)).trash.nodes.map((entry: any) => entry.id);
    expect(trash).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(expectData(await other.request<any>(ITEM, { id: foreign.id })).contentItem).not.toBeNull();
  });

  it('refuses a bad call as a whole and changes nothing', async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id);
    await expectNothingWritten(server, ['content_items', 'content_item_status_changes', 'scheduled_posts'], async () => {
      expectError(await user.request(DELETE_MANY, { ids: [] }), 'BAD_USER_INPUT', 'ids');
      expectError(await user.request(DELETE_MANY, { ids: Array.from({ length: 101 }, () => randomUUID()) }), 'BAD_USER_INPUT', 'ids');
      expectError(await user.request(DELETE_MANY, { ids: [item.id, 'nope'] }), 'BAD_USER_INPUT', 'ids.1');
      expectError(await user.request(MOVE_MANY, { to: 'DRAFT', items: [versionOf(item), versionOf(item)] }), 'BAD_USER_INPUT', 'items');
      expectError(await user.request(SCHEDULE_MANY, { ids: [item.id], channelId: randomUUID() }), 'NOT_FOUND', 'channelId');
    });
    expect(await itemNow(item.id)).toMatchObject({ status: 'IDEA', version: 1 });
  });
});
