import { z } from 'zod';
import { humanDuration } from '../../human-duration.js';
import { classifyInstagramError, InstagramApiError, redactSecrets, type MetaError } from './instagram-errors.js';
import { createInsightsClient, type InstagramInsightsClient } from './instagram-insights.js';

export { classifyInstagramError, InstagramApiError, type InstagramErrorKind } from './instagram-errors.js';
export {
  ACCOUNT_METRICS, MEDIA_METRICS, type AccountInsights, type AccountMetric, type MediaInsights, type MediaMetric,
} from './instagram-insights.js';

// The Instagram API with Instagram Login (graph.instagram.com), as the publishing and OAuth
// code uses it. One HTTP request per method and no retries: only the caller knows whether a
// repeat is safe (a repeated media_publish can post twice). The read-only insights methods
// (instagram-insights.ts) are the exception: accountInsights makes two requests, and both ask
// again, once per metric at most, without a metric Meta refused as unsupported. Tokens travel
// as the `access_token` parameter, as Meta documents, and are scrubbed from every error.

export interface InstagramClientOptions {
  /** e.g. https://www.instagram.com/oauth/authorize */
  authorizeUrl: string;
  /** e.g. https://api.instagram.com (the code exchange: POST {apiUrl}/oauth/access_token) */
  apiUrl: string;
  /** e.g. https://graph.instagram.com/v23.0; token exchange and refresh live at its origin, unversioned. */
  graphUrl: string;
  appId: string;
  appSecret: string;
  /** Read on every use, so it may be a getter for an address known only after start. */
  redirectUri: string;
  timeoutMs: number;
}

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

/**
 * One container of POST /{ig-user-id}/media (instagram.md): an image (imageUrl), a video
 * (videoUrl with mediaType REELS, STORIES, or VIDEO for a carousel item), a carousel child
 * (isCarouselItem), or a carousel parent (mediaType CAROUSEL with its children's ids).
 */
export interface ContainerInput {
  imageUrl?: string;
  videoUrl?: string;
  mediaType?: 'REELS' | 'STORIES' | 'VIDEO' | 'CAROUSEL';
  caption?: string;
  isCarouselItem?: boolean;
  children?: readonly string[];
  coverUrl?: string;
  shareToFeed?: boolean;
  altText?: string;
}

export interface InstagramClient extends InstagramInsightsClient {
  authorizationUrl(state: string, scopes: readonly string[]): string;
  exchangeCode(code: string): Promise<{ accessToken: string; userId: string; permissions: string[] }>;
  exchangeForLongLived(shortToken: string): Promise<{ accessToken: string; expiresInSeconds: number }>;
  refreshToken(token: string): Promise<{ accessToken: string; expiresInSeconds: number }>;
  /** `userId` is the professional account id that publishing takes (not the code exchange's app-scoped id). */
  account(token: string): Promise<{ userId: string; username: string }>;
  createImageContainer(token: string, igUserId: string, input: { imageUrl: string; caption: string }): Promise<{ containerId: string }>;
  createContainer(token: string, igUserId: string, input: ContainerInput): Promise<{ containerId: string }>;
  containerStatus(token: string, containerId: string): Promise<{ status: ContainerStatus; message: string | null }>;
  /** A 'timeout' or 'transient' failure leaves the outcome unknown: check containerStatus before trying again. */
  publishContainer(token: string, igUserId: string, containerId: string): Promise<{ mediaId: string }>;
  permalink(token: string, mediaId: string): Promise<string>;
  recentMedia(token: string, igUserId: string, limit: number): Promise<Array<{ id: string; caption: string | null; timestamp: string; permalink: string | null }>>;
  /** The account's Stories of the last 24 hours (Meta lists them apart from /media), newest first. */
  recentStories(token: string, igUserId: string): Promise<Array<{ id: string; timestamp: string; permalink: string | null }>>;
  publishingLimit(token: string, igUserId: string): Promise<{ used: number; total: number; windowSeconds: number }>;
}

