import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInstagramClient, InstagramApiError, type InstagramClient } from '../../src/channels/instagram/instagram-client.js';
import { startFakeInstagram, type FakeInstagram, type FakeInstagramOptions } from '../support/fake-instagram.js';

// The client against a fake that speaks Instagram's protocol over real HTTP. The fake fetches
// image URLs itself, so a tiny local server hands out a JPEG, a PNG and a too-wide JPEG.

const REDIRECT_URI = 'https://app.example/api/channels/instagram/callback';
const SCOPES = ['instagram_business_basic', 'instagram_business_content_publish'];
const LONG_LIVED_SECONDS = 60 * 24 * 3600;
const HOUR = 3600 * 1000;

let images: Server;
let imageBase: string;
let fake: FakeInstagram;
let client: InstagramClient;

const clientFor = (target: FakeInstagram, timeoutMs = 5_000) =>
  createInstagramClient({
    authorizeUrl: target.authorizeUrl, apiUrl: target.apiUrl, graphUrl: target.graphUrl,
    appId: target.appId, appSecret: target.appSecret, redirectUri: REDIRECT_URI, timeoutMs,
  });

async function useFake(options: FakeInstagramOptions = {}) {
  await fake?.close();
  fake = await startFakeInstagram(options);
  client = clientFor(fake);
}

beforeAll(async () => {
  const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#9caf88' } });
  const files: Record<string, Buffer> = {
    '/portrait.jpg': await solid(1080, 1350).jpeg().toBuffer(),
    '/portrait.png': await solid(1080, 1350).png().toBuffer(),
    '/banner.jpg': await solid(1500, 500).jpeg().toBuffer(),
  };
  images = createServer((request, response) => {
    const body = files[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'image/jpeg' }).end(body);
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  imageBase = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
});
afterAll(async () => {
  images.closeAllConnections();
  await new Promise<void>((resolve) => images.close(() => resolve()));
});
beforeEach(() => useFake());
afterEach(() => fake.close());

/** What the browser does in the dialog: follow it to the redirect and read the query. */
async function openDialog(url: string): Promise<URLSearchParams> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!).searchParams;
}

async function rejection(promise: Promise<unknown>): Promise<InstagramApiError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InstagramApiError);
  return error as InstagramApiError;
}

/** Polls as the publisher does; the fake answers IN_PROGRESS once, then FINISHED. */
async function finishedContainer(token: string, caption: string, image = '/portrait.jpg') {
  const { containerId } = await client.createImageContainer(token, fake.igUserId, { imageUrl: imageBase + image, caption });
  const seen = [];
  for (let poll = 0; poll < 5; poll += 1) {
    const { status } = await client.containerStatus(token, containerId);
    seen.push(status);
    if (status !== 'IN_PROGRESS') break;
  }
  return { containerId, seen };
}

describe('connecting an account', () => {
  it('builds the authorization URL Meta documents, and the dialog sends code and state back', async () => {
    const url = new URL(client.authorizationUrl('state-123', SCOPES));
    expect(`${url.origin}${url.pathname}`).toBe(fake.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: fake.appId, redirect_uri: REDIRECT_URI, response_type: 'code', scope: SCOPES.join(','), state: 'state-123',
    });
    const back = await openDialog(url.toString());
    expect(back.get('state')).toBe('state-123');
    expect(back.get('code')).toMatch(/^AQ/);
  });

  it('reports a user who pressed Cancel as Meta does', async () => {
    fake.failNext('authorize', 'access_denied');
    const back = await openDialog(client.authorizationUrl('s', SCOPES));
    expect(Object.fromEntries(back)).toMatchObject({ error: 'access_denied', error_reason: 'user_denied', state: 's' });
  });

  it('exchanges code -> short-lived -> long-lived token and reads the professional account', async () => {
    const code = (await openDialog(client.authorizationUrl('s', SCOPES))).get('code')!;
    const short = await client.exchangeCode(code);
    // The 17-digit id arrives as a bare JSON number; it must not be rounded.
    expect(short).toEqual({ accessToken: expect.any(String), userId: fake.appScopedUserId, permissions: SCOPES });
    const long = await client.exchangeForLongLived(short.accessToken);
    expect(long.expiresInSeconds).toBe(LONG_LIVED_SECONDS);
    expect(fake.tokenLabel(long.accessToken)).toMatch(/^long#/);
    // Publishing takes /me's user_id, not the code exchange's app-scoped id.
    expect(await client.account(long.accessToken)).toEqual({ userId: fake.igUserId, username: fake.username });

    const reused = await rejection(client.exchangeCode(code));
    expect(reused).toMatchObject({ kind: 'permanent', status: 400, platformMessage: 'This authorization code has been used' });
  });

  it('accepts the newer {data:[...]} answer with comma-separated permissions', async () => {
    await useFake({ codeExchangeShape: 'data' });
    const code = (await openDialog(client.authorizationUrl('s', SCOPES))).get('code')!;
    expect(await client.exchangeCode(code)).toMatchObject({ userId: fake.appScopedUserId, permissions: SCOPES });
  });

  it('refreshes a long-lived token once it is a day old', async () => {
    const token = fake.issueToken('long');
    const tooEarly = await rejection(client.refreshToken(token));
    expect(tooEarly).toMatchObject({ kind: 'permanent', code: 100 });
    fake.advanceClock(25 * HOUR);
    const fresh = await client.refreshToken(token);
    expect(fresh.accessToken).not.toBe(token);
    expect(fresh.expiresInSeconds).toBe(LONG_LIVED_SECONDS);
    expect(fake.calls('refresh')).toBe(2);
    expect(fake.requests.at(-1)).toMatchObject({ params: { grant_type: 'ig_refresh_token', access_token: '[redacted]' }, token: 'long#1' });
  });
});

