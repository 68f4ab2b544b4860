import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createLogger } from '../../src/logger.js';
import { collectDueMetrics } from '../../src/modules/analytics/collection.service.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { schedule, secondsFromNow, uploadImage } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { makeDueNow } from '../support/worker-process.js';

// Mastodon through its connector, against a fake instance that speaks its REST API: connecting
// with an access token, a status with images and alt text created under an idempotency key
// recorded first, a lost answer settled by repeating the request with that key, metrics, and a
// revoked token shown as Needs reconnect.

const CONNECT = `mutation ($input: ConnectMastodonChannelInput!) { connectMastodonChannel(input: $input) { id platform accountName status externalAccountId } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;
const CHANNEL = `query ($id: ID!) { channelIntegration(id: $id) { id status statusReason } }`;

let fake: FakeMastodon;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let channelId: string;
let images: string[];

beforeAll(async () => {
  fake = await startFakeMastodon();
  server = await startTestServer({ MASTODON_INSTANCE_URL: fake.url, MASTODON_TIMEOUT_MS: '1500', PUBLISH_MAX_ATTEMPTS: '3' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c84', '#48c'].map(async (colour) => uploadImage(server.url, user.token, personaId, await jpeg(colour))));
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const row = async (sql: string, params: unknown[]) => (await server.handle.pool.query(sql, params)).rows[0];

async function readyItem(caption: string, media: Array<{ assetId: string; altText?: string }>, platform = 'MASTODON') {
  const item = await createItem(user.request, personaId, { status: 'DRAFT', caption, platform });
  const input = { expectedVersion: item.version, status: 'READY', format: media.length > 1 ? 'CAROUSEL' : 'POST', media };
  return expectData(await user.request<any>(UPDATE, { id: item.id, input })).updateContentItem;
}

async function settled(itemId: string) {
  return eventually(async () => {
    const post = await row('SELECT s.*, i.status AS item_status FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id WHERE s.content_item_id = $1', [itemId]);
    expect(['published', 'failed']).toContain(post?.state);
    return post;
  }, 20_000);
}

describe('connecting Mastodon', () => {
  it('refuses what is not a token, a token the instance does not take and an address that is not https, storing nothing', async () => {
    const password = await user.request<any>(CONNECT, { input: { personaId, accessToken: 'my password!' } });
    expect(expectError(password, 'BAD_USER_INPUT').extensions?.field).toBe('input.accessToken');
    const wrong = await user.request<any>(CONNECT, { input: { personaId, accessToken: 'x'.repeat(43) } });
    expect(expectError(wrong, 'BAD_USER_INPUT').message).toBe(`input.accessToken: ${fake.host} did not accept this access token`);
    const inside = await user.request<any>(CONNECT, { input: { personaId, accessToken: fake.token, instanceUrl: 'http://10.0.0.1' } });
    expect(expectError(inside, 'BAD_USER_INPUT').extensions?.field).toBe('input.instanceUrl');
    expect(await row("SELECT count(*)::int AS n FROM channel_integrations WHERE platform = 'mastodon'", [])).toEqual({ n: 0 });
  });

  it('connects with an access token and keeps it sealed', async () => {
    const channel = expectData(await user.request<any>(CONNECT, { input: { personaId, accessToken: fake.token } })).connectMastodonChannel;
    expect(channel).toMatchObject({ platform: 'MASTODON', accountName: `@${fake.username}@${fake.host}`, status: 'ACTIVE', externalAccountId: `1@${fake.host}` });
    channelId = channel.id;
    const stored = await row('SELECT access_token_enc FROM channel_integrations WHERE id = $1', [channelId]);
    expect(stored.access_token_enc.toString('latin1')).not.toContain(fake.token);
    // Connected again: the same channel, renewed.
    const again = expectData(await user.request<any>(CONNECT, { input: { personaId, accessToken: fake.token } })).connectMastodonChannel;
    expect(again.id).toBe(channelId);
  });
});

describe('publishing on Mastodon', () => {
  it('posts two images with alt text under the idempotency key it recorded first, and links to the status', async () => {
    const caption = 'Seed swap on Saturday 🌱 bring envelopes #seedswap';
    const item = await readyItem(caption, [{ assetId: images[0]!, altText: 'Envelopes of seeds' }, { assetId: images[1]!, altText: 'A table at the swap' }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await settled(item.id);
    expect(post).toMatchObject({ state: 'published', item_status: 'posted' });
    const published = fake.posts.filter((entry) => entry.text === caption);
    expect(published).toHaveLength(1);
    expect(published[0]!.descriptions).toEqual(['Envelopes of seeds', 'A table at the swap']);
    expect(published[0]!.idempotencyKey).toBe(post.connector_state.idempotencyKey);
    expect(post.platform_post_id).toBe(published[0]!.id);
    expect(post.permalink).toBe(published[0]!.url);
  });

  it('repeats a create whose answer was lost with the same key: one status', async () => {
    const caption = 'Lost answer, one status';
    const item = await readyItem(caption, [{ assetId: images[0]! }]);
    const creates = fake.calls('statuses');
    const uploads = fake.calls('media_upload');
    fake.failNext('statuses', 'timeout_after');
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    // The retry waits out the backoff; bring it forward.
    await eventually(async () => expect(fake.calls('statuses') - creates).toBe(1), 10_000);
    const pending = await eventually(async () => {
      const current = await row('SELECT id, state FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
      expect(current.state).toBe('pending');
      return current;
    }, 10_000);
    await makeDueNow(server.handle.db, [pending.id]);
    const post = await eventually(async () => {
      const current = await row('SELECT * FROM scheduled_posts WHERE content_item_id = $1', [item.id]);
      expect(current.state).toBe('published');
      return current;
    }, 45_000);
    expect(fake.calls('statuses') - creates).toBe(2);
    // The media recorded after the first upload were attached on the retry, not uploaded again.
    expect(fake.calls('media_upload') - uploads).toBe(1);
    expect(fake.posts.filter((entry) => entry.text === caption)).toHaveLength(1);
    expect(post.platform_post_id).toBe(fake.posts.find((entry) => entry.text === caption)!.id);
  });

  it("holds an item made for another network to Mastodon's own rules", async () => {
    // Unlike the persona's voice by design: the override keeps the identity lock out of this test.
    const item = await createItem(user.request, personaId, { status: 'READY', caption: 'm'.repeat(501), platform: 'INSTAGRAM', overrideReason: 'a test of length only' });
    const refused = await schedule(user.request, item, channelId, { at: secondsFromNow(600) });
    expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/the caption must be at most 500 characters \(has 501\)/);
  });

  it("collects a status's favourites, boosts and replies and the account's followers; the rest is unavailable", async () => {
    const first = fake.posts[0]!;
    fake.setCounts(first.id, { favourites_count: 9, reblogs_count: 2, replies_count: 4 });
    const deps = { db: server.handle.db, channels: await createChannels(server.config), logger: createLogger('silent'), config: server.config };
    await collectDueMetrics(deps, new Date(Date.now() + 3600_000 + 60_000));
    const snapshot = await row(
      `SELECT s.likes, s.comments, s.shares, s.views, s.unavailable FROM analytics_snapshots s
         JOIN scheduled_posts p ON p.content_item_id = s.content_item_id AND p.channel_integration_id = s.channel_integration_id WHERE p.platform_post_id = $1`,
      [first.id],
    );
    expect(snapshot).toMatchObject({ likes: 9, comments: 4, shares: 2, views: null });
    expect(snapshot.unavailable).toEqual(expect.arrayContaining(['views', 'reach', 'saved']));
    const account = await row('SELECT followers FROM analytics_snapshots WHERE channel_integration_id = $1 AND content_item_id IS NULL', [channelId]);
    expect(account.followers).toBe(321);
  });

  it('fails a post whose token was revoked and asks for the account to be connected again', async () => {
    fake.revokeToken();
    const item = await readyItem('After the token was revoked', [{ assetId: images[1]! }]);
    expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(2) }));
    const post = await settled(item.id);
    expect(post.state).toBe('failed');
    expect(post.last_error).toMatch(/access token was refused; reconnect the account/);
    const channel = expectData(await user.request<any>(CHANNEL, { id: channelId })).channelIntegration;
    expect(channel.status).toBe('NEEDS_RECONNECT');
  });
});
