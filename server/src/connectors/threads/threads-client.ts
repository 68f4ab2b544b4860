import { callApi, type ApiRequest, type JsonApi } from '../http/json-api.js';
import type { NetworkErrorKind } from '../http/network-error.js';

// The Threads API (graph.threads.net, v1.0) as DoppelCart uses it (docs/networks/threads.md),
// with fetch. Like Instagram it publishes in two steps: a media container is made from public
// media URLs, then published; a container can be published only once.

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

export interface ContainerInput {
  mediaType: 'TEXT' | 'IMAGE' | 'VIDEO' | 'CAROUSEL';
  text?: string;
  imageUrl?: string;
  videoUrl?: string;
  altText?: string;
  children?: string[];
  isCarouselItem?: boolean;
}

export interface ThreadsPost {
  id: string;
  text?: string;
  permalink?: string;
}

function describe(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : null;
}

/** Meta's error codes: 190 the token, 4/17/32/613 rate limits; anything else by its status. */
function kindOf(status: number, body: unknown): NetworkErrorKind {
  const code = (body as { error?: { code?: number } } | null)?.error?.code;
  if (code === 190 || status === 401) return 'auth';
  if (code === 4 || code === 17 || code === 32 || code === 613 || status === 429) return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}

export class ThreadsClient {
  private readonly api: JsonApi;

  constructor(apiUrl: string, accessToken: string, timeoutMs: number) {
    this.api = { baseUrl: `${apiUrl.replace(/\/$/, '')}/v1.0`, accessToken, timeoutMs, network: 'Threads', describe, kindOf };
  }

  private async call<T>(request: ApiRequest): Promise<T> {
    return (await callApi<T>(this.api, request)).body;
  }

  async me(): Promise<{ id: string; username: string }> {
    return this.call({ method: 'GET', path: 'me', query: { fields: 'id,username' } });
  }

  async createContainer(userId: string, input: ContainerInput): Promise<string> {
    const query = {
      media_type: input.mediaType,
      text: input.text,
      image_url: input.imageUrl,
      video_url: input.videoUrl,
      alt_text: input.altText || undefined,
      children: input.children?.join(','),
      is_carousel_item: input.isCarouselItem ? 'true' : undefined,
    };
    return (await this.call<{ id: string }>({ method: 'POST', path: `${encodeURIComponent(userId)}/threads`, query })).id;
  }

  async container(id: string): Promise<{ status: ContainerStatus; error_message?: string }> {
    return this.call({ method: 'GET', path: encodeURIComponent(id), query: { fields: 'status,error_message' } });
  }

  async publish(userId: string, containerId: string): Promise<string> {
    return (await this.call<{ id: string }>({ method: 'POST', path: `${encodeURIComponent(userId)}/threads_publish`, query: { creation_id: containerId } })).id;
  }

  async post(id: string): Promise<ThreadsPost> {
    return this.call({ method: 'GET', path: encodeURIComponent(id), query: { fields: 'id,text,permalink' } });
  }

  /** The account's posts since `since`: where a published container's post is found. */
  async postsSince(userId: string, since: Date): Promise<ThreadsPost[]> {
    const query = { fields: 'id,text,permalink,timestamp', since: Math.floor(since.getTime() / 1000), limit: 50 };
    return (await this.call<{ data?: ThreadsPost[] }>({ method: 'GET', path: `${encodeURIComponent(userId)}/threads`, query })).data ?? [];
  }

  /** Insight values by name (a post's, or the account's followers_count). */
  async insights(path: string, metrics: readonly string[]): Promise<Record<string, number>> {
    const { data } = await this.call<{ data?: Array<{ name: string; values?: Array<{ value: number }>; total_value?: { value: number } }> }>({
      method: 'GET',
      path,
      query: { metric: metrics.join(',') },
    });
    return Object.fromEntries((data ?? []).map((entry) => [entry.name, entry.total_value?.value ?? entry.values?.[0]?.value ?? 0]));
  }
}
