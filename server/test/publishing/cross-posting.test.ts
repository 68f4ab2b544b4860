import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError, expectNothingWritten } from '../support/fixtures.js';
import { startFakeBluesky, type FakeBluesky } from '../support/fake-bluesky.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { CANCEL, connectInstagram, connectSandbox, instagramSettings, SANDBOX_FEED, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Cross-posting (issue 17 §3): one item to Instagram, Bluesky and the Sandbox at once, each
// with its own caption where given and checked by its own network's rules before anything is
// stored; each channel's post has its own state, link and metrics; the item's status follows
// them all, and a failed channel is retried alone without posting the others twice.

const CROSS_POST = `mutation ($input: CrossPostInput!) { crossPost(input: $input) { id state captionVariant channel { id platform } } }`;
const CONNECT_BLUESKY = `mutation ($input: ConnectBlueskyChannelInput!) { connectBlueskyChannel(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version status } }`;
const ITEM = `query ($id: ID!) { contentItem(id: $id) { id version status failureReason publishedAt
  currentPosts { id state permalink lastError captionVariant superseded channel { platform } } scheduledPosts { id state superseded } } }`;

let instagram: FakeInstagram;
let bluesky: FakeBluesky;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channels: { sandbox: string; bluesky: string; instagram: string };
let imageId: string;

beforeAll(async () => {
  [instagram, bluesky] = await Promise.all([startFakeInstagram(), startFakeBluesky()]);
  server = await startTestServer({ ...instagramSettings(instagram), INSTAGRAM_CONTAINER_POLL_MS: '20', BLUESKY_SERVICE_URL: bluesky.url, PUBLISH_MAX_ATTEMPTS: '2' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const sandbox = await connectSandbox(user.request, personaId);
  const blueskyChannel = expectData(await user.request<any>(CONNECT_BLUESKY, { input: { personaId, handle: bluesky.handle, appPassword: bluesky.appPassword } })).connectBlueskyChannel;
  const { channel: instagramChannel } = await connectInstagram(server.url, user.request, personaId);
  channels = { sandbox: sandbox.id, bluesky: blueskyChannel.id, instagram: instagramChannel.id };
  const jpeg = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#6a4' } }).jpeg().toBuffer();
  imageId = await uploadImage(server.url, user.token, personaId, jpeg);
});
afterAll(async () => {
  await server?.close();
  await Promise.all([instagram?.close(), bluesky?.close()]);
});

async function readyItem(caption: string) {
  const item = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform: 'INSTAGRAM' });
  return expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, status: 'READY', media: [{ assetId: imageId, altText: 'Seedlings on a sill' }] } })).updateContentItem;
}

const crossPost = (item: { id: string; version: number }, targets: Array<{ channelId: string; caption?: string }>, when: Record<string, unknown> = { at: secondsFromNow(2) }) =>
  user.request<any>(CROSS_POST, { input: { itemId: item.id, channels: targets, when, expectedVersion: item.version } });

const readItem = async (id: string) => expectData(await user.request<any>(ITEM, { id })).contentItem;

/** Waits until every current post of the item has ended (published or failed). */
async function settled(id: string) {
  return eventually(async () => {
    const item = await readItem(id);
    expect(item.currentPosts.every((post: any) => ['PUBLISHED', 'FAILED'].includes(post.state))).toBe(true);
    expect(['POSTED', 'FAILED']).toContain(item.status);
    return item;
  }, 20_000);
}

