import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ITEM, DELETE_ITEM, ITEM, ITEMS, UPDATE_ITEM } from './support/documents.js';
import {
  createItem,
  createPersona,
  createPlan,
  expectData,
  expectError,
  expectNothingWritten,
} from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
});
afterAll(() => server.close());

const AT = '2026-05-01T09:00:00.000Z';

describe('content items', () => {
  it('creates an item as an IDEA, reads, updates and deletes it', async () => {
    const plan = await createPlan(user.request, personaId);
    const created = await createItem(user.request, personaId, { planId: plan.id, title: ' Hook ', caption: 'Caption' });
    expect(created).toMatchObject({
      title: 'Hook',
      caption: 'Caption',
      platform: 'INSTAGRAM',
      status: 'IDEA',
      scheduledAt: null,
      publishedAt: null,
      persona: { id: personaId },
      plan: { id: plan.id },
    });
    expect(expectData(await user.request<any>(ITEM, { id: created.id })).contentItem).toEqual(created);

    const updated = expectData(
      await user.request<any>(UPDATE_ITEM, { id: created.id, input: { status: 'SCHEDULED', scheduledAt: AT, platform: 'TIKTOK' } }),
    ).updateContentItem;
    expect(updated).toMatchObject({ title: 'Hook', caption: 'Caption', status: 'SCHEDULED', scheduledAt: AT, platform: 'TIKTOK', plan: { id: plan.id } });

    expect(expectData(await user.request<any>(DELETE_ITEM, { id: created.id })).deleteContentItem).toEqual({ id: created.id });
    expect(expectData(await user.request<any>(ITEM, { id: created.id })).contentItem).toBeNull();
    expectError(await user.request(DELETE_ITEM, { id: created.id }), 'NOT_FOUND', 'id');
    expectError(await user.request(UPDATE_ITEM, { id: randomUUID(), input: { title: 'x' } }), 'NOT_FOUND', 'id');
  });

  it.each(['POSTED', 'FAILED'])('refuses %s set by hand, on create and on update', async (status) => {
    await expectNothingWritten(server, ['content_items'], async () => {
      const created = await user.request(CREATE_ITEM, { input: { personaId, platform: 'X', status, scheduledAt: AT } });
      expectError(created, 'BAD_USER_INPUT', 'input.status');
    });
    const item = await createItem(user.request, personaId);
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { status } }), 'BAD_USER_INPUT', 'input.status');
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
  });

  it('refuses changes to an item that was posted', async () => {
    const item = await createItem(user.request, personaId);
    await server.handle.pool.query(`UPDATE content_items SET status = 'posted', published_at = now() WHERE id = $1`, [item.id]);
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { title: 'edited' } }), 'BAD_USER_INPUT', 'id');
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem.title).toBe(item.title);
  });

  it('requires scheduledAt for SCHEDULED', async () => {
    await expectNothingWritten(server, ['content_items'], async () => {
      const created = await user.request(CREATE_ITEM, { input: { personaId, platform: 'X', status: 'SCHEDULED' } });
      expectError(created, 'BAD_USER_INPUT', 'input.scheduledAt');
    });
    const item = await createItem(user.request, personaId);
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { status: 'SCHEDULED' } }), 'BAD_USER_INPUT', 'input.scheduledAt');
    const scheduled = await createItem(user.request, personaId, { status: 'SCHEDULED', scheduledAt: AT });
    expectError(await user.request(UPDATE_ITEM, { id: scheduled.id, input: { scheduledAt: null } }), 'BAD_USER_INPUT', 'input.scheduledAt');
    const unscheduled = expectData(
      await user.request<any>(UPDATE_ITEM, { id: scheduled.id, input: { status: 'READY', scheduledAt: null } }),
    ).updateContentItem;
    expect(unscheduled).toMatchObject({ status: 'READY', scheduledAt: null });
  });

  it("accepts only a plan of the item's own persona", async () => {
    const other = await createPersona(user.request);
    const otherPlan = await createPlan(user.request, other.id);
    await expectNothingWritten(server, ['content_items'], async () => {
      const created = await user.request(CREATE_ITEM, { input: { personaId, planId: otherPlan.id, platform: 'X' } });
      expectError(created, 'BAD_USER_INPUT', 'input.planId');
    });
    const item = await createItem(user.request, personaId);
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { planId: otherPlan.id } }), 'BAD_USER_INPUT', 'input.planId');
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { planId: randomUUID() } }), 'NOT_FOUND', 'input.planId');
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem.plan).toBeNull();
  });

  it('answers an empty planId as an unknown plan', async () => {
    await expectNothingWritten(server, ['content_items'], async () => {
      const created = await user.request(CREATE_ITEM, { input: { personaId, planId: '', platform: 'X' } });
      expectError(created, 'NOT_FOUND', 'input.planId');
    });
    const plan = await createPlan(user.request, personaId);
    const item = await createItem(user.request, personaId, { planId: plan.id });
    expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { planId: '' } }), 'NOT_FOUND', 'input.planId');
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem.plan).toEqual({ id: plan.id });
  });

  it('keeps the plan when planId is omitted and detaches it when planId is null', async () => {
    const plan = await createPlan(user.request, personaId);
    const item = await createItem(user.request, personaId, { planId: plan.id });
    const retitled = expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input: { title: 'New' } })).updateContentItem;
    expect(retitled.plan).toEqual({ id: plan.id });
    const detached = expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input: { planId: null } })).updateContentItem;
    expect(detached).toMatchObject({ title: 'New', plan: null });
    const reattached = expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input: { planId: plan.id } })).updateContentItem;
    expect(reattached.plan).toEqual({ id: plan.id });
  });

  it.each([0, 101])('refuses first: %i', async (first) => {
    expectError(await user.request(ITEMS, { first }), 'BAD_USER_INPUT', 'first');
  });

  it('refuses an after cursor it did not issue', async () => {
    expectError(await user.request(ITEMS, { after: 'garbage' }), 'BAD_USER_INPUT', 'after');
    const forged = Buffer.from(JSON.stringify(['not a time', 'not an id'])).toString('base64url');
    expectError(await user.request(ITEMS, { after: forged }), 'BAD_USER_INPUT', 'after');
  });
});