const id = z.union([z.string().min(1), z.number()]).transform(String);
const permissions = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (typeof value === 'string' ? value.split(',') : (value ?? [])).map((scope) => scope.trim()).filter(Boolean));
const shortToken = z.object({ access_token: z.string().min(1), user_id: id, permissions });
// Instagram has answered the code exchange both flat and wrapped in `data`.
const codeExchange = z.union([shortToken, z.object({ data: z.tuple([shortToken], shortToken) }).transform((body) => body.data[0])]);
const longToken = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const account = z.object({ user_id: id, username: z.string().min(1) });
const created = z.object({ id });
const containerStatus = z.object({
  status_code: z.enum(['IN_PROGRESS', 'FINISHED', 'ERROR', 'EXPIRED', 'PUBLISHED']),
  status: z.string().nullish(),
});
const permalink = z.object({ permalink: z.string().url() });
const mediaList = z.object({
  data: z.array(z.object({ id, caption: z.string().nullish(), timestamp: z.string().min(1), permalink: z.string().nullish() })),
});
const publishingLimit = z.object({
  data: z.tuple(
    [z.object({ quota_usage: z.number().int().min(0), config: z.object({ quota_total: z.number().int().min(0), quota_duration: z.number().int().positive() }) })],
    z.unknown(),
  ),
});

// Graph ids are 17-digit numbers; where Instagram sends one as a bare JSON number,
// JSON.parse would round it (2^53 is 16 digits), so it is quoted before parsing.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/"(id|user_id)"(\s*):(\s*)(-?\d+)(?=\s*[,}])/g, '"$1"$2:$3"$4"'));
  } catch {
    return undefined;
  }
}

/** Meta's `{error:{...}}`, or api.instagram.com's older `{error_type, code, error_message}`. */
function metaErrorOf(body: unknown): MetaError | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  if (record.error && typeof record.error === 'object') return record.error as MetaError;
  if (typeof record.error_message === 'string') {
    // Its `code` repeats the HTTP status rather than naming an error, so it is dropped.
    return { message: record.error_message, type: typeof record.error_type === 'string' ? record.error_type : undefined };
  }
  return undefined;
}