describe('cross-posting one item', () => {
  it("refuses a channel's caption its network would refuse, and a channel named twice, storing nothing", async () => {
    const item = await readyItem('Sowing chillies on a sill #chillies');
    await expectNothingWritten(server, ['scheduled_posts'], async () => {
      const twice = await crossPost(item, [{ channelId: channels.sandbox }, { channelId: channels.bluesky }, { channelId: channels.sandbox }]);
      expect(expectError(twice, 'BAD_USER_INPUT').extensions?.field).toBe('input.channels.2.channelId');
      const long = await crossPost(item, [{ channelId: channels.instagram }, { channelId: channels.bluesky, caption: 'x'.repeat(301) }]);
      const refused = expectError(long, 'BAD_USER_INPUT');
      expect(refused.extensions?.field).toBe('input.channels.1.caption');
      expect(refused.message).toMatch(/at most 300 characters \(has 301\)/);
      const queued = await crossPost(item, [{ channelId: channels.instagram }, { channelId: channels.sandbox }], { queue: true });
      expect(expectError(queued, 'BAD_USER_INPUT').extensions?.field).toBe('input.when.queue');
    });
    expect((await readItem(item.id)).status).toBe('READY');
  });

  it('goes out on all three channels, each with its caption and link, and is POSTED once all are out', async () => {
    const caption = 'Sowing chillies on a sill: warmth first, light second. #chillies #growyourown';
    const short = 'Chillies on the sill 🌶️ warmth first #chillies';
    const item = await readyItem(caption);
    const posts = expectData(await crossPost(item, [{ channelId: channels.instagram }, { channelId: channels.bluesky, caption: short }, { channelId: channels.sandbox }])).crossPost;
    expect(posts.map((post: any) => [post.channel.platform, post.state, post.captionVariant])).toEqual([
      ['INSTAGRAM', 'PENDING', null],
      ['BLUESKY', 'PENDING', short],
      ['SANDBOX', 'PENDING', null],
    ]);
    expect((await readItem(item.id)).status).toBe('SCHEDULED');

    const done = await settled(item.id);
    expect(done.status).toBe('POSTED');
    // One per channel, by network.
    expect(done.currentPosts.map((post: any) => [post.channel.platform, post.state])).toEqual([
      ['BLUESKY', 'PUBLISHED'],
      ['INSTAGRAM', 'PUBLISHED'],
      ['SANDBOX', 'PUBLISHED'],
    ]);
    const [onBluesky, onInstagram, onSandbox] = done.currentPosts;
    expect(onInstagram.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
    expect(onBluesky.permalink).toMatch(new RegExp(`^https://bsky.app/profile/${bluesky.handle}/post/`));
    expect(onSandbox.permalink).toMatch(new RegExp(`^/personas/${personaId}/sandbox#post-`));
    // Each network got its own caption, once.
    expect(bluesky.posts.filter((post) => post.record.text === short)).toHaveLength(1);
    expect(bluesky.posts.filter((post) => post.record.text === caption)).toHaveLength(0);
    expect(instagram.published.filter((media) => media.caption === caption)).toHaveLength(1);
    const feed = expectData(await user.request<any>(SANDBOX_FEED, { personaId })).sandboxFeed;
    expect(feed.filter((post: any) => post.item?.id === item.id).map((post: any) => post.caption)).toEqual([caption]);

    // Metrics are taken per channel, and the item's standing is their total.
    const blueskyRecord = bluesky.posts.find((post) => post.record.text === short)!;
    bluesky.setCounts(blueskyRecord.uri, { likeCount: 5, replyCount: 1, repostCount: 0, quoteCount: 0 });
    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config };
    await collectDueMetrics(deps, new Date(Date.now() + 3600_000 + 60_000));
    const { rows } = await server.handle.pool.query(
      `SELECT c.platform, s.likes FROM analytics_snapshots s JOIN channel_integrations c ON c.id = s.channel_integration_id
        WHERE s.content_item_id = $1 AND s.checkpoint = '1h' ORDER BY c.platform`,
      [item.id],
    );
    expect(rows.map((row) => row.platform)).toEqual(['bluesky', 'instagram', 'sandbox']);
    const likes = rows.reduce((sum, row) => sum + (row.likes ?? 0), 0);
    const performance = (await server.handle.pool.query('SELECT likes FROM post_performance WHERE content_item_id = $1', [item.id])).rows[0];
    expect(performance.likes).toBe(likes);
    expect(rows.find((row) => row.platform === 'bluesky')!.likes).toBe(5);
  });

  it('shows a failed channel while the others go out, and retries it alone', async () => {
    const caption = 'Pricking out tomato seedlings, gently. #tomatoes';
    const item = await readyItem(caption);
    // Instagram cannot process the image: a failure that retrying the same request will not mend.
    instagram.failNext('container_create', 'container_error');
    expectData(await crossPost(item, [{ channelId: channels.sandbox }, { channelId: channels.instagram }, { channelId: channels.bluesky }]));
    const failed = await settled(item.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.currentPosts.map((post: any) => [post.channel.platform, post.state])).toEqual([
      ['BLUESKY', 'PUBLISHED'],
      ['INSTAGRAM', 'FAILED'],
      ['SANDBOX', 'PUBLISHED'],
    ]);
    expect(failed.failureReason).toMatch(/^1 of 3 channels failed \(Instagram @\S+: .+\)$/);
    const blueskyPosts = bluesky.posts.filter((post) => post.record.text === caption).length;
    expect(blueskyPosts).toBe(1);

    // Retry Instagram alone: the item is SCHEDULED again, the others' posts stay as they are.
    const retry = expectData(await crossPost(failed, [{ channelId: channels.instagram }], { now: true })).crossPost;
    expect(retry).toHaveLength(1);
    const retried = await settled(item.id);
    expect(retried.status).toBe('POSTED');
    // The retry is the newest: it comes last.
    expect(retried.currentPosts.map((post: any) => [post.channel.platform, post.state])).toEqual([
      ['BLUESKY', 'PUBLISHED'],
      ['SANDBOX', 'PUBLISHED'],
      ['INSTAGRAM', 'PUBLISHED'],
    ]);
    // The failed attempt is kept in the item's history, replaced.
    expect(retried.scheduledPosts.filter((post: any) => post.state === 'FAILED')).toEqual([expect.objectContaining({ superseded: true })]);
    expect(bluesky.posts.filter((post) => post.record.text === caption)).toHaveLength(blueskyPosts);
    const feed = expectData(await user.request<any>(SANDBOX_FEED, { personaId })).sandboxFeed;
    expect(feed.filter((post: any) => post.item?.id === item.id)).toHaveLength(1);
    expect(instagram.published.filter((media) => media.caption === caption)).toHaveLength(1);
  });

  it("holds a channel's own caption to the persona's voice, as the item's is", async () => {
    const item = await readyItem('Thinning carrots: the ones you pull go in the salad.');
    // A strict persona: its voice is held at 95 from now on (the item above was made before).
    const threshold = `mutation ($id: ID!, $value: Int!) { updatePersona(id: $id, input: { voiceThreshold: $value }) { voiceThreshold } }`;
    const before = expectData(await user.request<any>('query ($id: ID!) { persona(id: $id) { voiceThreshold } }', { id: personaId })).persona.voiceThreshold;
    expectData(await user.request<any>(threshold, { id: personaId, value: 95 }));
    onTestFinished(async () => void expectData(await user.request<any>(threshold, { id: personaId, value: before })));
    await expectNothingWritten(server, ['scheduled_posts'], async () => {
      const unlike = await crossPost(item, [{ channelId: channels.sandbox }, { channelId: channels.bluesky, caption: 'g'.repeat(120) }]);
      const refused = expectError(unlike, 'BAD_USER_INPUT');
      expect(refused.extensions?.field).toBe('input.channels.1.caption');
      expect(refused.message).toMatch(/the caption is unlike the persona's voice: score \d+ is below its threshold \d+/);
    });
  });

  it('keeps an item SCHEDULED while one channel is cancelled and another is still to go', async () => {
    const item = await readyItem('Leeks in trenches, earthed up in stages.');
    const [first, second] = expectData(await crossPost(item, [{ channelId: channels.sandbox }, { channelId: channels.bluesky }], { at: secondsFromNow(3600) })).crossPost;
    expectData(await user.request<any>(CANCEL, { id: first.id }));
    let now = await readItem(item.id);
    expect(now.status).toBe('SCHEDULED');
    expect(now.currentPosts.map((post: any) => post.id)).toEqual([second.id]);
    // The last one cancelled: back to READY.
    expectData(await user.request<any>(CANCEL, { id: second.id }));
    now = await readItem(item.id);
    expect(now.status).toBe('READY');
    expect(now.currentPosts).toEqual([]);
  });

  it('cancels every channel when a person moves the item back to READY', async () => {
    const item = await readyItem('Garlic in before the frost.');
    expectData(await crossPost(item, [{ channelId: channels.sandbox }, { channelId: channels.bluesky }, { channelId: channels.instagram }], { at: secondsFromNow(3600) }));
    const scheduled = await readItem(item.id);
    expectData(await user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: scheduled.version, status: 'READY' } }));
    const { rows } = await server.handle.pool.query('SELECT state FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
    expect(rows.map((row) => row.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});
