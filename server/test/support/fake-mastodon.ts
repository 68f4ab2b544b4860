import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A Mastodon instance on 127.0.0.1 speaking the REST API as its documentation says, for the
// real connector code: bearer tokens (revocable), media uploads answered 202 while processing
// and then readable at /api/v1/media/:id, statuses with the instance's checks (500 characters,
// four attachments, processed media only) and Idempotency-Key (a repeat returns the first
// status), status counts for metrics. Tests inject failures and hold requests mid-flight.

export type MastodonEndpoint = 'verify_credentials' | 'media_upload' | 'media' | 'statuses' | 'status';
export type MastodonFailure = 'server_error' | 'rate_limit' | 'timeout_after';

export interface MastodonPost {
  id: string;
  text: string;
  mediaIds: string[];
  descriptions: string[];
  idempotencyKey: string | null;
  url: string;
}

export interface FakeMastodon {
  url: string;
  host: string;
  username: string;
  token: string;
  posts: MastodonPost[];
  calls(endpoint: MastodonEndpoint): number;
  failNext(endpoint: MastodonEndpoint, failure: MastodonFailure, count?: number): void;
  /**
   * Holds the next request to `endpoint` ('after': once its effect happened; 'never': without
   * it ever happening); resolves `arrived` then, drops the answer on `release`.
   */
  hold(endpoint: MastodonEndpoint, options?: { apply: 'after' | 'never' }): { arrived: Promise<void>; release(): void };
  /** The application was deleted: its token stops working. */
  revokeToken(): void;
  setCounts(statusId: string, counts: Partial<Record<'favourites_count' | 'reblogs_count' | 'replies_count', number>>): void;
  close(): Promise<void>;
}

