import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody, readJson, startFakeNetworkServer, type FakeNetworkServer, type Reply } from './fake-network-server.js';
import { createFakeOAuth } from './fake-oauth.js';

// YouTube on 127.0.0.1 speaking the Data API v3 as documented, for the real connector:
// Google's OAuth 2.0 (PKCE, secret in the form, one-hour tokens, refresh tokens that keep
// working), channels.list mine=true, resumable uploads (POST opens a session at the Location it
// answers with; PUT with Content-Range sends bytes, answered 308 with the Range kept until the
// last byte, then 200 with the video; an empty PUT with bytes */size asks where it stands),
// YouTube's checks on metadata (title up to 100 characters without < or >), videos.list.

export type YouTubeEndpoint = 'authorize' | 'token' | 'channels' | 'videos' | 'upload_start' | 'upload_session';

export interface YouTubeVideoRecord {
  id: string;
  title: string;
  description: string;
  tags: string[];
  privacyStatus: string;
  containsSyntheticMedia: boolean;
  bytes: number;
}

export interface FakeYouTube extends Omit<FakeNetworkServer<YouTubeEndpoint>, 'close'> {
  clientId: string;
  clientSecret: string;
  channelId: string;
  handle: string;
  videos: YouTubeVideoRecord[];
  refreshes(): number;
  expireAccessTokens(): void;
  revokeAccess(): void;
  /** YouTube forgets upload sessions after a week. */
  forgetSessions(): void;
  setStatistics(videoId: string, statistics: { viewCount: number; likeCount: number; commentCount: number }): void;
  close(): Promise<void>;
}

const error = (status: number, message: string, reason: string): Reply => ({ status, body: { error: { code: status, message, errors: [{ message, domain: 'youtube.video', reason }] } } });

