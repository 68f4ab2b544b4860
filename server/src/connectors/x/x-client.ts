import { callApi, type ApiRequest, type JsonApi } from '../http/json-api.js';
import type { NetworkErrorKind } from '../http/network-error.js';

// X's API v2 as DoppelCart uses it (docs/networks/x.md), with fetch: the `twitter-api-v2`
// package fixes its hosts (api.x.com), so it could not be pointed at the fake X the tests use.
// Media go up in chunks (initialize, append, finalize, then wait while X processes them).

export interface XUser {
  id: string;
  username: string;
  name: string;
  public_metrics?: { followers_count: number };
}

export interface XPost {
  id: string;
  text: string;
  created_at?: string;
  public_metrics?: { like_count: number; reply_count: number; retweet_count: number; quote_count: number; bookmark_count?: number; impression_count?: number };
}

export interface XProcessing {
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  check_after_secs?: number;
  error?: { message?: string };
}

/** X's words from an error body: v2 problems ({title, detail}) or v1-style {errors: [{message}]}. */
function describe(body: unknown): string | null {
  const problem = body as { detail?: unknown; title?: unknown; errors?: { message?: unknown }[] } | null;
  if (typeof problem?.detail === 'string') return problem.detail;
  const first = problem?.errors?.[0]?.message;
  if (typeof first === 'string') return first;
  return typeof problem?.title === 'string' ? problem.title : null;
}

/** A 403 from X is a refusal of this request (duplicate content, not permitted), not a lost token. */
function kindOf(status: number): NetworkErrorKind {
  if (status === 401) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}

/** X refuses a post whose text the account already posted recently. */
export function isDuplicateRefusal(message: string): boolean {
  return /duplicate/i.test(message);
}

/** Chunks of 4 MiB: under X's per-append limit, and few appends for a short video. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export class XClient {
  private readonly api: JsonApi;

  constructor(apiUrl: string, accessToken: string, timeoutMs: number) {
    this.api = { baseUrl: apiUrl, accessToken, timeoutMs, network: 'X', describe, kindOf };
  }

  private async call<T>(request: ApiRequest): Promise<T> {
    return (await callApi<T>(this.api, request)).body;
  }

  async me(): Promise<XUser> {
    return (await this.call<{ data: XUser }>({ method: 'GET', path: '2/users/me', query: { 'user.fields': 'public_metrics' } })).data;
  }

  /** Starts an upload session: the media id the appends and the post use. */
  async initializeUpload(mimeType: string, totalBytes: number): Promise<string> {
    const category = mimeType.startsWith('video/') ? 'tweet_video' : mimeType === 'image/gif' ? 'tweet_gif' : 'tweet_image';
    const json = { media_type: mimeType, total_bytes: totalBytes, media_category: category };
    return (await this.call<{ data: { id: string } }>({ method: 'POST', path: '2/media/upload/initialize', json })).data.id;
  }

  async appendChunks(mediaId: string, bytes: Buffer): Promise<void> {
    for (let index = 0, offset = 0; offset < bytes.length; index += 1, offset += CHUNK_BYTES) {
      const form = new FormData();
      form.append('segment_index', String(index));
      form.append('media', new Blob([new Uint8Array(bytes.subarray(offset, offset + CHUNK_BYTES))]), 'chunk');
      await this.call({ method: 'POST', path: `2/media/upload/${encodeURIComponent(mediaId)}/append`, form });
    }
  }

  /** Ends the upload; processing_info says X still works on it (videos). */
  async finalizeUpload(mediaId: string): Promise<XProcessing | null> {
    const answer = await this.call<{ data: { processing_info?: XProcessing } }>({ method: 'POST', path: `2/media/upload/${encodeURIComponent(mediaId)}/finalize` });
    return answer.data.processing_info ?? null;
  }

  async uploadStatus(mediaId: string): Promise<XProcessing | null> {
    const answer = await this.call<{ data: { processing_info?: XProcessing } }>({ method: 'GET', path: '2/media/upload', query: { command: 'STATUS', media_id: mediaId } });
    return answer.data.processing_info ?? null;
  }

  async setAltText(mediaId: string, text: string): Promise<void> {
    // X takes up to 1,000 characters of alt text.
    await this.call({ method: 'POST', path: '2/media/metadata', json: { id: mediaId, metadata: { alt_text: { text: text.slice(0, 1000) } } } });
  }

  async createPost(text: string, mediaIds: readonly string[]): Promise<XPost> {
    const json = { text, ...(mediaIds.length > 0 && { media: { media_ids: mediaIds } }) };
    return (await this.call<{ data: XPost }>({ method: 'POST', path: '2/tweets', json })).data;
  }

  /** The account's posts since `since`, newest first (up to 100): where a lost post is looked for. */
  async recentPosts(userId: string, since: Date): Promise<XPost[]> {
    const query = { max_results: 100, start_time: since.toISOString(), 'tweet.fields': 'created_at' };
    return (await this.call<{ data?: XPost[] }>({ method: 'GET', path: `2/users/${encodeURIComponent(userId)}/tweets`, query })).data ?? [];
  }

  async post(id: string): Promise<XPost> {
    return (await this.call<{ data: XPost }>({ method: 'GET', path: `2/tweets/${encodeURIComponent(id)}`, query: { 'tweet.fields': 'public_metrics' } })).data;
  }
}