describe('error classification', () => {
  it("calls an expired, revoked or injected-190 token 'auth'", async () => {
    const expired = fake.issueToken('long');
    fake.advanceClock(61 * 24 * HOUR);
    expect(await rejection(client.account(expired))).toMatchObject({ kind: 'auth', status: 400, code: 190, platformMessage: expect.stringContaining('Session has expired') });
    expect(await rejection(client.refreshToken(expired))).toMatchObject({ kind: 'auth', code: 190 });

    const revoked = fake.issueToken('long');
    fake.revokeAllTokens();
    expect(await rejection(client.publishingLimit(revoked, fake.igUserId))).toMatchObject({ kind: 'auth', code: 190 });

    fake.failNext('me', 'expired_token');
    expect(await rejection(client.account(fake.issueToken()))).toMatchObject({ kind: 'auth', code: 190 });
  });

  it("calls a missing publish permission 'auth': only connecting again grants it", async () => {
    const basicOnly = fake.issueToken('long', ['instagram_business_basic']);
    const error = await rejection(client.createImageContainer(basicOnly, fake.igUserId, { imageUrl: `${imageBase}/portrait.jpg`, caption: 'x' }));
    expect(error).toMatchObject({ kind: 'auth', code: 10 });
  });

  it("calls throttling 'rate_limit' (code 4 is marked transient by Meta, and HTTP 429)", async () => {
    const token = fake.issueToken();
    fake.failNext('container_create', 'rate_limit');
    const input = { imageUrl: `${imageBase}/portrait.jpg`, caption: 'x' };
    expect(await rejection(client.createImageContainer(token, fake.igUserId, input))).toMatchObject({ kind: 'rate_limit', code: 4 });
    fake.failNext('container_create', { status: 429, body: 'Too Many Requests' });
    expect(await rejection(client.createImageContainer(token, fake.igUserId, input))).toMatchObject({ kind: 'rate_limit', status: 429 });
  });

  it("calls a 500 or an unreachable server 'transient'", async () => {
    fake.failNext('publishing_limit', 'server_error');
    expect(await rejection(client.publishingLimit(fake.issueToken(), fake.igUserId))).toMatchObject({ kind: 'transient', status: 500, code: 2 });
    const token = fake.issueToken();
    await fake.close();
    expect(await rejection(client.account(token))).toMatchObject({ kind: 'transient', status: 0, platformMessage: 'Instagram could not be reached' });
  });

  it("calls a malformed success 'transient' and names what was wrong", async () => {
    fake.failNext('publishing_limit', { status: 200, body: { data: [] } });
    const error = await rejection(client.publishingLimit(fake.issueToken(), fake.igUserId));
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/unexpected response: data/);
    fake.failNext('refresh', { status: 200, body: { access_token: '', expires_in: 5183944 } });
    fake.advanceClock(25 * HOUR);
    expect((await rejection(client.refreshToken(fake.issueToken()))).message).toMatch(/access_token/);
  });

  it("calls a hung request 'timeout', and the caller can see whether the publish went out", async () => {
    const impatient = clientFor(fake, 200);
    const token = fake.issueToken();
    const { containerId } = await finishedContainer(token, 'never answered');
    fake.failNext('media_publish', 'timeout');
    // What the post's failure shows says the wait in words, not milliseconds.
    expect(await rejection(impatient.publishContainer(token, fake.igUserId, containerId))).toMatchObject({
      kind: 'timeout',
      status: 0,
      platformMessage: 'Instagram did not answer within 1 second',
    });
    expect(fake.published).toHaveLength(0);
    expect((await client.containerStatus(token, containerId)).status).toBe('FINISHED');

    fake.failNext('media_publish', 'timeout_after');
    expect(await rejection(impatient.publishContainer(token, fake.igUserId, containerId))).toMatchObject({ kind: 'timeout' });
    expect((await client.containerStatus(token, containerId)).status).toBe('PUBLISHED');
    expect(fake.published).toHaveLength(1);
  });

  it('never puts a token, the app secret or a code into an error', async () => {
    const token = fake.issueToken();
    const secrets = [token, fake.appSecret, 'AQ-not-a-real-code'];
    const failures: InstagramApiError[] = [];
    fake.failNext('me', { status: 400, body: { error: { message: `Bad token ${token}`, code: 190 } } });
    failures.push(await rejection(client.account(token)));
    failures.push(await rejection(client.exchangeCode('AQ-not-a-real-code')));
    failures.push(await rejection(client.exchangeForLongLived(token)));
    fake.failNext('me', 'timeout');
    failures.push(await rejection(clientFor(fake, 100).account(token)));
    fake.failNext('me', { status: 200, body: { user_id: 1 } });
    failures.push(await rejection(client.account(token)));
    await fake.close();
    failures.push(await rejection(client.refreshToken(token)));
    expect(failures.map((error) => error.kind)).toEqual(['auth', 'permanent', 'permanent', 'timeout', 'transient', 'transient']);
    for (const error of failures) {
      const everything = `${error.message} ${error.platformMessage} ${error.stack} ${JSON.stringify(error)}`;
      for (const secret of secrets) expect(everything).not.toContain(secret);
    }
    expect(failures[0]!.platformMessage).toBe('Bad token [redacted]');
  });
});

