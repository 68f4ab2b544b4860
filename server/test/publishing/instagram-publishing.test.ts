import sharp from 'sharp';
import { readDigitalSourceType } from '../../src/storage/digital-source.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually } from '../support/live-subscription.js';
import { CHANNELS, connectInstagram, POSTS, schedule, secondsFromNow, startInstagram, uploadImage, withImage, instagramSettings } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Instagram with Instagram Login against a fake Graph API on 127.0.0.1 that speaks the
// documented protocol: OAuth, tokens sealed at rest, container -> FINISHED -> media_publish.

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let jpeg: Buffer;

beforeAll(async () => {
  fake = await startFakeInstagram();
  server = await startTestServer({
    ...instagramSettings(fake),
    INSTAGRAM_CONTAINER_POLL_MS: '20',
  });
  user = await signUpUser(server.url);
  jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#3c8c64' } }).jpeg().toBuffer();
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

async function instagramItem(personaId: string, caption: string, image = jpeg, type = 'image/jpeg') {
  const assetId = await uploadImage(server.url, user.token, personaId, image, type);
  return withImage(user.request, await createItem(user.request, personaId, { status: 'READY', caption, platform: 'INSTAGRAM' }), assetId);
}

describe('Instagram channel', () => {
  it('connects through OAuth and stores the token sealed, never readable in the database', async () => {
    const persona = await createPersona(user.request);
    const { landing, status, channel } = await connectInstagram(server.url, user.request, persona.id);
    expect(status).toBe(303);
    expect(landing.pathname).toBe(`/personas/${persona.id}/channels`);
    expect(landing.searchParams.get('connected')).toBe('instagram');
    expect(channel).toMatchObject({ status: 'ACTIVE', accountName: `@${fake.username}`, externalAccountId: fake.igUserId });
    expect(Date.parse(channel.tokenExpiresAt) - Date.now()).toBeGreaterThan(59 * 24 * 3600 * 1000);
    const [row] = (await server.handle.pool.query('SELECT access_token_enc, token_key_id FROM channel_integrations WHERE id = $1', [channel.id])).rows;
    expect(row.token_key_id).toBe('local');
    const issued = fake.requests.filter((request) => request.endpoint === 'token_exchange');
    expect(issued).toHaveLength(1);
    expect(row.access_token_enc.includes(Buffer.from('long'))).toBe(false);
  });

  it('refuses a replayed OAuth state', async () => {
    const persona = await createPersona(user.request);
    const { authorizeUrl, cookie } = await startInstagram(user.request, persona.id);
    const callback = (await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!;
    await fetch(callback, { redirect: 'manual', headers: { cookie } });
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(new URL(replay.headers.get('location')!, server.url).searchParams.get('channelError')).toMatch(/expired or was already used/);
  });

  it('refuses to finish a connection in a browser that did not start it (a victim given an attacker’s link)', async () => {
    const attacker = await signUpUser(server.url);
    const attackersPersona = await createPersona(attacker.request);
    const started = await startInstagram(attacker.request, attackersPersona.id);
    expect(started.cookie).toMatch(/^doppelcart_oauth=/);
    // The victim's browser follows the attacker's authorization link: Instagram sends it back without the cookie.
    const callback = (await fetch(started.authorizeUrl, { redirect: 'manual' })).headers.get('location')!;
    const victim = await fetch(callback, { redirect: 'manual' });
    expect(new URL(victim.headers.get('location')!, server.url).searchParams.get('channelError')).toMatch(/started in another browser/);
    const channels = expectData(await attacker.request<any>(CHANNELS, { id: attackersPersona.id })).persona.channelIntegrations;
    expect(channels).toEqual([]);
    // The attacker's own browser still can (the state was not used up by the refusal).
    const own = await fetch(callback, { redirect: 'manual', headers: { cookie: started.cookie } });
    expect(new URL(own.headers.get('location')!, server.url).searchParams.get('connected')).toBe('instagram');
  });

  it('publishes: container, FINISHED, media_publish, permalink; the item ends POSTED with its link', async () => {
    const persona = await createPersona(user.request);
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    const item = await instagramItem(persona.id, 'First light on the balcony #garden');
    const post = expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) })).schedulePost;
    const done = await eventually(async () => {
      const [row] = expectData(await user.request<any>(POSTS, { filter: { personaId: persona.id, from: secondsFromNow(-60), to: secondsFromNow(60) } })).scheduledPosts;
      expect(row.state).toBe('PUBLISHED');
      return row;
    }, 10_000);
    const media = fake.published.filter((published) => published.caption === item.caption);
    expect(media).toHaveLength(1);
    expect(done).toMatchObject({ id: post.id, platformPostId: media[0]!.mediaId, permalink: media[0]!.permalink, item: { status: 'POSTED' } });
  });

  it('sends a PNG (as generated images are) as a JPEG copy, transparency on white, removed with the asset', async () => {
    const persona = await createPersona(user.request);
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    // Transparent, with an opaque square in the middle: a JPEG has no alpha, so the corners must turn white.
    const square = await sharp({ create: { width: 540, height: 540, channels: 4, background: '#3c8c64' } }).png().toBuffer();
    const png = await sharp({ create: { width: 1080, height: 1080, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: square, gravity: 'centre' }])
      .png()
      .toBuffer();
    // Declared as AI-made, as a generated image is: the JPEG Instagram fetches still says so.
    const assetId = await uploadImage(server.url, user.token, persona.id, png, 'image/png', 'trainedAlgorithmicMedia');
    const item = await withImage(user.request, await createItem(user.request, persona.id, { status: 'READY', caption: 'Sent as JPEG', platform: 'INSTAGRAM' }), assetId);
    expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) }));
    // AI-made, so the persona's disclosure line goes out with the caption, recorded on the job before it was sent.
    const media = await eventually(async () => {
      const found = fake.published.find((published) => published.caption === 'Sent as JPEG\n\nMade with AI.');
      expect(found).toBeDefined();
      return found!;
    }, 10_000);
    const [job] = (await server.handle.pool.query('SELECT caption_sent FROM scheduled_posts WHERE content_item_id = $1', [item.id])).rows;
    expect(job.caption_sent).toBe('Sent as JPEG\n\nMade with AI.');

    const { imageUrl } = fake.container(media.containerId)!;
    const sent = Buffer.from(await (await fetch(imageUrl)).arrayBuffer());
    const { format, width, height, hasAlpha } = await sharp(sent).metadata();
    expect({ format, width, height, hasAlpha }).toEqual({ format: 'jpeg', width: 1080, height: 1080, hasAlpha: false });
    expect(await readDigitalSourceType(sent)).toBe('trainedAlgorithmicMedia');
    const { data } = await sharp(sent).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data].every((channelValue) => channelValue > 245)).toBe(true);

    // The copy goes when the asset is removed for good (from the Trash), not before.
    expectData(await user.request<any>('mutation ($id: ID!) { deleteAsset(id: $id) { id } }', { id: assetId }));
    expect((await fetch(imageUrl)).status).toBe(200);
    expectData(await user.request<any>('mutation ($ids: [ID!]!) { deleteFromTrash(ids: $ids) }', { ids: [assetId] }));
    expect((await fetch(imageUrl)).status).toBe(404);
  });

  it('refuses a too-wide image for Instagram before storing anything', async () => {
    const persona = await createPersona(user.request);
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    const wide = await sharp({ create: { width: 2000, height: 800, channels: 3, background: '#000' } }).jpeg().toBuffer();
    const wideItem = await instagramItem(persona.id, 'wide', wide);
    expect(expectError(await schedule(user.request, wideItem, channel.id, { at: secondsFromNow(600) }), 'BAD_USER_INPUT', 'input.itemId').message).toMatch(/aspect ratio/);
    const stored = await server.handle.pool.query('SELECT count(*)::int AS n FROM scheduled_posts WHERE content_item_id = $1', [wideItem.id]);
    expect(stored.rows[0].n).toBe(0);
  });

  it("refuses a post over the account's live publishing quota", async () => {
    const limited = await startFakeInstagram({ quotaTotal: 1 });
    const other = await startTestServer({
      ...instagramSettings(limited),
    });
    try {
      const owner = await signUpUser(other.url);
      const persona = await createPersona(owner.request);
      const { channel } = await connectInstagram(other.url, owner.request, persona.id);
      const quota = expectData(await owner.request<any>(CHANNELS, { id: persona.id })).persona.channelIntegrations[0].publishingQuota;
      expect(quota).toEqual({ used: 0, total: 1, windowSeconds: 86400 });
      const make = async (caption: string) => {
        const assetId = await uploadImage(other.url, owner.token, persona.id, jpeg);
        return withImage(owner.request, await createItem(owner.request, persona.id, { status: 'READY', caption, platform: 'INSTAGRAM' }), assetId);
      };
      expectData(await schedule(owner.request, await make('one'), channel.id, { at: secondsFromNow(3600) }));
      const second = await schedule(owner.request, await make('two'), channel.id, { at: secondsFromNow(5400) });
      expect(expectError(second, 'BAD_USER_INPUT', 'input.when').message).toMatch(/may publish 1 posts per 24 h/);
    } finally {
      await other.close();
      await limited.close();
    }
  });

  it('marks the channel NEEDS_RECONNECT when Instagram says the token expired, and the post FAILED with the reason', async () => {
    const persona = await createPersona(user.request);
    const { channel } = await connectInstagram(server.url, user.request, persona.id);
    const item = await instagramItem(persona.id, 'Will not make it');
    expectData(await schedule(user.request, item, channel.id, { at: secondsFromNow(2.5) }));
    fake.revokeAllTokens();
    const failed = await eventually(async () => {
      const [row] = expectData(await user.request<any>(POSTS, { filter: { personaId: persona.id, from: secondsFromNow(-60), to: secondsFromNow(60) } })).scheduledPosts;
      expect(row.state).toBe('FAILED');
      return row;
    }, 10_000);
    expect(failed.lastError).toMatch(/reconnect/);
    expect(failed.item).toMatchObject({ status: 'FAILED', failureReason: failed.lastError });
    const [stored] = expectData(await user.request<any>(CHANNELS, { id: persona.id })).persona.channelIntegrations;
    expect(stored).toMatchObject({ status: 'NEEDS_RECONNECT', statusReason: expect.stringMatching(/expired|validating/i) });
  });
});
