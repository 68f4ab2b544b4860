import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readForm, readJson, startFakeNetworkServer, type FakeNetworkServer, type Reply } from './fake-network-server.js';
import { createFakeOAuth } from './fake-oauth.js';

// X on 127.0.0.1 speaking API v2 as its documentation says, for the real connector code:
//   OAuth 2.0 with PKCE: a consent page that approves (or denies) and sends the browser back
//   with a code; a token endpoint that checks the client (HTTP Basic), the redirect URI and the
//   code verifier against the S256 challenge, hands out two-hour access tokens and rotating
//   refresh tokens (each works once);
//   chunked media uploads (initialize, append, finalize, then STATUS while a video processes),
//   alt text; posts with X's checks (280 characters with a link counted as 23, four images or
//   one video, processed media only, no duplicate of a post the account already has); the
//   account's timeline with the text as X returns it (links as t.co, & as &amp;); public metrics.

export type XEndpoint =
  | 'authorize'
  | 'token'
  | 'me'
  | 'media_initialize'
  | 'media_append'
  | 'media_finalize'
  | 'media_status'
  | 'media_metadata'
  | 'create_post'
  | 'user_posts'
  | 'post';

export interface XPostRecord {
  id: string;
  text: string;
  mediaIds: string[];
  altTexts: string[];
  createdAt: Date;
}

export interface FakeX extends Omit<FakeNetworkServer<XEndpoint>, 'close'> {
  clientId: string;
  clientSecret: string;
  username: string;
  userId: string;
  posts: XPostRecord[];
  /** Refresh-token grants served, successful or not. */
  refreshes(): number;
  /** Every access token handed out stops working now (X's clock ran them out). */
  expireAccessTokens(): void;
  /** The person revoked the app: no token works, and refreshing is refused. */
  revokeAccess(): void;
  /** The consent page's answer to the next authorization. */
  setConsent(answer: 'approve' | 'deny'): void;
  setMetrics(postId: string, metrics: Partial<Record<'like_count' | 'reply_count' | 'retweet_count' | 'quote_count' | 'bookmark_count' | 'impression_count', number>>): void;
  close(): Promise<void>;
}

const MAX_WEIGHTED = 280;
const LINK_WEIGHT = 23;
const LINK = /https?:\/\/\S+/g;
const problem = (status: number, title: string, detail: string): Reply => ({ status, body: { title, detail, type: 'about:blank', status } });

function weightedLength(text: string): number {
  const links = text.match(LINK) ?? [];
  const rest = text.replace(LINK, '');
  return links.length * LINK_WEIGHT + [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(rest)].length;
}

/** How X shows a post's text back: links wrapped as t.co, & < > as HTML entities. */
const shownText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(LINK, () => `https://t.co/${randomBytes(5).toString('hex')}`);