const SAFE_ID = /^[A-Za-z0-9_]+$/;
function pathId(value: string): string {
  // Ids become path segments: anything else ('..', '/') could address another endpoint.
  if (!SAFE_ID.test(value)) throw new TypeError(`not an Instagram id: ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}

export function createInstagramClient(options: InstagramClientOptions): InstagramClient {
  const graph = options.graphUrl.replace(/\/+$/, '');
  const root = new URL(options.graphUrl).origin;
  const api = options.apiUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    operation: string,
    method: 'GET' | 'POST',
    address: string,
    params: Record<string, string>,
    schema: S,
  ): Promise<z.output<S>> {
    const url = new URL(address);
    const secrets = [params.access_token, params.client_secret, params.code, options.appSecret];
    const scrub = (text: string) => redactSecrets(text, secrets);
    const where = `${method} ${url.origin}${url.pathname}`;
    const signal = AbortSignal.timeout(options.timeoutMs);
    const init: RequestInit = { method, signal, redirect: 'error', headers: { accept: 'application/json' } };
    if (method === 'GET') for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    else init.body = new URLSearchParams(params);

    let status: number;
    let text: string;
    try {
      const response = await fetch(url, init);
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (signal.aborted) {
        const said = `Instagram did not answer within ${humanDuration(options.timeoutMs / 1000)}`;
        throw new InstagramApiError('timeout', `Instagram ${operation} timed out (${where}): ${said}; the outcome is unknown`, { status: 0, platformMessage: said });
      }
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = scrub(cause?.code ?? cause?.message ?? (error as Error).message);
      throw new InstagramApiError('transient', `Instagram ${operation} failed (${where}): ${reason}`, { status: 0, platformMessage: 'Instagram could not be reached' });
    }

    const body = parseJson(text);
    const metaError = metaErrorOf(body);
    if (status < 200 || status >= 300 || metaError) {
      const kind = classifyInstagramError(status, metaError);
      const said = scrub(metaError?.message ?? `HTTP ${status}`);
      const codes = [metaError?.code !== undefined && `code ${metaError.code}`, metaError?.error_subcode !== undefined && `subcode ${metaError.error_subcode}`];
      const detail = [`HTTP ${status}`, ...codes].filter(Boolean).join(', ');
      throw new InstagramApiError(kind, `Instagram ${operation} failed (${where}, ${detail}): ${said}`, {
        status, platformMessage: said, code: metaError?.code, subcode: metaError?.error_subcode, fbtraceId: metaError?.fbtrace_id,
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      // A success we cannot read is treated like a blip, not a verdict on the request.
      const problems = body === undefined ? 'the body is not JSON' : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
      const said = scrub(`unexpected response: ${problems}`);
      throw new InstagramApiError('transient', `Instagram ${operation} returned an unexpected response (${where}): ${said}`, { status, platformMessage: said });
    }
    return parsed.data;
  }

  return {
    ...createInsightsClient(graph, (operation, address, params, schema) => call(operation, 'GET', address, params, schema), pathId),

    authorizationUrl(state, scopes) {
      const url = new URL(options.authorizeUrl);
      url.searchParams.set('client_id', options.appId);
      url.searchParams.set('redirect_uri', options.redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', scopes.join(','));
      url.searchParams.set('state', state);
      return url.toString();
    },

    async exchangeCode(code) {
      const body = await call('code exchange', 'POST', `${api}/oauth/access_token`, {
        client_id: options.appId,
        client_secret: options.appSecret,
        grant_type: 'authorization_code',
        redirect_uri: options.redirectUri,
        code,
      }, codeExchange);
      return { accessToken: body.access_token, userId: body.user_id, permissions: body.permissions };
    },

    async exchangeForLongLived(token) {
      const params = { grant_type: 'ig_exchange_token', client_secret: options.appSecret, access_token: token };
      const body = await call('token exchange', 'GET', `${root}/access_token`, params, longToken);
      return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
    },

    async refreshToken(token) {
      const params = { grant_type: 'ig_refresh_token', access_token: token };
      const body = await call('token refresh', 'GET', `${root}/refresh_access_token`, params, longToken);
      return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
    },

    async account(token) {
      const body = await call('account', 'GET', `${graph}/me`, { fields: 'user_id,username', access_token: token }, account);
      return { userId: body.user_id, username: body.username };
    },

    createImageContainer(token, igUserId, input) {
      return this.createContainer(token, igUserId, input);
    },

    async createContainer(token, igUserId, input) {
      const params: Record<string, string> = { access_token: token };
      if (input.imageUrl) params.image_url = input.imageUrl;
      if (input.videoUrl) params.video_url = input.videoUrl;
      if (input.mediaType) params.media_type = input.mediaType;
      if (input.caption !== undefined) params.caption = input.caption;
      if (input.isCarouselItem) params.is_carousel_item = 'true';
      if (input.children) params.children = input.children.map(pathId).join(',');
      if (input.coverUrl) params.cover_url = input.coverUrl;
      if (input.shareToFeed !== undefined) params.share_to_feed = String(input.shareToFeed);
      if (input.altText) params.alt_text = input.altText;
      const body = await call('container create', 'POST', `${graph}/${pathId(igUserId)}/media`, params, created);
      return { containerId: body.id };
    },

    async containerStatus(token, containerId) {
      const params = { fields: 'status_code,status', access_token: token };
      const body = await call('container status', 'GET', `${graph}/${pathId(containerId)}`, params, containerStatus);
      return { status: body.status_code, message: body.status ?? null };
    },

    async publishContainer(token, igUserId, containerId) {
      const params = { creation_id: containerId, access_token: token };
      const body = await call('media publish', 'POST', `${graph}/${pathId(igUserId)}/media_publish`, params, created);
      return { mediaId: body.id };
    },

    async permalink(token, mediaId) {
      const body = await call('permalink', 'GET', `${graph}/${pathId(mediaId)}`, { fields: 'permalink', access_token: token }, permalink);
      return body.permalink;
    },

    async recentMedia(token, igUserId, limit) {
      const params = { fields: 'id,caption,timestamp,permalink', limit: String(Math.min(100, Math.max(1, Math.floor(limit)))), access_token: token };
      const body = await call('recent media', 'GET', `${graph}/${pathId(igUserId)}/media`, params, mediaList);
      return body.data.map((media) => ({ id: media.id, caption: media.caption ?? null, timestamp: media.timestamp, permalink: media.permalink ?? null }));
    },

    async recentStories(token, igUserId) {
      const params = { fields: 'id,timestamp,permalink', access_token: token };
      const body = await call('recent stories', 'GET', `${graph}/${pathId(igUserId)}/stories`, params, mediaList);
      return body.data.map((media) => ({ id: media.id, timestamp: media.timestamp, permalink: media.permalink ?? null }));
    },

    async publishingLimit(token, igUserId) {
      const params = { fields: 'quota_usage,config', access_token: token };
      const body = await call('publishing limit', 'GET', `${graph}/${pathId(igUserId)}/content_publishing_limit`, params, publishingLimit);
      const [limit] = body.data;
      return { used: limit.quota_usage, total: limit.config.quota_total, windowSeconds: limit.config.quota_duration };
    },
  };
}
