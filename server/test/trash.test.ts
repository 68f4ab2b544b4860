import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { purgeExpiredTrash } from '../src/modules/trash/trash.service.js';
import { createAssetStorage } from '../src/storage/create-storage.js';
import { DELETE_ITEM, ITEM } from './support/documents.js';
import { createItem, createPersona, createPlan, expectData, expectError, expectNothingWritten } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { connectSandbox, schedule, secondsFromNow, uploadImage, withImage } from './support/publishing.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Deleting puts items, plans and assets in the Trash: gone from every view, restorable as they
// were for TRASH_RETENTION_DAYS, then removed for good with their history and files.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let other: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  user = await signUpUser(server.url);
  other = await signUpUser(server.url);
});
afterAll(() => server?.close());

const TRASH = `query { trash { totalCount nodes { id kind title persona { id } deletedAt purgeAt } } }`;
const RESTORE = `mutation ($ids: [ID!]!) { restoreFromTrash(ids: $ids) }`;
const DELETE_FOREVER = `mutation ($ids: [ID!]!) { deleteFromTrash(ids: $ids) }`;
const DELETE_PLAN = `mutation ($id: ID!) { deleteContentPlan(id: $id) { id } }`;
const DELETE_ASSET = `mutation ($id: ID!) { deleteAsset(id: $id) { id } }`;
const PERSONA_VIEW = `query ($id: ID!) {
  persona(id: $id) { contentPlans { id } itemCounts { total } }
  contentItems(filter: { personaId: $id }) { totalCount nodes { id plan { id } asset { id } } }
  assets(personaId: $id) { nodes { id } }
}`;

async function trash(request = user.request) {
  return expectData(await request<any>(TRASH)).trash;
}

