import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPDATE_ITEM } from './support/documents.js';
import { createItem, createPersona, expectData, expectError, expectNothingWritten } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Every caption change through the edit path keeps the caption it replaced; putting one back
// is an ordinary, checked and versioned edit.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let other: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  other = await signUpUser(server.url);
  expectData(await user.request('mutation { updateProfile(input: { displayName: "Maya" }) { displayName } }'));
});
afterAll(() => server.close());

const HISTORY = `query ($id: ID!, $first: Int) {
  contentItem(id: $id) { caption version captionHistory(first: $first) { id caption replacedAt replacedBy { kind name } } }
}`;

const history = async (id: string, first?: number) => expectData(await user.request<any>(HISTORY, { id, first })).contentItem;

async function edit(item: { id: string }, version: number, input: Record<string, unknown>) {
  return expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input: { ...input, expectedVersion: version } })).updateContentItem;
}

describe('caption history', () => {
  it('keeps each replaced caption, newest first, with when and who; other edits add nothing', async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { caption: 'First words', status: 'DRAFT' });
    const second = await edit(item, item.version, { caption: 'Second words' });
    const retitled = await edit(item, second.version, { title: 'A new title' });
    const third = await edit(item, retitled.version, { caption: 'Third words', status: 'READY' });

    const { captionHistory, caption } = await history(item.id);
    expect(caption).toBe('Third words');
    expect(captionHistory.map((revision: any) => revision.caption)).toEqual(['Second words', 'First words']);
    expect(captionHistory[0].replacedBy).toEqual({ kind: 'USER', name: 'Maya' });
    expect(Date.parse(captionHistory[0].replacedAt)).toBeGreaterThanOrEqual(Date.parse(captionHistory[1].replacedAt));
    expect(Date.parse(captionHistory[0].replacedAt)).toBeLessThanOrEqual(Date.parse(third.updatedAt));
    expect((await history(item.id, 1)).captionHistory.map((revision: any) => revision.caption)).toEqual(['Second words']);
  });

  it('puts an earlier caption back as an ordinary edit: versioned, checked, and itself kept', async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { caption: 'Original', status: 'DRAFT' });
    const changed = await edit(item, item.version, { caption: 'Replacement' });
    const [earlier] = (await history(item.id)).captionHistory;

    await expectNothingWritten(server, ['content_item_caption_revisions'], async () => {
      expectError(await user.request(UPDATE_ITEM, { id: item.id, input: { caption: earlier.caption, expectedVersion: item.version } }), 'STALE_VERSION');
    });
    const restored = await edit(item, changed.version, { caption: earlier.caption });
    expect(restored).toMatchObject({ caption: 'Original', version: changed.version + 1 });
    expect((await history(item.id)).captionHistory.map((revision: any) => revision.caption)).toEqual(['Replacement', 'Original']);
  });

  it('keeps nothing for an empty caption', async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { caption: '' });
    await edit(item, item.version, { caption: 'Now it says something' });
    expect((await history(item.id)).captionHistory).toEqual([]);
  });

  it('bounds first to 1..100', async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { caption: 'x' });
    for (const first of [0, 101]) expectError(await user.request(HISTORY, { id: item.id, first }), 'BAD_USER_INPUT', 'first');
  });

  it("never shows or records another user's captions", async () => {
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { caption: 'Private words' });
    await edit(item, item.version, { caption: 'Still private' });
    expect(expectData(await other.request<any>(HISTORY, { id: item.id })).contentItem).toBeNull();
    await expectNothingWritten(server, ['content_item_caption_revisions'], async () => {
      expectError(await other.request(UPDATE_ITEM, { id: item.id, input: { caption: 'Taken over', expectedVersion: item.version + 1 } }), 'NOT_FOUND');
    });
  });
});
