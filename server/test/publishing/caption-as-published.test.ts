import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPDATE_ITEM } from '../support/documents.js';
import { createPersona, createPlan, expectData } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { connectInstagram, connectSandbox, instagramSettings, POSTS, SANDBOX_FEED, schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// What the editor shows is what goes out. Generated ideas come with hashtags; a person who
// edits the caption down to two of them must see exactly that caption on the Sandbox and on
// Instagram, byte for byte: no tags from generation come back.

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;

beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '20' });
  user = await signUpUser(server.url);
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const EDITED = 'Night trains are back, and slower is better.\n\n#nighttrains #slowtravel';

/** Two ideas generated for a plan (offline generator), each with several hashtags. */
async function generatedIdeas(personaId: string) {
  const plan = await createPlan(user.request, personaId, { title: 'Rail season', startDate: '2026-12-20', endDate: '2026-12-21', frequency: { count: 1, period: 'DAY' } });
  const run = expectData(await user.request<any>('mutation ($id: ID!) { generatePlanIdeas(planId: $id) { id } }', { id: plan.id })).generatePlanIdeas;
  await eventually(async () => {
    const { generationRun } = expectData(await user.request<any>('query ($id: ID!) { generationRun(id: $id) { state } }', { id: run.id }));
    expect(generationRun.state).toBe('SUCCEEDED');
  }, 15_000);
  const items = expectData(await user.request<any>('query ($id: ID!) { contentPlan(id: $id) { items(first: 10) { id version caption hashtags } } }', { id: plan.id })).contentPlan.items;
  expect(items).toHaveLength(2);
  for (const item of items) expect(item.hashtags.length).toBeGreaterThanOrEqual(3);
  return items as Array<{ id: string; version: number }>;
}

/** The person's edit: the caption cut down to two tags, then IDEA -> DRAFT -> READY. */
async function editToReady(item: { id: string; version: number }, input: Record<string, unknown>) {
  const update = async (fields: Record<string, unknown>, version: number) =>
    expectData(await user.request<any>(UPDATE_ITEM, { id: item.id, input: { ...fields, expectedVersion: version } })).updateContentItem;
  const edited = await update({ caption: EDITED, ...input, status: 'DRAFT' }, item.version);
  expect(edited.caption).toBe(EDITED);
  return update({ status: 'READY' }, edited.version);
}

describe('the caption is what goes out', () => {
  it('shows the edited caption’s own hashtags on the item', async () => {
    const persona = await createPersona(user.request, { niche: 'Slow travel by train', topics: ['rail passes'] });
    const [idea] = await generatedIdeas(persona.id);
    await editToReady(idea!, { platform: 'SANDBOX' });
    const { contentItem } = expectData(await user.request<any>('query ($id: ID!) { contentItem(id: $id) { caption hashtags } }', { id: idea!.id }));
    expect(contentItem).toEqual({ caption: EDITED, hashtags: ['#nighttrains', '#slowtravel'] });
  });

  it('publishes exactly the edited caption on the Sandbox, with its own hashtags in the feed', async () => {
    const persona = await createPersona(user.request, { niche: 'Slow travel by train', topics: ['rail passes'] });
    const channel = await connectSandbox(user.request, persona.id);
    const [idea] = await generatedIdeas(persona.id);
    const ready = await editToReady(idea!, { platform: 'SANDBOX' });
    expectData(await schedule(user.request, ready, channel.id, { at: secondsFromNow(2) }));

    const [row] = await eventually(async () => {
      const rows = expectData(await user.request<any>(SANDBOX_FEED, { personaId: persona.id })).sandboxFeed;
      expect(rows).toHaveLength(1);
      return rows;
    }, 10_000);
    expect(row).toMatchObject({ caption: EDITED, hashtags: ['#nighttrains', '#slowtravel'], item: { id: idea!.id } });
  });

  it('sends Instagram exactly the edited caption', async () => {
    const persona = await createPersona(user.request, { niche: 'Slow travel by train', topics: ['rail passes'] });
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    const jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#28465a' } }).jpeg().toBuffer();
    const assetId = await uploadImage(server.url, user.token, persona.id, jpeg);
    const [idea] = await generatedIdeas(persona.id);
    const ready = await editToReady(idea!, { platform: 'INSTAGRAM', assetId });
    const post = expectData(await schedule(user.request, ready, channel.id, { at: secondsFromNow(2) })).schedulePost;

    const published = await eventually(async () => {
      const rows = expectData(await user.request<any>(POSTS, { filter: { personaId: persona.id, from: secondsFromNow(-60), to: secondsFromNow(60) } })).scheduledPosts;
      expect(rows.find((row: any) => row.id === post.id)?.state).toBe('PUBLISHED');
      return rows.find((row: any) => row.id === post.id);
    }, 10_000);
    const media = fake.published.find((candidate) => candidate.mediaId === published.platformPostId);
    expect(media?.caption).toBe(EDITED);
    const containers = fake.requests.filter((request) => request.endpoint === 'container_create').map((request) => request.params.caption);
    expect(containers).toEqual([EDITED]);
  });
});
