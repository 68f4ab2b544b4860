import { callApi, type JsonApi } from '../http/json-api.js';
import { kindOfStatus, NetworkError } from '../http/network-error.js';

// The YouTube Data API v3 as DoppelCart uses it (docs/networks/youtube.md), with fetch. A video
// goes up through a resumable upload session: the session's address is what makes a retry
// safe, as asking it says how far the upload got or gives the finished video.

export interface YouTubeChannel {
  id: string;
  snippet: { title: string; customUrl?: string };
  statistics?: { subscriberCount?: string; hiddenSubscriberCount?: boolean; viewCount?: string };
}

export interface YouTubeVideo {
  id: string;
  statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
}

export interface VideoMetadata {
  title: string;
  description: string;
  tags: string[];
}

/** Where a resumable upload stands: finished (the video), or the bytes YouTube has. */
export type UploadState = { done: true; video: YouTubeVideo } | { done: false; received: number };

function describe(body: unknown): string | null {
  const error = (body as { error?: { message?: unknown; errors?: Array<{ reason?: unknown }> } } | null)?.error;
  if (typeof error?.message !== 'string') return null;
  const reason = error.errors?.[0]?.reason;
  return typeof reason === 'string' ? `${error.message} (${reason})` : error.message;
}

/** YouTube's quota and rate refusals are 403s with a reason: later, not never. */
function kindOf(status: number, body: unknown) {
  const reason = (body as { error?: { errors?: Array<{ reason?: string }> } } | null)?.error?.errors?.[0]?.reason;
  if (status === 403 && (reason === 'quotaExceeded' || reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded')) return 'rate_limit' as const;
  return kindOfStatus(status);
}

/** 8 MiB: a multiple of the 256 KiB YouTube asks chunks to be. */
const CHUNK_BYTES = 8 * 1024 * 1024;

export class YouTubeClient {
  private readonly api: JsonApi;

  constructor(apiUrl: string, accessToken: string, timeoutMs: number) {
    this.api = { baseUrl: apiUrl, accessToken, timeoutMs, network: 'YouTube', describe, kindOf };
  }

  async myChannel(): Promise<YouTubeChannel | null> {
    const { body } = await callApi<{ items?: YouTubeChannel[] }>(this.api, { method: 'GET', path: 'youtube/v3/channels', query: { part: 'snippet,statistics', mine: 'true' } });
    return body.items?.[0] ?? null;
  }

  async video(id: string): Promise<YouTubeVideo | null> {
    const { body } = await callApi<{ items?: YouTubeVideo[] }>(this.api, { method: 'GET', path: 'youtube/v3/videos', query: { part: 'statistics', id } });
    return body.items?.[0] ?? null;
  }

  /** Opens a resumable upload session for a public video; its address comes back in Location. */
  async startUpload(metadata: VideoMetadata, size: number, mimeType: string): Promise<string> {
    const json = {
      snippet: { title: metadata.title, description: metadata.description, tags: metadata.tags, categoryId: '22' },
      // A synthetic persona's video is synthetic media: YouTube asks creators to say so.
      status: { privacyStatus: 'public', selfDeclaredMadeForKids: false, containsSyntheticMedia: true },
    };
    const answer = await callApi(this.api, {
      method: 'POST',
      path: 'upload/youtube/v3/videos',
      query: { uploadType: 'resumable', part: 'snippet,status' },
      json,
      headers: { 'x-upload-content-length': String(size), 'x-upload-content-type': mimeType },
    });
    const session = answer.headers.get('location');
    if (!session) throw new NetworkError('YouTube opened no upload session', 'transient');
    return session;
  }

  /** Asks the session how far the upload got (an empty PUT with `bytes *\/size`). */
  async uploadState(session: string, size: number): Promise<UploadState> {
    return this.put(session, new Uint8Array(), `bytes */${size}`);
  }

  /** Sends the bytes from `from` on in chunks; the last answer is the finished video. */
  async upload(session: string, bytes: Buffer, from: number): Promise<YouTubeVideo> {
    let offset = from;
    for (;;) {
      const end = Math.min(offset + CHUNK_BYTES, bytes.length);
      const state = await this.put(session, bytes.subarray(offset, end), `bytes ${offset}-${end - 1}/${bytes.length}`);
      if (state.done) return state.video;
      if (state.received <= offset) throw new NetworkError('YouTube kept none of the chunk sent', 'transient');
      offset = state.received;
    }
  }

  private async put(session: string, body: Uint8Array, range: string): Promise<UploadState> {
    const target = new URL(session);
    if (target.host !== new URL(this.api.baseUrl).host) throw new NetworkError(`YouTube gave an upload session off its host (${target.host})`, 'permanent');
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'PUT',
        headers: { authorization: `Bearer ${this.api.accessToken}`, 'content-range': range, 'content-type': 'application/octet-stream' },
        body: new Blob([new Uint8Array(body)]),
        // 308 is "resume incomplete" here, not a redirect to follow.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.api.timeoutMs),
      });
    } catch (error) {
      throw new NetworkError(`YouTube could not be reached (${error instanceof Error ? error.message : String(error)})`, 'transient');
    }
    const text = await response.text();
    if (response.status === 308) {
      const range = /bytes=0-(\d+)/.exec(response.headers.get('range') ?? '');
      return { done: false, received: range ? Number(range[1]) + 1 : 0 };
    }
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // An HTML error page from a proxy: no words of YouTube's to pass on.
    }
    if (response.ok) return { done: true, video: parsed as YouTubeVideo };
    throw new NetworkError(describe(parsed) ?? `HTTP ${response.status}`, response.status === 404 || response.status === 410 ? 'permanent' : kindOf(response.status, parsed), response.status);
  }
}
