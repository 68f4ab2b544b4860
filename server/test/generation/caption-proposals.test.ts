import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM } from '../support/documents.js';
import { countRows, createItem, createPersona, expectData, expectError, expectNothingWritten } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// "Write caption" proposes; it never saves. The proposal starts from the person's unsaved
// draft, fits the platform, is recorded as a run, and leaves the item exactly as it was.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let other: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
  other = await signUpUser(server.url);
});
afterAll(() => server.close());

const PROPOSE = `mutation ($itemId: ID!, $draft: String) {
  proposeCaption(itemId: $itemId, draft: $draft) {
    caption hashtags draft
    run { kind state generator inputTokens }
    item { id version caption }
  }
}`;
const RUNS = `query ($id: ID!) { persona(id: $id) { generationUsage { runs } } }`;

async function savedItem(caption = 'Saved caption, kept as it is. #saved') {
  const persona = await createPersona(user.request, { niche: 'Slow travel by train' });
  const item = await createItem(user.request, persona.id, { title: 'Night trains', caption, status: 'DRAFT' });
  return { persona, item };
}

const runsOf = async (personaId: string) => expectData(await user.request<any>(RUNS, { id: personaId })).persona.generationUsage.runs as number;

describe('caption proposals', () => {
  it('starts from the unsaved draft, records the run, and changes nothing on the item', async () => {
    const { persona, item } = await savedItem();
    const draft = 'night trains are back and I booked the sleeper\n\n#nighttrains';
    const proposal = expectData(await user.request<any>(PROPOSE, { itemId: item.id, draft })).proposeCaption;

    expect(proposal.caption.startsWith('Night trains are back and I booked the sleeper.')).toBe(true);
    expect(proposal.hashtags[0]).toBe('#nighttrains');
    expect(proposal.hashtags).toEqual(proposal.caption.match(/#[\p{L}\p{N}_]+/gu));
    expect(proposal).toMatchObject({ draft, run: { kind: 'CAPTION', state: 'SUCCEEDED', generator: 'OFFLINE' }, item: { id: item.id, version: item.version, caption: item.caption } });
    const stored = expectData(await user.request<any>(ITEM, { id: item.id })).contentItem;
    expect(stored).toMatchObject({ version: item.version, caption: item.caption, updatedAt: item.updatedAt });
    expect(await runsOf(persona.id)).toBe(1);
  });

  it('writes from the title when the draft is empty, and from the saved caption when none is sent', async () => {
    const { item } = await savedItem();
    const fromTitle = expectData(await user.request<any>(PROPOSE, { itemId: item.id, draft: '' })).proposeCaption;
    expect(fromTitle.caption.startsWith('Night trains.')).toBe(true);
    expect(fromTitle.draft).toBe('');
    const fromSaved = expectData(await user.request<any>(PROPOSE, { itemId: item.id })).proposeCaption;
    expect(fromSaved.caption.startsWith('Saved caption, kept as it is. #saved')).toBe(true);
    expect(fromSaved.draft).toBe(item.caption);
  });

  it("stays within the platform's limits whatever the draft", async () => {
    const { item } = await savedItem();
    const long = `${'a long line about trains '.repeat(120)}#one #two`;
    const proposal = expectData(await user.request<any>(PROPOSE, { itemId: item.id, draft: long })).proposeCaption;
    expect([...proposal.caption].length).toBeLessThanOrEqual(2200);
    expect(proposal.caption.startsWith('A long line about trains a long line')).toBe(true);
  });

  it('refuses a draft over 10,000 characters by name, recording nothing', async () => {
    const { persona, item } = await savedItem();
    await expectNothingWritten(server, ['generation_runs', 'content_item_caption_revisions'], async () => {
      expectError(await user.request(PROPOSE, { itemId: item.id, draft: 'x'.repeat(10_001) }), 'BAD_USER_INPUT', 'draft');
    });
    expect(await runsOf(persona.id)).toBe(0);
  });

  it("answers another user's item exactly like a missing one, recording nothing", async () => {
    const { item } = await savedItem();
    await expectNothingWritten(server, ['generation_runs'], async () => {
      const foreign = expectError(await other.request(PROPOSE, { itemId: item.id, draft: 'mine now' }), 'NOT_FOUND', 'itemId');
      const missing = expectError(await other.request(PROPOSE, { itemId: '00000000-0000-4000-8000-000000000000', draft: 'x' }), 'NOT_FOUND', 'itemId');
      expect(foreign.message).toBe(missing.message);
    });
  });

  it('keeps the deprecated writeCaption working: it saves, and the replaced caption is kept', async () => {
    const { item } = await savedItem();
    const written = expectData(await user.request<any>(
      `mutation ($id: ID!, $v: Int!) { writeCaption(itemId: $id, expectedVersion: $v) { caption version captionHistory { caption replacedBy { kind } } } }`,
      { id: item.id, v: item.version },
    )).writeCaption;
    expect(written.version).toBe(item.version + 1);
    expect(written.caption).not.toBe(item.caption);
    expect(written.captionHistory).toEqual([{ caption: item.caption, replacedBy: { kind: 'USER' } }]);
    const { __type } = expectData(await user.request<any>(`{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`));
    expect(__type.fields.find((field: any) => field.name === 'writeCaption')).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining('proposeCaption') });
    expect(await countRows(server, 'content_item_caption_revisions')).toBeGreaterThanOrEqual(1);
  });
});