describe('publishing', () => {
  it('runs a container to FINISHED, publishes it and reads its permalink and the recent media', async () => {
    const token = fake.issueToken();
    const { containerId, seen } = await finishedContainer(token, 'Soil first. #compost');
    expect(seen).toEqual(['IN_PROGRESS', 'FINISHED']);
    const { mediaId } = await client.publishContainer(token, fake.igUserId, containerId);
    const link = await client.permalink(token, mediaId);
    expect(link).toMatch(/^https:\/\/www\.instagram\.com\/p\/[\w-]{11}\/$/);
    expect(await client.containerStatus(token, containerId)).toMatchObject({ status: 'PUBLISHED', message: expect.stringMatching(/^Published/) });

    const second = await finishedContainer(token, 'Second post');
    await client.publishContainer(token, fake.igUserId, second.containerId);
    const recent = await client.recentMedia(token, fake.igUserId, 10);
    expect(recent.map((item) => item.caption)).toEqual(['Second post', 'Soil first. #compost']);
    expect(recent[1]).toMatchObject({ id: mediaId, permalink: link, timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*\+0000$/) });
  });

  it("lists the account's live Stories apart from its media, as Meta does", async () => {
    const token = fake.issueToken();
    const live = fake.seedMedia({ productType: 'STORY', ageSeconds: 3600 });
    const gone = fake.seedMedia({ productType: 'STORY', ageSeconds: 25 * 3600 });
    const stories = await client.recentStories(token, fake.igUserId);
    expect(stories.map((story) => story.id)).toContain(live);
    expect(stories.map((story) => story.id)).not.toContain(gone);
    expect(stories.find((story) => story.id === live)).toMatchObject({ timestamp: expect.stringMatching(/\+0000$/), permalink: expect.stringMatching(/^https:/) });
    expect((await client.recentMedia(token, fake.igUserId, 100)).map((media) => media.id)).not.toContain(live);
  });

  it('refuses to publish a published container again, sequentially or concurrently', async () => {
    const token = fake.issueToken();
    const { containerId } = await finishedContainer(token, 'once only');
    const outcomes = await Promise.allSettled([1, 2].map(() => client.publishContainer(token, fake.igUserId, containerId)));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const again = await rejection(client.publishContainer(token, fake.igUserId, containerId));
    expect(again).toMatchObject({ kind: 'permanent', code: 9007, platformMessage: 'The media has already been published' });
    expect(fake.published.map((item) => item.containerId)).toEqual([containerId]);
  });

  it.each([
    ['a PNG', '/portrait.png', /format is not supported \(png\)/],
    ['an image wider than 1.91:1', '/banner.jpg', /aspect ratio 1500x500/],
    ['a URL that answers 404', '/gone.jpg', /HTTP 404/],
  ])('moves the container to ERROR for %s, and will not publish it', async (_name, image, reason) => {
    const token = fake.issueToken();
    const { containerId, seen } = await finishedContainer(token, 'bad image', image);
    expect(seen).toEqual(['ERROR']);
    expect((await client.containerStatus(token, containerId)).message).toMatch(reason);
    expect(await rejection(client.publishContainer(token, fake.igUserId, containerId))).toMatchObject({ kind: 'permanent', subcode: 2207027 });
  });

  it('moves the container to ERROR when the image host is unreachable', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const token = fake.issueToken();
    const { containerId } = await client.createImageContainer(token, fake.igUserId, { imageUrl: `http://127.0.0.1:${port}/photo.jpg`, caption: 'x' });
    expect(await client.containerStatus(token, containerId)).toEqual({ status: 'ERROR', message: expect.stringMatching(/could not be fetched/) });
  });

  it('expires an unpublished container after 24 hours', async () => {
    const token = fake.issueToken();
    const { containerId } = await finishedContainer(token, 'too late');
    fake.advanceClock(24 * HOUR);
    expect((await client.containerStatus(token, containerId)).status).toBe('EXPIRED');
    expect(await rejection(client.publishContainer(token, fake.igUserId, containerId))).toMatchObject({ subcode: 2207020 });
  });

  it('refuses a caption over 2,200 characters with the platform message', async () => {
    const error = await rejection(client.createImageContainer(fake.issueToken(), fake.igUserId, { imageUrl: `${imageBase}/portrait.jpg`, caption: 'a'.repeat(2201) }));
    expect(error).toMatchObject({ kind: 'permanent', code: 100, platformMessage: expect.stringContaining('2200') });
  });

  it('reads the live publishing limit and is refused past it until the window rolls on', async () => {
    await useFake({ quotaTotal: 2, quotaDuration: 86_400 });
    const token = fake.issueToken();
    for (const caption of ['one', 'two']) await client.publishContainer(token, fake.igUserId, (await finishedContainer(token, caption)).containerId);
    expect(await client.publishingLimit(token, fake.igUserId)).toEqual({ used: 2, total: 2, windowSeconds: 86_400 });
    const third = await finishedContainer(token, 'three');
    expect(await rejection(client.publishContainer(token, fake.igUserId, third.containerId))).toMatchObject({ kind: 'rate_limit', code: 9, subcode: 2207042 });
    fake.advanceClock(24 * HOUR + 1000);
    expect((await client.publishingLimit(token, fake.igUserId)).used).toBe(0);
  });

  it('refuses an id that would change the request path', async () => {
    await expect(client.permalink(fake.issueToken(), '../access_token')).rejects.toThrow(TypeError);
  });
});

describe("the fake's hold hooks (for crash tests)", () => {
  it.each([
    ['before', 0, 1],
    ['after', 1, 1],
    ['never', 0, 0],
  ] as const)("apply '%s': %i published while held, %i after release", async (apply, whileHeld, afterRelease) => {
    const token = fake.issueToken();
    const { containerId } = await finishedContainer(token, `held ${apply}`);
    const held = fake.hold('media_publish', { apply });
    const publishing = client.publishContainer(token, fake.igUserId, containerId).then(() => 'answered', (error: InstagramApiError) => error.kind);
    expect(await held.arrived).toMatchObject({ endpoint: 'media_publish', params: { creation_id: containerId } });
    expect(fake.published).toHaveLength(whileHeld);
    held.release();
    expect(await publishing).toBe(apply === 'never' ? 'transient' : 'answered');
    expect(fake.published).toHaveLength(afterRelease);
  });
});
