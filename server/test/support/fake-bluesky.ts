import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for a Bluesky PDS on 127.0.0.1, speaking the XRPC endpoints DoppelCart uses as
// the lexicons document them: sessions from app passwords (access tokens that expire on the
// fake's clock, refresh tokens that rotate and are used up), blob uploads, post records under
// a chosen key (validated: 300 graphemes, at most four images of at most 1,000,000 bytes that
// were uploaded, facets within the text; a key already taken is refused), reading a record
// back, resolving handles and post counts. Tests inject failures and hold requests mid-flight
// to simulate crashes and lost answers. It never sleeps and leaves no timer behind.

export type BlueskyEndpoint = 'createSession' | 'refreshSession' | 'uploadBlob' | 'createRecord' | 'getRecord' | 'resolveHandle' | 'getPosts' | 'getProfile';
/** 'timeout_after' applies the effect, then never answers (an answer lost on the way back). */
export type BlueskyFailure = 'server_error' | 'rate_limit' | 'timeout_after' | 'expired_token';

export interface BlueskyPost {
  uri: string;
  rkey: string;
  record: { text: string; facets?: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<Record<string, unknown>> }>; embed?: { images: Array<{ alt: string; image: { ref: { $link: string }; size: number } }> } };
  createdAt: number;
}

export interface FakeBluesky {
  url: string;
  did: string;
  handle: string;
  /** An app password the account accepts. */
  appPassword: string;
  posts: BlueskyPost[];
  requests: Array<{ endpoint: BlueskyEndpoint | 'unknown'; body: unknown }>;
  calls(endpoint: BlueskyEndpoint): number;
  failNext(endpoint: BlueskyEndpoint, failure: BlueskyFailure, count?: number): void;
  /** Holds the next request to `endpoint` ('after': once its effect happened); resolves `arrived` then, answers on `release`. */
  hold(endpoint: BlueskyEndpoint, options: { apply: 'after' | 'never' }): { arrived: Promise<void>; release(): void };
  /** Revokes every session (the app password was deleted). */
  revokeSessions(): void;
  advanceClock(ms: number): void;
  setCounts(uri: string, counts: Partial<Record<'likeCount' | 'repostCount' | 'replyCount' | 'quoteCount', number>>): void;
  close(): Promise<void>;
}

const ACCESS_MS = 2 * 3600_000;
const RKEY = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(bytes: Buffer): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
/** A real CIDv1 (sha-256, base32): clients parse blob refs and record cids as CIDs. */
const cid = (codec: 'raw' | 'dag-cbor', data: Buffer | string) =>
  `b${base32(Buffer.concat([Buffer.from([0x01, codec === 'raw' ? 0x55 : 0x71, 0x12, 0x20]), createHash('sha256').update(data).digest()]))}`;