describe('the trash', () => {
  it('takes a deleted item out of every view and restores it exactly as it was', async () => {
    const persona = await createPersona(user.request);
    const plan = await createPlan(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { planId: plan.id, title: 'Night trains', caption: 'Slow travel #nighttrains' });
    const before = expectData(await user.request<any>(ITEM, { id: item.id })).contentItem;

    expectData(await user.request(DELETE_ITEM, { id: item.id }));
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toBeNull();
    const view = expectData(await user.request<any>(PERSONA_VIEW, { id: persona.id }));
    expect(view.contentItems.totalCount).toBe(0);
    expect(view.persona.itemCounts.total).toBe(0);
    const { nodes, totalCount } = await trash();
    expect(totalCount).toBe(1);
    expect(nodes[0]).toMatchObject({ id: item.id, kind: 'CONTENT_ITEM', title: 'Night trains', persona: { id: persona.id } });
    const kept = new Date(nodes[0].purgeAt).getTime() - new Date(nodes[0].deletedAt).getTime();
    expect(kept).toBe(30 * 24 * 60 * 60 * 1000);

    // Someone else can neither see nor restore it.
    expect((await trash(other.request)).totalCount).toBe(0);
    expect(expectData(await other.request<any>(RESTORE, { ids: [item.id] })).restoreFromTrash).toEqual([]);
    expect(expectData(await other.request<any>(DELETE_FOREVER, { ids: [item.id] })).deleteFromTrash).toBe(0);

    expect(expectData(await user.request<any>(RESTORE, { ids: [item.id] })).restoreFromTrash).toEqual([item.id]);
    // Only the row's updatedAt tells it was away.
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual({ ...before, updatedAt: expect.any(String) });
    expect((await trash()).totalCount).toBe(0);
  });

  it('cancels the post of a scheduled item it trashes, so the item neither goes out nor comes back SCHEDULED', async () => {
    const persona = await createPersona(user.request);
    const channel = await connectSandbox(user.request, persona.id);
    const item = await createItem(user.request, persona.id, { platform: 'SANDBOX', caption: 'Soon', status: 'READY' });
    expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(3600) }));

    expectData(await user.request(DELETE_ITEM, { id: item.id }));
    const { rows } = await server.handle.pool.query('SELECT state FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
    expect(rows).toEqual([{ state: 'cancelled' }]);
    expectData(await user.request(RESTORE, { ids: [item.id] }));
    const restored = expectData(await user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(restored.status).toBe('READY');
  });

  it('keeps the items of a trashed plan, shows them planless, and puts them back in it on restore', async () => {
    const persona = await createPersona(user.request);
    const plan = await createPlan(user.request, persona.id, { title: 'Autumn' });
    const item = await createItem(user.request, persona.id, { planId: plan.id });

    expectData(await user.request(DELETE_PLAN, { id: plan.id }));
    let view = expectData(await user.request<any>(PERSONA_VIEW, { id: persona.id }));
    expect(view.persona.contentPlans).toEqual([]);
    expect(view.contentItems.nodes).toEqual([{ id: item.id, plan: null, asset: null }]);
    expect((await trash()).nodes).toEqual([expect.objectContaining({ id: plan.id, kind: 'CONTENT_PLAN', title: 'Autumn' })]);

    expectData(await user.request(RESTORE, { ids: [plan.id] }));
    view = expectData(await user.request<any>(PERSONA_VIEW, { id: persona.id }));
    expect(view.persona.contentPlans).toEqual([{ id: plan.id }]);
    expect(view.contentItems.nodes).toEqual([{ id: item.id, plan: { id: plan.id }, asset: null }]);
  });

  it('keeps a trashed asset’s file until it is deleted for good, and an item shows the image again on restore', async () => {
    const persona = await createPersona(user.request);
    const jpeg = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#aa5533' } }).jpeg().toBuffer();
    const assetId = await uploadImage(server.url, user.token, persona.id, jpeg);
    const item = await withImage(user.request, await createItem(user.request, persona.id), assetId);
    const { rows } = await server.handle.pool.query<{ storage_key: string }>('SELECT storage_key FROM assets WHERE id = $1', [assetId]);
    const file = path.join(server.config.DATA_DIR, 'assets', rows[0]!.storage_key);
    expect(existsSync(file)).toBe(true);

    expectData(await user.request(DELETE_ASSET, { id: assetId }));
    let view = expectData(await user.request<any>(PERSONA_VIEW, { id: persona.id }));
    expect(view.assets.nodes).toEqual([]);
    expect(view.contentItems.nodes).toEqual([{ id: item.id, plan: null, asset: null }]);
    expect(existsSync(file)).toBe(true);

    expectData(await user.request(RESTORE, { ids: [assetId] }));
    view = expectData(await user.request<any>(PERSONA_VIEW, { id: persona.id }));
    expect(view.contentItems.nodes).toEqual([{ id: item.id, plan: null, asset: { id: assetId } }]);

    expectData(await user.request(DELETE_ASSET, { id: assetId }));
    expect(expectData(await user.request<any>(DELETE_FOREVER, { ids: [assetId] })).deleteFromTrash).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(expectData(await user.request<any>(RESTORE, { ids: [assetId] })).restoreFromTrash).toEqual([]);
  });

  it('removes for good, with their history, what was trashed longer ago than the retention', async () => {
    const persona = await createPersona(user.request);
    const old = await createItem(user.request, persona.id, { title: 'Old' });
    const recent = await createItem(user.request, persona.id, { title: 'Recent' });
    const oldPlan = await createPlan(user.request, persona.id);
    for (const id of [old.id, recent.id]) expectData(await user.request(DELETE_ITEM, { id }));
    expectData(await user.request(DELETE_PLAN, { id: oldPlan.id }));
    const pool = server.handle.pool;
    await pool.query(`UPDATE content_items_with_trash SET deleted_at = now() - interval '31 days' WHERE id = $1`, [old.id]);
    await pool.query(`UPDATE content_plans_with_trash SET deleted_at = now() - interval '31 days' WHERE id = $1`, [oldPlan.id]);
    await pool.query(`UPDATE content_items_with_trash SET deleted_at = now() - interval '29 days' WHERE id = $1`, [recent.id]);

    const storage = await createAssetStorage(server.config);
    const purged = await purgeExpiredTrash({ db: server.handle.db, storage, logger: createLogger('silent'), retentionDays: 30 });
    expect(purged).toBe(2);
    const left = await pool.query('SELECT id FROM content_items_with_trash WHERE id = ANY($1)', [[old.id, recent.id]]);
    expect(left.rows).toEqual([{ id: recent.id }]);
    const history = await pool.query('SELECT count(*)::int AS n FROM content_item_status_changes WHERE content_item_id = $1', [old.id]);
    expect(history.rows[0].n).toBe(0);
    expect((await pool.query('SELECT 1 FROM content_plans_with_trash WHERE id = $1', [oldPlan.id])).rowCount).toBe(0);
  });

  it('refuses bad ids and changes nothing', async () => {
    await expectNothingWritten(server, ['content_items', 'content_items_with_trash'], async () => {
      expectError(await user.request(RESTORE, { ids: [] }), 'BAD_USER_INPUT', 'ids');
      expectError(await user.request(RESTORE, { ids: ['nope'] }), 'BAD_USER_INPUT', 'ids.0');
      expectError(await user.request(DELETE_FOREVER, { ids: Array.from({ length: 101 }, () => crypto.randomUUID()) }), 'BAD_USER_INPUT', 'ids');
    });
  });
});
