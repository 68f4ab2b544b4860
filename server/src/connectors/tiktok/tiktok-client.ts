import { callApi, type ApiRequest, type JsonApi } from '../http/json-api.js';
import { NetworkError, type NetworkErrorKind } from '../http/network-error.js';

// TikTok's Content Posting API (open.tiktokapis.com v2) as DoppelCart uses it
// (docs/networks/tiktok.md), with fetch. A post is started (init) and gets a publish_id; a video
// is then PUT to the upload URL TikTok gives, photos are pulled by TikTok from public URLs; the
// publish_id's status says how it went.

export type PublishStatus = 'PROCESSING_UPLOAD' | 'PROCESSING_DOWNLOAD' | 'SEND_TO_USER_INBOX' | 'PUBLISH_COMPLETE' | 'FAILED';

export interface TikTokUser {
  open_id: string;
  display_name?: string;
  username?: string;
  follower_count?: number;
}

export interface TikTokVideoStats {
  id: string;
  view_count?: number;
  like_count?: number;
  comment_count?: number;
  share_count?: number;
}

type Answer<T> = { data?: T; error?: { code?: string; message?: string } };

function describe(body: unknown): string | null {
  const error = (body as Answer<unknown> | null)?.error;
  if (!error?.code || error.code === 'ok') return null;
  return error.message ? `${error.message} (${error.code})` : error.code;
}

function kindOf(status: number, body: unknown): NetworkErrorKind {
  const code = (body as Answer<unknown> | null)?.error?.code;
  if (status === 401 || code === 'access_token_invalid' || code === 'scope_not_authorized') return 'auth';
  if (status === 429 || code === 'rate_limit_exceeded' || code === 'spam_risk_too_many_pending_share') return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}

/** Whole files up to 64 MB go as one chunk; larger ones in 10 MB chunks (TikTok takes 5 to 64 MB chunks). */
const SINGLE_CHUNK_MAX = 64 * 1024 * 1024;
const CHUNK_BYTES = 10 * 1024 * 1024;

export function chunking(size: number): { chunkSize: number; chunks: number } {
  if (size <= SINGLE_CHUNK_MAX) return { chunkSize: size, chunks: 1 };
  // The last chunk takes the remainder (up to 2 chunk sizes), as TikTok asks.
  return { chunkSize: CHUNK_BYTES, chunks: Math.floor(size / CHUNK_BYTES) };
}

export class TikTokClient {
  private readonly api: JsonApi;

  constructor(apiUrl: string, accessToken: string, timeoutMs: number) {
    this.api = { baseUrl: apiUrl, accessToken, timeoutMs, network: 'TikTok', describe, kindOf };
  }

  private async call<T>(request: ApiRequest): Promise<T> {
    const { body } = await callApi<Answer<T>>(this.api, request);
    if (body.error?.code && body.error.code !== 'ok') throw new NetworkError(describe(body) ?? body.error.code, kindOf(200, body));
    return body.data as T;
  }

  async me(): Promise<TikTokUser> {
    return (await this.call<{ user: TikTokUser }>({ method: 'GET', path: 'v2/user/info/', query: { fields: 'open_id,display_name,username,follower_count' } })).user;
  }

  /** What the creator may post now (privacy levels, longest video); direct posts must ask first. */
  async creatorInfo(): Promise<{ privacy_level_options: string[]; max_video_post_duration_sec?: number }> {
    return this.call({ method: 'POST', path: 'v2/post/publish/creator_info/query/', json: {} });
  }

  /** Starts a video post (direct, with its caption and privacy) or an inbox upload; the publish_id and where to PUT the file. */
  async initVideo(mode: 'direct' | 'inbox', size: number, postInfo: Record<string, unknown>): Promise<{ publish_id: string; upload_url: string }> {
    const { chunkSize, chunks } = chunking(size);
    const source_info = { source: 'FILE_UPLOAD', video_size: size, chunk_size: chunkSize, total_chunk_count: chunks };
    if (mode === 'inbox') return this.call({ method: 'POST', path: 'v2/post/publish/inbox/video/init/', json: { source_info } });
    return this.call({ method: 'POST', path: 'v2/post/publish/video/init/', json: { post_info: postInfo, source_info } });
  }

  /** Starts a photo post that TikTok pulls from public URLs. */
  async initPhotos(mode: 'direct' | 'inbox', urls: string[], postInfo: Record<string, unknown>): Promise<{ publish_id: string }> {
    const json = {
      post_info: postInfo,
      source_info: { source: 'PULL_FROM_URL', photo_images: urls, photo_cover_index: 0 },
      post_mode: mode === 'direct' ? 'DIRECT_POST' : 'MEDIA_UPLOAD',
      media_type: 'PHOTO',
    };
    return this.call({ method: 'POST', path: 'v2/post/publish/content/init/', json });
  }

  /** PUTs the file to TikTok's upload URL in the chunks announced at init. */
  async upload(uploadUrl: string, bytes: Buffer, mimeType: string): Promise<void> {
    const target = new URL(uploadUrl);
    if (target.host !== new URL(this.api.baseUrl).host && !target.hostname.endsWith('.tiktokapis.com')) throw new NetworkError(`TikTok gave an upload address off its hosts (${target.host})`, 'permanent');
    const { chunkSize, chunks } = chunking(bytes.length);
    for (let index = 0; index < chunks; index += 1) {
      const first = index * chunkSize;
      const last = index === chunks - 1 ? bytes.length - 1 : first + chunkSize - 1;
      const headers = { 'content-type': mimeType, 'content-range': `bytes ${first}-${last}/${bytes.length}` };
      await callApi(this.api, { method: 'PUT', path: target.toString(), body: bytes.subarray(first, last + 1), headers });
    }
  }

  async status(publishId: string): Promise<{ status: PublishStatus; fail_reason?: string; postIds: string[] }> {
    const answer = await callApi<Answer<{ status: PublishStatus; fail_reason?: string }>>(this.api, { method: 'POST', path: 'v2/post/publish/status/fetch/', json: { publish_id: publishId } });
    if (answer.body.error?.code && answer.body.error.code !== 'ok') throw new NetworkError(describe(answer.body) ?? answer.body.error.code, kindOf(200, answer.body));
    // TikTok sends post ids as 64-bit JSON numbers, beyond what a JavaScript number holds exactly: read them from the text.
    const ids = /"publicaly_available_post_id"\s*:\s*\[([^\]]*)\]/.exec(answer.text)?.[1];
    const postIds = ids ? ids.split(',').map((id) => id.trim().replace(/^"|"$/g, '')).filter(Boolean) : [];
    return { ...answer.body.data!, postIds };
  }

  async videos(ids: string[]): Promise<TikTokVideoStats[]> {
    const data = await this.call<{ videos?: TikTokVideoStats[] }>({
      method: 'POST',
      path: 'v2/video/query/',
      query: { fields: 'id,view_count,like_count,comment_count,share_count' },
      json: { filters: { video_ids: ids } },
    });
    return data.videos ?? [];
  }
}