const MAX_CHARACTERS = 500;
const MAX_ATTACHMENTS = 4;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeMastodon(options: { username?: string; processingPolls?: number } = {}): Promise<FakeMastodon> {
  const username = options.username ?? 'lena';
  const token = randomBytes(32).toString('base64url');
  let tokenValid = true;
  let nextId = 109_000_000_000_000_000n;
  const id = () => String((nextId += 1n));
  const media = new Map<string, { description: string; pollsLeft: number; attached: boolean }>();
  const statuses = new Map<string, MastodonPost>();
  const byKey = new Map<string, MastodonPost>();
  const counts = new Map<string, Record<string, number>>();
  const posts: MastodonPost[] = [];
  const requests: MastodonEndpoint[] = [];
  const failures = new Map<MastodonEndpoint, MastodonFailure[]>();
  const holds = new Map<MastodonEndpoint, Array<{ apply: 'after' | 'never'; arrived: () => void; released: Promise<void> }>>();
  const open = new Set<ServerResponse>();
  let base = '';

  type Reply = { status: number; body: unknown };
  const error = (status: number, message: string): Reply => ({ status, body: { error: message } });
  const statusBody = (post: MastodonPost) => ({
    id: post.id,
    uri: `${base}/users/${username}/statuses/${post.id}`,
    url: post.url,
    created_at: new Date().toISOString(),
    content: `<p>${post.text}</p>`,
    favourites_count: 0,
    reblogs_count: 0,
    replies_count: 0,
    ...counts.get(post.id),
  });

  async function handle(endpoint: MastodonEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (!tokenValid || request.headers.authorization !== `Bearer ${token}`) return error(401, 'The access token is invalid');
    switch (endpoint) {
      case 'verify_credentials':
        return { status: 200, body: { id: '1', username, acct: username, url: `${base}/@${username}`, followers_count: 321 } };
      case 'media_upload': {
        const form = await new Response(new Uint8Array(await readBody(request)), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
        const file = form.get('file');
        if (!(file instanceof Blob) || !file.size) return error(422, 'Validation failed: File is missing');
        if (!/^(image|video)\//.test(file.type)) return error(422, `Validation failed: File content type ${file.type} is invalid`);
        const mediaId = id();
        const pollsLeft = options.processingPolls ?? (file.type.startsWith('video/') ? 2 : 0);
        media.set(mediaId, { description: String(form.get('description') ?? ''), pollsLeft, attached: false });
        const processed = pollsLeft === 0;
        return { status: processed ? 200 : 202, body: { id: mediaId, type: file.type.split('/')[0], url: processed ? `${base}/media/${mediaId}` : null } };
      }
      case 'media': {
        const found = media.get(url.pathname.split('/').pop() ?? '');
        if (!found) return error(404, 'Record not found');
        const mediaId = url.pathname.split('/').pop()!;
        if (found.pollsLeft > 0) {
          found.pollsLeft -= 1;
          return { status: 206, body: { id: mediaId, type: 'video', url: null } };
        }
        return { status: 200, body: { id: mediaId, type: 'image', url: `${base}/media/${mediaId}` } };
      }
      case 'statuses': {
        const key = (request.headers['idempotency-key'] as string | undefined) ?? null;
        const body = JSON.parse((await readBody(request)).toString() || '{}') as { status?: string; media_ids?: string[] };
        // A repeat of a request already served answers with the status it made (Mastodon keeps keys an hour).
        if (key && byKey.has(key)) return { status: 200, body: statusBody(byKey.get(key)!) };
        const text = body.status ?? '';
        const mediaIds = body.media_ids ?? [];
        if (!text.trim() && !mediaIds.length) return error(422, "Validation failed: Text can't be blank");
        const length = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
        if (length > MAX_CHARACTERS) return error(422, `Validation failed: Text character limit of ${MAX_CHARACTERS} exceeded`);
        if (mediaIds.length > MAX_ATTACHMENTS) return error(422, `Validation failed: Media attachments cannot be more than ${MAX_ATTACHMENTS}`);
        for (const mediaId of mediaIds) {
          const found = media.get(mediaId);
          if (!found) return error(422, 'Validation failed: Media attachment not found');
          if (found.pollsLeft > 0) return error(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
          if (found.attached) return error(422, 'Validation failed: Media attachment is already attached to another status');
        }
        const statusId = id();
        const post: MastodonPost = { id: statusId, text, mediaIds, descriptions: mediaIds.map((mediaId) => media.get(mediaId)!.description), idempotencyKey: key, url: `${base}/@${username}/${statusId}` };
        for (const mediaId of mediaIds) media.get(mediaId)!.attached = true;
        statuses.set(statusId, post);
        if (key) byKey.set(key, post);
        posts.push(post);
        return { status: 200, body: statusBody(post) };
      }
      case 'status': {
        const found = statuses.get(url.pathname.split('/').pop() ?? '');
        return found ? { status: 200, body: statusBody(found) } : error(404, 'Record not found');
      }
    }
  }

  function endpointOf(method: string, path: string): MastodonEndpoint | null {
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') return 'verify_credentials';
    if (method === 'POST' && path === '/api/v2/media') return 'media_upload';
    if (method === 'GET' && /^\/api\/v1\/media\/\d+$/.test(path)) return 'media';
    if (method === 'POST' && path === '/api/v1/statuses') return 'statuses';
    if (method === 'GET' && /^\/api\/v1\/statuses\/\d+$/.test(path)) return 'status';
    return null;
  }

  const server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const url = new URL(request.url ?? '/', 'http://fake');
    const endpoint = endpointOf(request.method ?? 'GET', url.pathname);
    void (async () => {
      if (!endpoint) return void response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
      requests.push(endpoint);
      const failure = failures.get(endpoint)?.shift();
      const held = holds.get(endpoint)?.shift();
      let reply: Reply;
      if (held?.apply === 'never') {
        held.arrived();
        await held.released;
        return void response.destroy();
      }
      if (failure === 'server_error') reply = error(503, 'Service Unavailable');
      else if (failure === 'rate_limit') reply = error(429, 'Too many requests');
      else reply = await handle(endpoint, request, url);
      if (held) {
        held.arrived();
        await held.released;
        return void response.destroy();
      }
      if (failure === 'timeout_after') return void response.destroy(); // the effect happened; the answer is lost
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    })().catch((caught: unknown) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(caught) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const releases: Array<() => void> = [];

  return {
    url: base,
    host: new URL(base).host,
    username,
    token,
    posts,
    calls: (endpoint) => requests.filter((request) => request === endpoint).length,
    failNext(endpoint, failure, count = 1) {
      failures.set(endpoint, [...(failures.get(endpoint) ?? []), ...Array.from({ length: count }, () => failure)]);
    },
    hold(endpoint, { apply } = { apply: 'after' }) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      releases.push(release);
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      holds.set(endpoint, [...(holds.get(endpoint) ?? []), { apply, arrived, released }]);
      return { arrived: arrival, release };
    },
    revokeToken() {
      tokenValid = false;
    },
    setCounts(statusId, values) {
      counts.set(statusId, { ...counts.get(statusId), ...values });
    },
    async close() {
      for (const release of releases) release();
      for (const response of open) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