const jwt = (payload: Record<string, unknown>) =>
  [{ alg: 'ES256K', typ: 'at+jwt' }, payload].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + `.${randomBytes(16).toString('base64url')}`;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeBluesky(options: { handle?: string } = {}): Promise<FakeBluesky> {
  const handle = options.handle ?? 'lena.bsky.social';
  const did = `did:plc:${randomBytes(12).toString('hex').slice(0, 24)}`;
  const appPassword = 'abcd-efgh-ijkl-mnop';
  let offset = 0;
  const now = () => Date.now() + offset;
  const access = new Map<string, number>(); // token -> expires at
  const refresh = new Set<string>();
  const blobs = new Map<string, { size: number; mimeType: string }>();
  const records = new Map<string, BlueskyPost>();
  const counts = new Map<string, Record<string, number>>();
  const posts: BlueskyPost[] = [];
  const requests: FakeBluesky['requests'] = [];
  const failures = new Map<BlueskyEndpoint, BlueskyFailure[]>();
  const holds = new Map<BlueskyEndpoint, Array<{ apply: 'after' | 'never'; arrived: () => void; released: Promise<void> }>>();
  const open = new Set<ServerResponse>();

  const issue = () => {
    const accessJwt = jwt({ scope: 'com.atproto.appPass', sub: did, iat: Math.floor(now() / 1000), exp: Math.floor((now() + ACCESS_MS) / 1000) });
    const refreshJwt = jwt({ scope: 'com.atproto.refresh', sub: did, jti: randomBytes(8).toString('hex') });
    access.set(accessJwt, now() + ACCESS_MS);
    refresh.add(refreshJwt);
    return { did, handle, accessJwt, refreshJwt, active: true };
  };
  type Reply = { status: number; body: unknown };
  const fail = (status: number, error: string, message: string): Reply => ({ status, body: { error, message } });
  const bearer = (request: IncomingMessage) => (request.headers.authorization ?? '').replace(/^Bearer /, '');
  const authorised = (request: IncomingMessage): Reply | null => {
    const expires = access.get(bearer(request));
    if (expires === undefined) return fail(401, 'AuthenticationRequired', 'Authentication Required');
    if (expires <= now()) return fail(400, 'ExpiredToken', 'Token has expired');
    return null;
  };

  function createRecord(body: Record<string, any>): Reply {
    if (body.repo !== did && body.repo !== handle) return fail(400, 'InvalidRequest', 'repo must be the authenticated account');
    if (body.collection !== 'app.bsky.feed.post') return fail(400, 'InvalidRequest', `collection ${body.collection} is not app.bsky.feed.post`);
    const rkey = String(body.rkey ?? '');
    if (!RKEY.test(rkey)) return fail(400, 'InvalidRequest', 'Invalid record key: app.bsky.feed.post keys are TIDs');
    if (records.has(rkey)) return fail(400, 'InvalidRequest', `Record already exists at at://${did}/app.bsky.feed.post/${rkey}`);
    const record = body.record ?? {};
    if (record.$type !== 'app.bsky.feed.post' || typeof record.text !== 'string' || !record.createdAt) return fail(400, 'InvalidRecord', 'Record/text and Record/createdAt are required');
    const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(record.text)].length;
    if (graphemes > 300) return fail(400, 'InvalidRecord', `Record/text must not be longer than 300 graphemes (${graphemes})`);
    const bytes = Buffer.byteLength(record.text);
    for (const facet of record.facets ?? []) {
      if (!(facet.index?.byteStart >= 0 && facet.index.byteEnd <= bytes && facet.index.byteStart < facet.index.byteEnd)) return fail(400, 'InvalidRecord', 'Record/facets: a byte range outside the text');
    }
    const images = record.embed?.images ?? [];
    if (record.embed && record.embed.$type !== 'app.bsky.embed.images') return fail(400, 'InvalidRecord', 'Record/embed: only images here');
    if (images.length > 4) return fail(400, 'InvalidRecord', 'Record/embed/images must not have more than 4 elements');
    for (const image of images) {
      const blob = blobs.get(image.image?.ref?.$link);
      if (!blob) return fail(400, 'InvalidRecord', 'Record/embed/images: a blob that was not uploaded');
      if (blob.size > 1_000_000) return fail(400, 'BlobTooLarge', 'This file is too large. It is 1.2MB but the maximum size is 976.56KB.');
      if (!blob.mimeType.startsWith('image/')) return fail(400, 'InvalidMimeType', `Wrong type of file. It is ${blob.mimeType} but it must match image/*.`);
      if (typeof image.alt !== 'string') return fail(400, 'InvalidRecord', 'Record/embed/images/alt is required');
    }
    const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
    const post = { uri, rkey, record, createdAt: now() };
    records.set(rkey, post);
    posts.push(post);
    return { status: 200, body: { uri, cid: cid('dag-cbor', JSON.stringify(record)) } };
  }

  async function handle_(endpoint: BlueskyEndpoint | 'unknown', request: IncomingMessage, url: URL): Promise<Reply> {
    const raw = await readBody(request);
    const json = () => (raw.length ? JSON.parse(raw.toString('utf8')) : {});
    switch (endpoint) {
      case 'createSession': {
        const body = json();
        const who = String(body.identifier ?? '').toLowerCase();
        if ((who !== handle && who !== 'lena@example.com') || body.password !== appPassword) return fail(401, 'AuthenticationRequired', 'Invalid identifier or password');
        return { status: 200, body: issue() };
      }
      case 'refreshSession': {
        const token = bearer(request);
        if (!refresh.delete(token)) return fail(400, 'ExpiredToken', 'Token has been revoked');
        return { status: 200, body: issue() };
      }
      case 'uploadBlob': {
        const denied = authorised(request);
        if (denied) return denied;
        const ref = cid('raw', raw);
        const mimeType = request.headers['content-type'] ?? 'application/octet-stream';
        blobs.set(ref, { size: raw.length, mimeType });
        return { status: 200, body: { blob: { $type: 'blob', ref: { $link: ref }, mimeType, size: raw.length } } };
      }
      case 'createRecord':
        return authorised(request) ?? createRecord(json());
      case 'getRecord': {
        const denied = authorised(request);
        if (denied) return denied;
        const found = records.get(url.searchParams.get('rkey') ?? '');
        if (!found || url.searchParams.get('repo') !== did) return fail(400, 'RecordNotFound', `Could not locate record: at://${url.searchParams.get('repo')}/app.bsky.feed.post/${url.searchParams.get('rkey')}`);
        return { status: 200, body: { uri: found.uri, cid: cid('dag-cbor', JSON.stringify(found.record)), value: found.record } };
      }
      case 'resolveHandle':
        return url.searchParams.get('handle') === handle ? { status: 200, body: { did } } : fail(400, 'InvalidRequest', 'Unable to resolve handle');
      case 'getPosts': {
        const denied = authorised(request);
        if (denied) return denied;
        const uris = url.searchParams.getAll('uris');
        const found = uris.map((uri) => posts.find((post) => post.uri === uri)).filter((post): post is BlueskyPost => Boolean(post));
        return {
          status: 200,
          body: { posts: found.map((post) => ({ uri: post.uri, cid: cid('dag-cbor', JSON.stringify(post.record)), author: { did, handle }, record: post.record, indexedAt: new Date(post.createdAt).toISOString(), likeCount: 0, repostCount: 0, replyCount: 0, quoteCount: 0, ...counts.get(post.uri) })) },
        };
      }
      case 'getProfile':
        return authorised(request) ?? { status: 200, body: { did, handle, followersCount: 420, followsCount: 80, postsCount: posts.length } };
      default:
        return fail(404, 'MethodNotImplemented', 'Method Not Implemented');
    }
  }

  const server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const url = new URL(request.url ?? '/', 'http://fake');
    const name = url.pathname.replace(/^\/xrpc\//, '').split('.').pop() ?? '';
    const endpoint = (['createSession', 'refreshSession', 'uploadBlob', 'createRecord', 'getRecord', 'resolveHandle', 'getPosts', 'getProfile'] as const).find((known) => known === name) ?? 'unknown';
    void (async () => {
      const failure = endpoint === 'unknown' ? undefined : failures.get(endpoint)?.shift();
      const hold = endpoint === 'unknown' ? undefined : holds.get(endpoint)?.shift();
      let reply: Reply;
      if (failure === 'server_error') reply = fail(502, 'UpstreamFailure', 'Upstream Failure');
      else if (failure === 'rate_limit') reply = fail(429, 'RateLimitExceeded', 'Rate Limit Exceeded');
      else if (failure === 'expired_token') reply = fail(400, 'ExpiredToken', 'Token has expired');
      else if (hold?.apply === 'never') {
        requests.push({ endpoint, body: null });
        hold.arrived();
        await hold.released;
        return void response.destroy();
      } else reply = await handle_(endpoint, request, url);
      requests.push({ endpoint, body: null });
      if (hold?.apply === 'after') {
        hold.arrived();
        await hold.released;
        return void response.destroy();
      }
      if (failure === 'timeout_after') return; // the effect happened; the answer never comes
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    })().catch((error: unknown) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'InternalServerError', message: String(error) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const releases: Array<() => void> = [];

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    did,
    handle,
    appPassword,
    posts,
    requests,
    calls: (endpoint) => requests.filter((request) => request.endpoint === endpoint).length,
    failNext(endpoint, failure, count = 1) {
      failures.set(endpoint, [...(failures.get(endpoint) ?? []), ...Array.from({ length: count }, () => failure)]);
    },
    hold(endpoint, { apply }) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      releases.push(release);
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      holds.set(endpoint, [...(holds.get(endpoint) ?? []), { apply, arrived, released }]);
      return { arrived: arrival, release };
    },
    revokeSessions() {
      access.clear();
      refresh.clear();
    },
    advanceClock(ms) {
      offset += ms;
    },
    setCounts(uri, values) {
      counts.set(uri, { ...counts.get(uri), ...values });
    },
    async close() {
      for (const release of releases) release();
      for (const response of open) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
