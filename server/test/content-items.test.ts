import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CREATE_ITEM, DELETE_ITEM, ITEM, ITEMS, UPDATE_ITEM } from './support/documents.js';
import {
  createItem,
  createPersona,
  createPlan,
  expectData,
  expectError,
  expectNothingWritten,
} from './support/fixtures.js';
import { createScheduledItem, daysFromNow, expectIllegalMove, moveItem } from './support/lifecycle.js';
import { postThroughSandbox } from './support/real-outcomes.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

const scene = useSignedInPersona();

const AT = daysFromNow(30);

describe('content items', () => {
  it('creates an item as an IDEA, reads, updates and deletes it', async () => {
    const plan = await createPlan(scene.user.request, scene.personaId);
    const created = await createItem(scene.user.request, scene.personaId, { planId: plan.id, title: ' Hook ', caption: 'Caption' });
    expect(created).toMatchObject({
      title: 'Hook',
      caption: 'Caption',
      platform: 'INSTAGRAM',
      status: 'IDEA',
      scheduledAt: null,
      publishedAt: null,
      version: 1,
      persona: { id: scene.personaId },
      plan: { id: plan.id },
    });
    expect(expectData(await scene.user.request<any>(ITEM, { id: created.id })).contentItem).toEqual(created);

    const input = { expectedVersion: 1, status: 'DRAFT', scheduledAt: AT, platform: 'TIKTOK' };
    const updated = expectData(await scene.user.request<any>(UPDATE_ITEM, { id: created.id, input })).updateContentItem;
    expect(updated).toMatchObject({ title: 'Hook', caption: 'Caption', status: 'DRAFT', scheduledAt: AT, platform: 'TIKTOK', plan: { id: plan.id }, version: 2 });
    expect(expectData(await scene.user.request<any>(ITEM, { id: created.id })).contentItem).toEqual(updated);

    expect(expectData(await scene.user.request<any>(DELETE_ITEM, { id: created.id })).deleteContentItem).toEqual({ id: created.id });
    expect(expectData(await scene.user.request<any>(ITEM, { id: created.id })).contentItem).toBeNull();
    expectError(await scene.user.request(DELETE_ITEM, { id: created.id }), 'NOT_FOUND', 'id');
    expectError(await scene.user.request(UPDATE_ITEM, { id: randomUUID(), input: { expectedVersion: 1, title: 'x' } }), 'NOT_FOUND', 'id');
  });

  it.each(['POSTED', 'FAILED'])('refuses %s set by hand, on create and on update', async (status) => {
    await expectNothingWritten(scene.server, ['content_items', 'content_item_status_changes'], async () => {
      const created = await scene.user.request(CREATE_ITEM, { input: { personaId: scene.personaId, platform: 'FACEBOOK', caption: 'Done', status, scheduledAt: AT } });
      expectIllegalMove(created, { from: null, to: status, missing: [expect.stringContaining('IDEA or DRAFT or READY or SCHEDULED')] });
    });
    // From SCHEDULED the move exists; only the publisher may make it.
    const item = await createScheduledItem(scene.user.request, scene.personaId);
    const updated = await scene.user.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: item.version, status } });
    expectIllegalMove(updated, { from: 'SCHEDULED', to: status, missing: [expect.stringMatching(/only the publisher/)] });
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
  });

  it('refuses changes to an item that was posted', async () => {
    const { id } = await postThroughSandbox(scene.user.request, scene.personaId);
    const posted = expectData(await scene.user.request<any>(ITEM, { id })).contentItem;
    expect(posted).toMatchObject({ status: 'POSTED', publishedAt: expect.any(String) });

    const edit = await scene.user.request(UPDATE_ITEM, { id, input: { expectedVersion: posted.version, title: 'edited' } });
    expectIllegalMove(edit, { from: 'POSTED', to: 'POSTED', missing: [expect.stringMatching(/POSTED is final/)] });
    const move = await moveItem(scene.user.request, posted, 'READY');
    expectIllegalMove(move, { from: 'POSTED', to: 'READY', missing: [expect.stringMatching(/POSTED is final/)] });
    expect(expectData(await scene.user.request<any>(ITEM, { id })).contentItem).toEqual(posted);
  });

  it('requires a future scheduledAt for SCHEDULED', async () => {
    await expectNothingWritten(scene.server, ['content_items'], async () => {
      const created = await scene.user.request(CREATE_ITEM, { input: { personaId: scene.personaId, platform: 'FACEBOOK', caption: 'Soon', status: 'SCHEDULED' } });
      expectIllegalMove(created, { from: null, to: 'SCHEDULED', missing: ['scheduledAt in the future'] });
    });
    const ready = await createItem(scene.user.request, scene.personaId, { platform: 'FACEBOOK', caption: 'Soon', status: 'READY' });
    const move = await scene.user.request(UPDATE_ITEM, { id: ready.id, input: { expectedVersion: 1, status: 'SCHEDULED' } });
    expectIllegalMove(move, { from: 'READY', to: 'SCHEDULED', missing: ['scheduledAt in the future'] });

    const scheduled = await createScheduledItem(scene.user.request, scene.personaId, { scheduledAt: AT });
    const cleared = await scene.user.request(UPDATE_ITEM, { id: scheduled.id, input: { expectedVersion: 1, scheduledAt: null } });
    expectError(cleared, 'BAD_USER_INPUT', 'input.scheduledAt');
    const unscheduled = expectData(
      await scene.user.request<any>(UPDATE_ITEM, { id: scheduled.id, input: { expectedVersion: 1, status: 'READY', scheduledAt: null } }),
    ).updateContentItem;
    expect(unscheduled).toMatchObject({ status: 'READY', scheduledAt: null, version: 2 });
  });

  it("accepts only a plan of the item's own persona", async () => {
    const other = await createPersona(scene.user.request);
    const otherPlan = await createPlan(scene.user.request, other.id);
    await expectNothingWritten(scene.server, ['content_items'], async () => {
      const created = await scene.user.request(CREATE_ITEM, { input: { personaId: scene.personaId, planId: otherPlan.id, platform: 'X' } });
      expectError(created, 'BAD_USER_INPUT', 'input.planId');
    });
    const item = await createItem(scene.user.request, scene.personaId);
    const input = (planId: string) => ({ expectedVersion: 1, planId });
    expectError(await scene.user.request(UPDATE_ITEM, { id: item.id, input: input(otherPlan.id) }), 'BAD_USER_INPUT', 'input.planId');
    expectError(await scene.user.request(UPDATE_ITEM, { id: item.id, input: input(randomUUID()) }), 'NOT_FOUND', 'input.planId');
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
  });

  it('answers an empty planId as an unknown plan', async () => {
    await expectNothingWritten(scene.server, ['content_items'], async () => {
      const created = await scene.user.request(CREATE_ITEM, { input: { personaId: scene.personaId, planId: '', platform: 'X' } });
      expectError(created, 'NOT_FOUND', 'input.planId');
    });
    const plan = await createPlan(scene.user.request, scene.personaId);
    const item = await createItem(scene.user.request, scene.personaId, { planId: plan.id });
    expectError(await scene.user.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: 1, planId: '' } }), 'NOT_FOUND', 'input.planId');
    expect(expectData(await scene.user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
  });

  it('keeps the plan when planId is omitted and detaches it when planId is null', async () => {
    const plan = await createPlan(scene.user.request, scene.personaId);
    const item = await createItem(scene.user.request, scene.personaId, { planId: plan.id });
    const update = async (input: Record<string, unknown>) =>
      expectData(await scene.user.request<any>(UPDATE_ITEM, { id: item.id, input })).updateContentItem;
    const retitled = await update({ expectedVersion: 1, title: 'New' });
    expect(retitled).toMatchObject({ plan: { id: plan.id }, version: 2 });
    const detached = await update({ expectedVersion: 2, planId: null });
    expect(detached).toMatchObject({ title: 'New', plan: null, version: 3 });
    const reattached = await update({ expectedVersion: 3, planId: plan.id });
    expect(reattached).toMatchObject({ plan: { id: plan.id }, version: 4 });
  });

  it.each([0, 101])('refuses first: %i', async (first) => {
    expectError(await scene.user.request(ITEMS, { first }), 'BAD_USER_INPUT', 'first');
  });

  it('refuses an after cursor it did not issue', async () => {
    expectError(await scene.user.request(ITEMS, { after: 'garbage' }), 'BAD_USER_INPUT', 'after');
    const forged = Buffer.from(JSON.stringify(['not a time', 'not an id'])).toString('base64url');
    expectError(await scene.user.request(ITEMS, { after: forged }), 'BAD_USER_INPUT', 'after');
  });
});
