import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_PERSONA,
  CREATE_DEMO_PERSONA,
  CREATE_PERSONA,
  PERSONA,
  PERSONA_ITEM_COUNTS,
  PERSONAS,
  UNARCHIVE_PERSONA,
  UPDATE_PERSONA,
} from './support/documents.js';
import {
  createItem,
  createPersona,
  expectData,
  expectError,
  expectNothingWritten,
  fieldErrorFields,
} from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { startFakeInstagram, type FakeInstagram } from './support/fake-instagram.js';
import { daysFromNow } from './support/lifecycle.js';
import { instagramSettings } from './support/publishing.js';
import { failThroughInstagram, postThroughSandbox } from './support/real-outcomes.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fake: FakeInstagram;
beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '20' });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const FULL_INPUT = {
  name: 'Lena Fern',
  handle: 'lena.fern',
  niche: 'urban gardening',
  voice: 'Warm and practical',
  style: 'Daylight close-ups',
  personality: 'Patient, curious',
  bio: 'Growing food on a balcony.',
  aesthetic: 'Terracotta and sage',
  platformStrategy: {
    platforms: ['INSTAGRAM', 'TIKTOK'],
    postsPerWeek: 4,
    cadence: 'reels Tue/Thu',
    goals: ['10k followers', '5% saves'],
  },
  timeZone: 'Europe/Amsterdam',
};

