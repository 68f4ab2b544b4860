import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ITEM, ITEM, UPDATE_ITEM } from './support/documents.js';
import { countRows, createItem, createPersona, expectData, expectError } from './support/fixtures.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import {
  daysFromNow,
  expectIllegalMove,
  expectStaleVersion,
  lifecycleOf,
  moved,
  moveItem,
} from './support/lifecycle.js';
import { startFakeInstagram, type FakeInstagram } from './support/fake-instagram.js';
import { connectSandbox, instagramSettings, schedule } from './support/publishing.js';
import { failThroughInstagram } from './support/real-outcomes.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The content lifecycle through the API: which moves exist, what each needs, who may make it,
// how versions keep two editors from overwriting each other, and the timeline it leaves.

let server: TestServer;
let fake: FakeInstagram;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
const DISPLAY_NAME = 'Mara Quinn';
beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '20' });
  user = await signUpUser(server.url);
  expectData(await user.request(`mutation { updateProfile(input: { displayName: "${DISPLAY_NAME}" }) { displayName } }`));
  personaId = (await createPersona(user.request)).id;
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});
const failed = () => failThroughInstagram({ url: server.url, fake, user }, personaId);

const LIFECYCLE_RULE = (options: string) => expect.stringContaining(`a move the lifecycle allows (from ${options})`);
const hashtags = (count: number) => Array.from({ length: count }, (_, i) => `#tag${i}`).join(' ');
/** Why an Instagram or Sandbox item cannot become SCHEDULED without a publishing job. */
const NEEDS_CHANNEL = 'a channel to publish on: schedule it with schedulePost';

// Items moved to SCHEDULED by hand are for X: DoppelCart publishes Instagram and Sandbox items
// itself, so those become SCHEDULED only with a publishing job (schedulePost).

