import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody, readJson, startFakeNetworkServer, type FakeNetworkServer, type Reply } from './fake-network-server.js';
import { createFakeOAuth } from './fake-oauth.js';

// TikTok on 127.0.0.1 speaking the Content Posting API as documented, for the real connector:
// Login Kit's OAuth (client_key, one-day tokens, refresh tokens), user info, creator info
// (privacy levels), video init (direct post with post_info, or inbox) answering a publish_id and
// an upload URL, chunked PUTs with Content-Range checked against the init, photo init pulling
// each URL (fetched, as TikTok does), the publish status (PROCESSING_UPLOAD until every byte
// arrived, then a few checks of processing, then PUBLISH_COMPLETE with the post id, or
// SEND_TO_USER_INBOX), video stats. Errors come as {error: {code, message}}.

export type TikTokEndpoint = 'authorize' | 'token' | 'user_info' | 'creator_info' | 'video_init' | 'inbox_init' | 'content_init' | 'upload' | 'status' | 'video_query';

export interface TikTokPostRecord {
  publishId: string;
  postId: string | null;
  kind: 'video' | 'photo';
  mode: 'direct' | 'inbox';
  title: string | null;
  privacy: string | null;
  isAigc: boolean;
  photos: number;
}

export interface FakeTikTok extends Omit<FakeNetworkServer<TikTokEndpoint>, 'close'> {
  clientKey: string;
  clientSecret: string;
  openId: string;
  username: string;
  posts: TikTokPostRecord[];
  refreshes(): number;
  expireAccessTokens(): void;
  revokeAccess(): void;
  setStats(postId: string, stats: { view_count: number; like_count: number; comment_count: number; share_count: number }): void;
  close(): Promise<void>;
}

const failure = (status: number, code: string, message: string): Reply => ({ status, body: { data: {}, error: { code, message, log_id: randomBytes(6).toString('hex') } } });
const ok = (data: unknown): Reply => ({ status: 200, body: { data, error: { code: 'ok', message: '', log_id: randomBytes(6).toString('hex') } } });