export async function startFakeX(options: { username?: string; processingPolls?: number } = {}): Promise<FakeX> {
  const oauth = createFakeOAuth({ clientAuth: 'basic', pkce: true, accessTtlSeconds: 7200, refreshTokens: true, rotateRefreshTokens: true, scope: 'tweet.read tweet.write users.read media.write offline.access' });
  const username = options.username ?? 'lena_x';
  const userId = '1722000000000000001';
  let nextId = 1_800_000_000_000_000_000n;
  const id = () => String((nextId += 1n));
  const media = new Map<string, { type: string; total: number; received: number; finalized: boolean; pollsLeft: number; alt: string }>();
  const posts: XPostRecord[] = [];
  const metrics = new Map<string, Record<string, number>>();

  async function createPost(request: IncomingMessage): Promise<Reply> {
    const body = await readJson<{ text?: string; media?: { media_ids?: string[] } }>(request);
    const text = body.text ?? '';
    const mediaIds = body.media?.media_ids ?? [];
    if (!text.trim() && !mediaIds.length) return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
    if (weightedLength(text) > MAX_WEIGHTED) return problem(403, 'Forbidden', 'You are not permitted to perform this action. Tweet text is too long.');
    const attached = mediaIds.map((mediaId) => media.get(mediaId));
    if (attached.some((entry) => !entry || !entry.finalized)) return problem(400, 'Invalid Request', 'Your media IDs are invalid.');
    if (attached.some((entry) => entry!.pollsLeft > 0)) return problem(400, 'Invalid Request', 'Your media is still processing.');
    const videos = attached.filter((entry) => entry!.type.startsWith('video/')).length;
    if (mediaIds.length > 4 || (videos > 0 && mediaIds.length > 1)) return problem(400, 'Invalid Request', 'Your media IDs are invalid: up to 4 images or 1 video.');
    if (posts.some((post) => post.text === text)) return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
    const post: XPostRecord = { id: id(), text, mediaIds, altTexts: attached.map((entry) => entry!.alt), createdAt: new Date() };
    posts.push(post);
    return { status: 201, body: { data: { id: post.id, text: shownText(text), edit_history_tweet_ids: [post.id] } } };
  }

  async function handle(endpoint: XEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (endpoint === 'authorize') return oauth.authorize(url);
    if (endpoint === 'token') return oauth.token(request);
    if (!oauth.authorized(request)) return problem(401, 'Unauthorized', 'Unauthorized');
    const mediaId = url.pathname.split('/')[4] ?? url.searchParams.get('media_id') ?? '';
    switch (endpoint) {
      case 'me':
        return { status: 200, body: { data: { id: userId, username, name: 'Lena', public_metrics: { followers_count: 4321 } } } };
      case 'media_initialize': {
        const body = await readJson<{ media_type?: string; total_bytes?: number; media_category?: string }>(request);
        const type = body.media_type ?? '';
        if (!/^(image\/(jpeg|png|webp|gif)|video\/mp4)$/.test(type)) return problem(400, 'Invalid Request', `media_type ${type} is not supported`);
        const limit = type.startsWith('video/') ? 512 * 1024 * 1024 : 5 * 1024 * 1024;
        if (!body.total_bytes || body.total_bytes > limit) return problem(400, 'Invalid Request', 'total_bytes is over the limit for the media type');
        const created = id();
        media.set(created, { type, total: body.total_bytes, received: 0, finalized: false, pollsLeft: type.startsWith('video/') ? (options.processingPolls ?? 2) : 0, alt: '' });
        return { status: 200, body: { data: { id: created, media_key: `3_${created}`, expires_after_secs: 86400 } } };
      }
      case 'media_append': {
        const entry = media.get(mediaId);
        if (!entry || entry.finalized) return problem(400, 'Invalid Request', 'media_id is not an upload in progress');
        const chunk = (await readForm(request)).get('media');
        if (!(chunk instanceof Blob)) return problem(400, 'Invalid Request', 'media is missing');
        entry.received += chunk.size;
        return { status: 200, body: { data: { expires_at: Math.floor(Date.now() / 1000) + 86400 } } };
      }
      case 'media_finalize': {
        const entry = media.get(mediaId);
        if (!entry) return problem(400, 'Invalid Request', 'media_id is unknown');
        if (entry.received !== entry.total) return problem(400, 'Invalid Request', `File size mismatch: got ${entry.received} of ${entry.total} bytes`);
        entry.finalized = true;
        const processing = entry.pollsLeft > 0 ? { processing_info: { state: 'pending', check_after_secs: 1 } } : {};
        return { status: 200, body: { data: { id: mediaId, media_key: `3_${mediaId}`, size: entry.total, expires_after_secs: 86400, ...processing } } };
      }
      case 'media_status': {
        const entry = media.get(mediaId);
        if (!entry) return problem(400, 'Invalid Request', 'media_id is unknown');
        if (entry.pollsLeft > 0) entry.pollsLeft -= 1;
        const state = entry.pollsLeft > 0 ? 'in_progress' : 'succeeded';
        return { status: 200, body: { data: { id: mediaId, processing_info: { state, check_after_secs: 1, progress_percent: state === 'succeeded' ? 100 : 50 } } } };
      }
      case 'media_metadata': {
        const body = await readJson<{ id?: string; metadata?: { alt_text?: { text?: string } } }>(request);
        const entry = media.get(body.id ?? '');
        if (!entry) return problem(400, 'Invalid Request', 'id is unknown');
        entry.alt = body.metadata?.alt_text?.text ?? '';
        return { status: 200, body: { data: { associated_metadata: true } } };
      }
      case 'create_post':
        return createPost(request);
      case 'user_posts': {
        const since = new Date(url.searchParams.get('start_time') ?? 0).getTime();
        const found = posts.filter((post) => post.createdAt.getTime() >= since).reverse();
        return { status: 200, body: { data: found.map((post) => ({ id: post.id, text: shownText(post.text), created_at: post.createdAt.toISOString() })), meta: { result_count: found.length } } };
      }
      case 'post': {
        const found = posts.find((post) => post.id === url.pathname.split('/').pop());
        if (!found) return problem(404, 'Not Found Error', 'Could not find tweet');
        const public_metrics = { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0, ...metrics.get(found.id) };
        return { status: 200, body: { data: { id: found.id, text: shownText(found.text), public_metrics } } };
      }
    }
  }

  const server = await startFakeNetworkServer<XEndpoint>({
    endpointOf(method, path) {
      if (method === 'GET' && path === '/i/oauth2/authorize') return 'authorize';
      if (method === 'POST' && path === '/2/oauth2/token') return 'token';
      if (method === 'GET' && path === '/2/users/me') return 'me';
      if (method === 'POST' && path === '/2/media/upload/initialize') return 'media_initialize';
      if (method === 'POST' && /^\/2\/media\/upload\/\d+\/append$/.test(path)) return 'media_append';
      if (method === 'POST' && /^\/2\/media\/upload\/\d+\/finalize$/.test(path)) return 'media_finalize';
      if (method === 'GET' && path === '/2/media/upload') return 'media_status';
      if (method === 'POST' && path === '/2/media/metadata') return 'media_metadata';
      if (method === 'POST' && path === '/2/tweets') return 'create_post';
      if (method === 'GET' && /^\/2\/users\/\d+\/tweets$/.test(path)) return 'user_posts';
      if (method === 'GET' && /^\/2\/tweets\/\d+$/.test(path)) return 'post';
      return null;
    },
    handle,
    failureReply: (failure) =>
      failure === 'rate_limit'
        ? { status: 429, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 2) } }
        : problem(503, 'Service Unavailable', 'Service Unavailable'),
  });

  return {
    ...server,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    username,
    userId,
    posts,
    refreshes: oauth.refreshes,
    expireAccessTokens: oauth.expireAccessTokens,
    revokeAccess: oauth.revokeAccess,
    setConsent: oauth.setConsent,
    setMetrics(postId, values) {
      metrics.set(postId, { ...metrics.get(postId), ...values });
    },
  };
}