export async function startFakeYouTube(): Promise<FakeYouTube> {
  const oauth = createFakeOAuth({ clientAuth: 'body', pkce: true, accessTtlSeconds: 3599, refreshTokens: true, rotateRefreshTokens: false, scope: 'https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.readonly' });
  const channelId = 'UCq7a5bKh2CGbJ5xv0Yk3pQw';
  const channelHandle = '@lenagrows';
  const sessions = new Map<string, { metadata: { title: string; description: string; tags: string[]; privacyStatus: string; containsSyntheticMedia: boolean }; size: number; chunks: Buffer[]; received: number; videoId: string | null }>();
  const videos: YouTubeVideoRecord[] = [];
  const statistics = new Map<string, Record<string, string>>();
  let base = '';

  async function startUpload(request: IncomingMessage, url: URL): Promise<Reply> {
    if (url.searchParams.get('uploadType') !== 'resumable') return error(400, 'uploadType must be resumable', 'badRequest');
    const size = Number(request.headers['x-upload-content-length']);
    if (!String(request.headers['x-upload-content-type'] ?? '').startsWith('video/')) return error(400, 'The file is not a video', 'invalidContentType');
    const body = await readJson<{ snippet?: { title?: string; description?: string; tags?: string[] }; status?: { privacyStatus?: string; containsSyntheticMedia?: boolean } }>(request);
    const title = body.snippet?.title ?? '';
    if (!title || [...title].length > 100) return error(400, 'The request metadata specifies an invalid video title.', 'invalidTitle');
    if (/[<>]/.test(title)) return error(400, 'The request metadata specifies an invalid video title.', 'invalidTitle');
    if (!size) return error(400, 'X-Upload-Content-Length is required', 'badRequest');
    const id = randomBytes(12).toString('hex');
    const metadata = { title, description: body.snippet?.description ?? '', tags: body.snippet?.tags ?? [], privacyStatus: body.status?.privacyStatus ?? 'private', containsSyntheticMedia: body.status?.containsSyntheticMedia ?? false };
    sessions.set(id, { metadata, size, chunks: [], received: 0, videoId: null });
    return { status: 200, body: undefined, headers: { location: `${base}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${id}` } };
  }

  async function putSession(request: IncomingMessage, url: URL): Promise<Reply> {
    const session = sessions.get(url.searchParams.get('upload_id') ?? '');
    if (!session) return error(404, 'The upload session was not found.', 'notFound');
    const bytes = await readBody(request);
    const range = String(request.headers['content-range'] ?? '');
    const videoBody = (videoId: string) => ({ kind: 'youtube#video', id: videoId, status: { uploadStatus: 'uploaded', privacyStatus: session.metadata.privacyStatus } });
    if (session.videoId) return { status: 200, body: videoBody(session.videoId) };
    const asking = /^bytes \*\/(\d+)$/.exec(range);
    const sending = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range);
    if (!asking && !sending) return error(400, 'Content-Range is invalid', 'badRequest');
    if (sending) {
      const [first, last, total] = sending.slice(1).map(Number) as [number, number, number];
      if (total !== session.size || first !== session.received || last - first + 1 !== bytes.length) return error(400, 'Content-Range does not match the upload', 'badRequest');
      session.chunks.push(bytes);
      session.received += bytes.length;
    }
    if (session.received < session.size) return { status: 308, body: undefined, headers: session.received > 0 ? { range: `bytes=0-${session.received - 1}` } : {} };
    const videoId = randomBytes(6).toString('base64url');
    session.videoId = videoId;
    videos.push({ id: videoId, ...session.metadata, bytes: session.received });
    return { status: 200, body: videoBody(videoId) };
  }

  async function handle(endpoint: YouTubeEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (endpoint === 'authorize') return oauth.authorize(url);
    if (endpoint === 'token') return oauth.token(request);
    if (!oauth.authorized(request)) return error(401, 'Request had invalid authentication credentials.', 'authError');
    switch (endpoint) {
      case 'channels':
        if (url.searchParams.get('mine') !== 'true') return error(400, 'mine=true expected', 'badRequest');
        return { status: 200, body: { items: [{ id: channelId, snippet: { title: 'Lena Grows', customUrl: channelHandle }, statistics: { subscriberCount: '1500', viewCount: '98000', hiddenSubscriberCount: false } }] } };
      case 'videos': {
        const found = videos.find((video) => video.id === url.searchParams.get('id'));
        const stats = { viewCount: '0', likeCount: '0', commentCount: '0', ...(found && statistics.get(found.id)) };
        return { status: 200, body: { items: found ? [{ id: found.id, statistics: stats }] : [] } };
      }
      case 'upload_start':
        return startUpload(request, url);
      case 'upload_session':
        return putSession(request, url);
    }
  }

  const server = await startFakeNetworkServer<YouTubeEndpoint>({
    endpointOf(method, path) {
      if (method === 'GET' && path === '/o/oauth2/v2/auth') return 'authorize';
      if (method === 'POST' && path === '/token') return 'token';
      if (method === 'GET' && path === '/youtube/v3/channels') return 'channels';
      if (method === 'GET' && path === '/youtube/v3/videos') return 'videos';
      if (method === 'POST' && path === '/upload/youtube/v3/videos') return 'upload_start';
      if (method === 'PUT' && path === '/upload/youtube/v3/videos') return 'upload_session';
      return null;
    },
    handle,
    failureReply: (failure) => (failure === 'rate_limit' ? error(403, 'The request cannot be completed because you have exceeded your quota.', 'quotaExceeded') : error(503, 'Backend Error', 'backendError')),
  });
  base = server.url;

  return {
    ...server,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    channelId,
    handle: channelHandle,
    videos,
    refreshes: oauth.refreshes,
    expireAccessTokens: oauth.expireAccessTokens,
    revokeAccess: oauth.revokeAccess,
    forgetSessions: () => sessions.clear(),
    setStatistics(videoId, values) {
      statistics.set(videoId, { viewCount: String(values.viewCount), likeCount: String(values.likeCount), commentCount: String(values.commentCount) });
    },
  };
}