export async function startFakeTikTok(options: { processingPolls?: number } = {}): Promise<FakeTikTok> {
  const oauth = createFakeOAuth({ clientAuth: 'body', pkce: false, accessTtlSeconds: 86_400, refreshTokens: true, rotateRefreshTokens: false, scope: 'user.info.basic,video.publish,video.upload', clientIdName: 'client_key' });
  const openId = '-000Aq9bT_lenagrows';
  const username = 'lena.grows';
  let base = '';
  const uploads = new Map<string, { size: number; received: number; chunks: number }>();
  const published = new Map<string, { pollsLeft: number; record: TikTokPostRecord }>();
  const posts: TikTokPostRecord[] = [];
  const stats = new Map<string, Record<string, number>>();
  let nextId = 7_300_000_000_000_000_000n;

  function start(record: Omit<TikTokPostRecord, 'publishId' | 'postId'>, size: number | null, chunks: number): Reply {
    const publishId = `v_pub_file~v2-1.${randomBytes(8).toString('hex')}`;
    const entry: TikTokPostRecord = { ...record, publishId, postId: null };
    published.set(publishId, { pollsLeft: options.processingPolls ?? 1, record: entry });
    if (size === null) return ok({ publish_id: publishId });
    uploads.set(publishId, { size, received: 0, chunks });
    return ok({ publish_id: publishId, upload_url: `${base}/upload/?upload_id=${encodeURIComponent(publishId)}` });
  }

  async function videoInit(request: IncomingMessage, mode: 'direct' | 'inbox'): Promise<Reply> {
    const body = await readJson<{ post_info?: { title?: string; privacy_level?: string; is_aigc?: boolean }; source_info?: { source?: string; video_size?: number; chunk_size?: number; total_chunk_count?: number } }>(request);
    const source = body.source_info;
    if (source?.source !== 'FILE_UPLOAD' || !source.video_size || !source.chunk_size || !source.total_chunk_count) return failure(400, 'invalid_params', 'source_info is invalid');
    if (Math.floor(source.video_size / source.chunk_size) !== source.total_chunk_count && source.total_chunk_count !== 1) return failure(400, 'invalid_params', 'total_chunk_count does not match video_size and chunk_size');
    if (mode === 'direct' && !['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'].includes(body.post_info?.privacy_level ?? '')) return failure(400, 'invalid_params', 'privacy_level is required');
    return start({ kind: 'video', mode, title: body.post_info?.title ?? null, privacy: body.post_info?.privacy_level ?? null, isAigc: body.post_info?.is_aigc === true, photos: 0 }, source.video_size, source.total_chunk_count);
  }

  async function contentInit(request: IncomingMessage): Promise<Reply> {
    const body = await readJson<{ post_info?: { title?: string; privacy_level?: string; is_aigc?: boolean }; source_info?: { source?: string; photo_images?: string[] }; post_mode?: string; media_type?: string }>(request);
    const urls = body.source_info?.photo_images ?? [];
    if (body.media_type !== 'PHOTO' || body.source_info?.source !== 'PULL_FROM_URL' || urls.length < 1 || urls.length > 35) return failure(400, 'invalid_params', 'photo_images must hold 1 to 35 URLs');
    for (const url of urls) {
      const response = await fetch(url).catch(() => null);
      const type = response?.headers.get('content-type') ?? '';
      await response?.arrayBuffer();
      if (!response?.ok || !/^image\/(jpeg|webp)/.test(type)) return failure(400, 'url_ownership_unverified', `the photo at ${url} could not be pulled`);
    }
    const mode = body.post_mode === 'MEDIA_UPLOAD' ? 'inbox' : 'direct';
    return start({ kind: 'photo', mode, title: body.post_info?.title ?? null, privacy: body.post_info?.privacy_level ?? null, isAigc: body.post_info?.is_aigc === true, photos: urls.length }, null, 0);
  }

  async function upload(request: IncomingMessage, url: URL): Promise<Reply> {
    const entry = uploads.get(url.searchParams.get('upload_id') ?? '');
    if (!entry) return failure(404, 'invalid_params', 'upload_url is unknown');
    const bytes = await readBody(request);
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(request.headers['content-range'] ?? ''));
    if (!range || Number(range[3]) !== entry.size || Number(range[2]) - Number(range[1]) + 1 !== bytes.length) return failure(400, 'invalid_params', 'Content-Range does not match the upload');
    // A chunk sent again (after a cut-off upload) replaces itself.
    entry.received = Math.max(entry.received, Number(range[2]) + 1);
    return { status: entry.received >= entry.size ? 201 : 206, body: undefined };
  }

  function status(publishId: string): Reply {
    const entry = published.get(publishId);
    if (!entry) return failure(400, 'invalid_publish_id', 'publish_id is unknown');
    const pending = uploads.get(publishId);
    if (pending && pending.received < pending.size) return ok({ status: 'PROCESSING_UPLOAD', uploaded_bytes: pending.received });
    if (entry.pollsLeft > 0) {
      entry.pollsLeft -= 1;
      return ok({ status: entry.record.kind === 'photo' ? 'PROCESSING_DOWNLOAD' : 'PROCESSING_UPLOAD', uploaded_bytes: pending?.size ?? 0 });
    }
    if (!posts.includes(entry.record)) {
      if (entry.record.mode === 'direct') entry.record.postId = String((nextId += 1n));
      posts.push(entry.record);
    }
    if (entry.record.mode === 'inbox') return ok({ status: 'SEND_TO_USER_INBOX' });
    // TikTok writes the id as a bare 64-bit number.
    const answer = ok({ status: 'PUBLISH_COMPLETE', publicaly_available_post_id: ['ID'] });
    return { ...answer, raw: JSON.stringify(answer.body).replace('["ID"]', `[${entry.record.postId}]`) };
  }

  async function handle(endpoint: TikTokEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (endpoint === 'authorize') return oauth.authorize(url);
    if (endpoint === 'token') return oauth.token(request);
    if (endpoint === 'upload') return upload(request, url);
    if (!oauth.authorized(request)) return failure(401, 'access_token_invalid', 'The access token is invalid or not found in the request.');
    switch (endpoint) {
      case 'user_info':
        return ok({ user: { open_id: openId, display_name: 'Lena Grows', username, follower_count: 3210 } });
      case 'creator_info':
        return ok({ creator_username: username, privacy_level_options: ['PUBLIC_TO_EVERYONE', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'], max_video_post_duration_sec: 600 });
      case 'video_init':
        return videoInit(request, 'direct');
      case 'inbox_init':
        return videoInit(request, 'inbox');
      case 'content_init':
        return contentInit(request);
      case 'status':
        return status((await readJson<{ publish_id?: string }>(request)).publish_id ?? '');
      case 'video_query': {
        const ids = (await readJson<{ filters?: { video_ids?: string[] } }>(request)).filters?.video_ids ?? [];
        return ok({ videos: posts.filter((post) => post.postId && ids.includes(post.postId)).map((post) => ({ id: post.postId, view_count: 0, like_count: 0, comment_count: 0, share_count: 0, ...stats.get(post.postId!) })) });
      }
    }
  }

  const server = await startFakeNetworkServer<TikTokEndpoint>({
    endpointOf(method, path) {
      if (method === 'GET' && path === '/v2/auth/authorize/') return 'authorize';
      if (method === 'POST' && path === '/v2/oauth/token/') return 'token';
      if (method === 'GET' && path === '/v2/user/info/') return 'user_info';
      if (method === 'POST' && path === '/v2/post/publish/creator_info/query/') return 'creator_info';
      if (method === 'POST' && path === '/v2/post/publish/video/init/') return 'video_init';
      if (method === 'POST' && path === '/v2/post/publish/inbox/video/init/') return 'inbox_init';
      if (method === 'POST' && path === '/v2/post/publish/content/init/') return 'content_init';
      if (method === 'PUT' && path === '/upload/') return 'upload';
      if (method === 'POST' && path === '/v2/post/publish/status/fetch/') return 'status';
      if (method === 'POST' && path === '/v2/video/query/') return 'video_query';
      return null;
    },
    handle,
    failureReply: (kind) => (kind === 'rate_limit' ? failure(429, 'rate_limit_exceeded', 'API rate limit was exceeded') : failure(500, 'internal_error', 'Something went wrong')),
  });
  base = server.url;

  return {
    ...server,
    clientKey: oauth.clientId,
    clientSecret: oauth.clientSecret,
    openId,
    username,
    posts,
    refreshes: oauth.refreshes,
    expireAccessTokens: oauth.expireAccessTokens,
    revokeAccess: oauth.revokeAccess,
    setStats(postId, values) {
      stats.set(postId, values);
    },
  };
}