describe('content lifecycle', () => {
  it('moves IDEA -> DRAFT -> READY -> SCHEDULED and back, one version per move', async () => {
    const scheduledAt = daysFromNow(3);
    let item = await createItem(user.request, personaId, { platform: 'FACEBOOK', caption: 'Seedlings', scheduledAt });
    expect(item).toMatchObject({ status: 'IDEA', version: 1 });
    const path = ['DRAFT', 'READY', 'SCHEDULED', 'READY', 'DRAFT', 'IDEA'];
    for (const [step, to] of path.entries()) {
      item = await moved(user.request, item, to);
      expect(item).toMatchObject({ status: to, version: step + 2, caption: 'Seedlings', scheduledAt });
    }
    const { statusHistory } = await lifecycleOf(user.request, item.id);
    const statuses = ['IDEA', ...path];
    expect(statusHistory.map((change: any) => [change.from, change.to])).toEqual(statuses.map((to, i) => [statuses[i - 1] ?? null, to]));
  });

  it('creates items in any editing status whose preconditions hold, and refuses the rest', async () => {
    for (const status of ['IDEA', 'DRAFT', 'READY', 'SCHEDULED']) {
      const item = await createItem(user.request, personaId, { platform: 'FACEBOOK', status, caption: 'Made', scheduledAt: daysFromNow(2) });
      expect((await lifecycleOf(user.request, item.id)).statusHistory).toMatchObject([{ from: null, to: status, actor: { kind: 'USER', name: DISPLAY_NAME } }]);
    }
    const before = await countRows(server, 'content_items');
    const ready = await user.request(CREATE_ITEM, { input: { personaId, platform: 'INSTAGRAM', status: 'READY' } });
    expectIllegalMove(ready, { from: null, to: 'READY', missing: ['caption'] });
    const late = { personaId, platform: 'FACEBOOK', status: 'SCHEDULED', caption: 'Late', scheduledAt: daysFromNow(-1) };
    expectIllegalMove(await user.request(CREATE_ITEM, { input: late }), { from: null, to: 'SCHEDULED', missing: ['scheduledAt in the future'] });
    for (const platform of ['INSTAGRAM', 'SANDBOX']) {
      const unpublishable = { personaId, platform, status: 'SCHEDULED', caption: 'No channel', scheduledAt: daysFromNow(2) };
      expectIllegalMove(await user.request(CREATE_ITEM, { input: unpublishable }), { from: null, to: 'SCHEDULED', missing: [NEEDS_CHANNEL] });
    }
    expect(await countRows(server, 'content_items')).toBe(before);
  });

  it.each([
    ['IDEA to READY, a pair the lifecycle lacks', { caption: 'x' }, 'READY', [LIFECYCLE_RULE('IDEA: DRAFT')]],
    ['DRAFT to SCHEDULED, skipping READY', { status: 'DRAFT', caption: 'x', scheduledAt: daysFromNow(3) }, 'SCHEDULED', [LIFECYCLE_RULE('DRAFT: IDEA or READY')]],
    ['READY without a caption', { status: 'DRAFT' }, 'READY', ['caption']],
    ['READY with a 2,201-character Instagram caption', { status: 'DRAFT', caption: 'a'.repeat(2201) }, 'READY', ['caption of at most 2200 characters (has 2201)']],
    ['READY with a 301-character Bluesky caption', { platform: 'BLUESKY', status: 'DRAFT', caption: 'a'.repeat(301) }, 'READY', ['caption of at most 300 characters (has 301)']],
    ['READY with 31 hashtags on Instagram', { status: 'DRAFT', caption: hashtags(31) }, 'READY', ['at most 30 hashtags (has 31)']],
    ['SCHEDULED without a time', { platform: 'FACEBOOK', status: 'READY', caption: 'x' }, 'SCHEDULED', ['scheduledAt in the future']],
    ['SCHEDULED at a past time', { platform: 'FACEBOOK', status: 'READY', caption: 'x', scheduledAt: daysFromNow(-1) }, 'SCHEDULED', ['scheduledAt in the future']],
    ['POSTED by a person', { platform: 'FACEBOOK', status: 'SCHEDULED', caption: 'x', scheduledAt: daysFromNow(3) }, 'POSTED', [expect.stringMatching(/only the publisher/)]],
    ['FAILED by a person', { platform: 'FACEBOOK', status: 'SCHEDULED', caption: 'x', scheduledAt: daysFromNow(3) }, 'FAILED', [expect.stringMatching(/only the publisher/)]],
  ] as const)('refuses %s and changes nothing', async (_case, input, to, missing) => {
    const item = await createItem(user.request, personaId, input);
    const before = await lifecycleOf(user.request, item.id);
    expectIllegalMove(await moveItem(user.request, item, to), { from: item.status, to, missing: [...missing] });
    expectIllegalMove(await user.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: item.version, status: to } }), {
      from: item.status,
      to,
      missing: [...missing],
    });
    expect(await lifecycleOf(user.request, item.id)).toEqual(before);
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
  });

  it('refuses moving an Instagram or Sandbox item to SCHEDULED by hand, needing a channel, and changes nothing', async () => {
    const jobsBefore = await countRows(server, 'scheduled_posts');
    for (const platform of ['INSTAGRAM', 'SANDBOX']) {
      const item = await createItem(user.request, personaId, { platform, status: 'READY', caption: 'Seedlings', scheduledAt: daysFromNow(3) });
      const before = await lifecycleOf(user.request, item.id);
      expect(before).toMatchObject({ status: 'READY', version: 1 });

      expectIllegalMove(await moveItem(user.request, item, 'SCHEDULED'), { from: 'READY', to: 'SCHEDULED', missing: [NEEDS_CHANNEL] });
      const edit = { expectedVersion: item.version, status: 'SCHEDULED', scheduledAt: daysFromNow(4) };
      expectIllegalMove(await user.request(UPDATE_ITEM, { id: item.id, input: edit }), { from: 'READY', to: 'SCHEDULED', missing: [NEEDS_CHANNEL] });

      expect(await lifecycleOf(user.request, item.id)).toEqual(before);
      expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);
      expect(await countRows(server, 'scheduled_posts')).toBe(jobsBefore);
    }

    // What the refusal points to works: schedulePost on a channel moves the same item, with its job.
    const item = await createItem(user.request, personaId, { platform: 'INSTAGRAM', status: 'READY', caption: 'Seedlings' });
    const channel = await connectSandbox(user.request, personaId);
    const post = expectData(await schedule(user.request, item, channel.id, { at: daysFromNow(3) })).schedulePost;
    expect(post).toMatchObject({ state: 'PENDING', item: { id: item.id, status: 'SCHEDULED', version: 2 } });
    expect(await countRows(server, 'scheduled_posts')).toBe(jobsBefore + 1);
  });

  it('accepts captions right at the platform limits, counting an emoji as one character', async () => {
    for (const caption of ['a'.repeat(2200), '🌱'.repeat(2200), hashtags(30)]) {
      const item = await createItem(user.request, personaId, { status: 'DRAFT', caption });
      expect(await moved(user.request, item, 'READY')).toMatchObject({ status: 'READY', caption });
    }
  });

  it('refuses a stale version on moves and edits, keeping the other edit intact', async () => {
    const item = await createItem(user.request, personaId, { status: 'DRAFT', title: 'Original', caption: 'First words' });
    const signIn = await graphqlClient(server.url)<any>(`mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: user.email, password: user.password },
    });
    const secondTab = graphqlClient(server.url, expectData(signIn).signIn.token);

    const edit = { expectedVersion: 1, caption: 'Second tab words' };
    const saved = expectData(await secondTab<any>(UPDATE_ITEM, { id: item.id, input: edit })).updateContentItem;
    expect(saved).toMatchObject({ caption: 'Second tab words', version: 2 });

    expectStaleVersion(await moveItem(user.request, item, 'READY'), 2);
    const staleEdit = { expectedVersion: 1, title: 'Overwrite', caption: 'First tab words' };
    expectStaleVersion(await user.request(UPDATE_ITEM, { id: item.id, input: staleEdit }), 2);
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(saved);
    expect((await lifecycleOf(user.request, item.id)).statusHistory).toHaveLength(1);
  });

  it('lets exactly one of two concurrent moves from the same version through', async () => {
    const items = await Promise.all(
      Array.from({ length: 5 }, () => createItem(user.request, personaId, { status: 'DRAFT', caption: 'Race' })),
    );
    await Promise.all(
      items.map(async (item) => {
        const results = await Promise.all([moveItem(user.request, item, 'READY'), moveItem(user.request, item, 'IDEA')]);
        const winners = results.filter((result) => !result.errors);
        expect(winners).toHaveLength(1);
        expectStaleVersion(results.find((result) => result.errors)!, 2);
        const { status, version, statusHistory } = await lifecycleOf(user.request, item.id);
        expect({ status, version }).toEqual({ status: winners[0]!.data.moveContentItem.status, version: 2 });
        expect(statusHistory).toHaveLength(2);
      }),
    );
  });

  it('records every change with its actor and reason, the publisher included', async () => {
    const { item } = await failed();
    expect(item).toMatchObject({ status: 'FAILED', failureReason: expect.stringMatching(/^Instagram could not process the post/) });
    await moved(user.request, item, 'READY', 'retry with a new image');

    const { statusHistory } = await lifecycleOf(user.request, item.id);
    const person = { kind: 'USER', name: DISPLAY_NAME };
    expect(statusHistory).toEqual([
      { id: expect.any(String), from: null, to: 'READY', changedAt: expect.any(String), actor: person, reason: null },
      { id: expect.any(String), from: 'READY', to: 'SCHEDULED', changedAt: expect.any(String), actor: person, reason: null },
      {
        id: expect.any(String),
        from: 'SCHEDULED',
        to: 'FAILED',
        changedAt: expect.any(String),
        actor: { kind: 'PROCESS', name: 'publisher' },
        reason: item.failureReason,
      },
      { id: expect.any(String), from: 'FAILED', to: 'READY', changedAt: expect.any(String), actor: person, reason: 'retry with a new image' },
    ]);
    const times = statusHistory.map((change: any) => Date.parse(change.changedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it('retries a failed item: back to READY, or SCHEDULED again with a new post, clearing the failure reason', async () => {
    const first = await failed();
    expect(await moved(user.request, first.item, 'READY')).toMatchObject({ status: 'READY', failureReason: null, version: first.item.version + 1 });
    const second = await failed();
    const post = expectData(await schedule(user.request, second.item, second.channelId, { at: daysFromNow(1) })).schedulePost;
    expect(post.item).toMatchObject({ status: 'SCHEDULED', failureReason: null, version: second.item.version + 1 });
  });

  it("refuses emptying a READY item's caption, keeping its status, and allows it with a move back to DRAFT", async () => {
    const item = await createItem(user.request, personaId, { status: 'READY', caption: 'Keep me' });
    const emptied = await user.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: 1, caption: '' } });
    expectError(emptied, 'BAD_USER_INPUT', 'input.caption');
    expect(expectData(await user.request<any>(ITEM, { id: item.id })).contentItem).toEqual(item);

    const input = { expectedVersion: 1, caption: '', status: 'DRAFT' };
    const drafted = expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input })).updateContentItem;
    expect(drafted).toMatchObject({ status: 'DRAFT', caption: '', version: 2 });
  });
});