describe('personas', () => {
  it('creates a persona with every field and reads it back by id', async () => {
    const user = await signUpUser(server.url);
    const created = expectData(await user.request<any>(CREATE_PERSONA, { input: FULL_INPUT })).createPersona;
    const { platformStrategy, ...scalars } = FULL_INPUT;
    expect(created).toMatchObject({ ...scalars, platformStrategy, archivedAt: null });
    const read = expectData(await user.request<any>(PERSONA, { id: created.id })).persona;
    expect(read).toEqual(created);
  });

  it("defaults the time zone to the profile's and stores an @handle without the @", async () => {
    const user = await signUpUser(server.url);
    await user.request(`mutation { updateProfile(input: { timeZone: "Asia/Tokyo" }) { timeZone } }`);
    const persona = await createPersona(user.request, { handle: '@tokyo.tea' });
    expect(persona.timeZone).toBe('Asia/Tokyo');
    expect(persona.handle).toBe('tokyo.tea');
    expect(persona.platformStrategy).toEqual({ platforms: [], postsPerWeek: null, cadence: '', goals: [] });
  });

  it('updates only the fields sent', async () => {
    const user = await signUpUser(server.url);
    const created = expectData(await user.request<any>(CREATE_PERSONA, { input: FULL_INPUT })).createPersona;
    const updated = expectData(
      await user.request<any>(UPDATE_PERSONA, { id: created.id, input: { name: 'Lena F.', bio: 'New bio', voice: null } }),
    ).updatePersona;
    const { name: _name, bio: _bio, updatedAt: _updatedAt, ...unchanged } = created;
    expect(updated).toMatchObject({ ...unchanged, name: 'Lena F.', bio: 'New bio' });
    expect(expectData(await user.request<any>(PERSONA, { id: created.id })).persona).toEqual(updated);
  });

  it('keeps handles unique per user, ignoring case, on create and on update', async () => {
    const user = await signUpUser(server.url);
    await createPersona(user.request, { handle: 'Plant.Lady' });
    await expectNothingWritten(server, ['personas'], async () => {
      const again = await user.request(CREATE_PERSONA, { input: { name: 'Copy', handle: 'plant.lady', niche: 'x' } });
      expectError(again, 'CONFLICT', 'input.handle');
    });
    const other = await createPersona(user.request, { handle: 'other_one' });
    const renamed = await user.request(UPDATE_PERSONA, { id: other.id, input: { handle: '@PLANT.LADY', name: 'Renamed' } });
    expectError(renamed, 'CONFLICT', 'input.handle');
    expect(expectData(await user.request<any>(PERSONA, { id: other.id })).persona).toEqual(other);
    const recased = await user.request<any>(UPDATE_PERSONA, { id: other.id, input: { handle: 'OTHER_ONE' } });
    expect(expectData(recased).updatePersona.handle).toBe('OTHER_ONE');
  });

  it('lets two users use the same handle', async () => {
    const first = await signUpUser(server.url);
    const second = await signUpUser(server.url);
    const a = await createPersona(first.request, { handle: 'shared.handle' });
    const b = await createPersona(second.request, { handle: 'Shared.Handle' });
    expect(a.handle.toLowerCase()).toBe(b.handle.toLowerCase());
  });

  it.each([
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a handle with a space and !', { handle: 'lena grows!' }, 'input.handle'],
    ['a 31-character handle', { handle: 'a'.repeat(31) }, 'input.handle'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    ['a repeated platform', { platformStrategy: { platforms: ['INSTAGRAM', 'INSTAGRAM'] } }, 'input.platformStrategy.platforms'],
    ['a 2001-character bio', { bio: 'b'.repeat(2001) }, 'input.bio'],
  ])('refuses %s, naming the field and writing nothing', async (_case, override, field) => {
    const user = await signUpUser(server.url);
    await expectNothingWritten(server, ['personas'], async () => {
      const result = await user.request(CREATE_PERSONA, { input: { ...FULL_INPUT, ...override } });
      expectError(result, 'BAD_USER_INPUT', field);
    });
    const persona = await createPersona(user.request);
    const update = await user.request(UPDATE_PERSONA, { id: persona.id, input: override });
    expectError(update, 'BAD_USER_INPUT', field);
    expect(expectData(await user.request<any>(PERSONA, { id: persona.id })).persona).toEqual(persona);
  });

  it('lists every invalid field at once', async () => {
    const user = await signUpUser(server.url);
    const result = await user.request(CREATE_PERSONA, {
      input: { name: '', handle: 'bad handle', niche: 'x', bio: 'b'.repeat(2001), platformStrategy: { platforms: ['X', 'X'] }, timeZone: 'Nope/Nope' },
    });
    expectError(result, 'BAD_USER_INPUT', 'input.name');
    expect(fieldErrorFields(result)).toEqual([
      'input.name',
      'input.handle',
      'input.bio',
      'input.platformStrategy.platforms',
      'input.timeZone',
    ]);
  });

  it('hides archived personas unless asked, and unarchives them', async () => {
    const user = await signUpUser(server.url);
    const kept = await createPersona(user.request);
    const archivedOne = await createPersona(user.request);
    const archived = expectData(await user.request<any>(ARCHIVE_PERSONA, { id: archivedOne.id })).archivePersona;
    expect(Date.parse(archived.archivedAt)).toBeGreaterThan(0);

    const ids = async (includeArchived?: boolean) =>
      expectData(await user.request<any>(PERSONAS, { includeArchived })).personas.nodes.map((node: any) => node.id).sort();
    expect(await ids()).toEqual([kept.id]);
    expect(await ids(true)).toEqual([archivedOne.id, kept.id].sort());

    const restored = expectData(await user.request<any>(UNARCHIVE_PERSONA, { id: archivedOne.id })).unarchivePersona;
    expect(restored.archivedAt).toBeNull();
    expect(await ids()).toEqual([archivedOne.id, kept.id].sort());
  });

  it('counts items per status', async () => {
    const user = await signUpUser(server.url);
    const persona = await createPersona(user.request);
    const other = await createPersona(user.request);
    const ready = { platform: 'FACEBOOK', caption: 'Ready', scheduledAt: daysFromNow(7) };
    for (const status of ['IDEA', 'IDEA', 'DRAFT', 'READY', 'READY', 'READY']) await createItem(user.request, persona.id, { status, ...ready });
    await createItem(user.request, other.id, { status: 'DRAFT' });
    await postThroughSandbox(user.request, persona.id);
    await failThroughInstagram({ url: server.url, fake, user }, persona.id);

    const counts = expectData(await user.request<any>(PERSONA_ITEM_COUNTS, { id: persona.id })).persona.itemCounts;
    expect(counts).toEqual({ idea: 2, draft: 1, ready: 3, scheduled: 0, posted: 1, failed: 1, total: 8 });
  });

  it('creates numbered demo personas with a 12-post plan and six items', async () => {
    const user = await signUpUser(server.url);
    const first = expectData(await user.request<any>(CREATE_DEMO_PERSONA)).createDemoPersona;
    const second = expectData(await user.request<any>(CREATE_DEMO_PERSONA)).createDemoPersona;
    expect([first.handle, second.handle]).toEqual(['lena.grows', 'lena.grows2']);
    for (const demo of [first, second]) {
      expect(demo.contentPlans).toHaveLength(1);
      const [plan] = demo.contentPlans;
      expect(plan).toMatchObject({ targetPostCount: 12, frequency: { count: 3, period: 'WEEK' } });
      const days = (Date.parse(plan.endDate) - Date.parse(plan.startDate)) / 86_400_000 + 1;
      expect(days).toBe(28);
      expect(demo.recentItems).toHaveLength(6);
      expect(demo.recentItems.every((item: any) => item.plan?.id === plan.id && item.persona.id === demo.id)).toBe(true);
    }
  });

  it('numbers demo personas created at the same moment too', async () => {
    const user = await signUpUser(server.url);
    const results = await Promise.all([1, 2, 3].map(() => user.request<any>(CREATE_DEMO_PERSONA)));
    const handles = results.map((result) => expectData(result).createDemoPersona.handle).sort();
    expect(handles).toEqual(['lena.grows', 'lena.grows2', 'lena.grows3']);
  });
});
