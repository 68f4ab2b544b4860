import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

// A stand-in for Instagram (API with Instagram Login) on 127.0.0.1: the OAuth dialog, the
// token endpoints and the Graph endpoints for single-image publishing, behaving as Meta
// documents them (instagram.md). One base URL serves as authorizeUrl, apiUrl and graphUrl.
// It keeps real state (codes, tokens, containers, media, the rolling quota) on a clock tests
// can move, fetches image_url itself as Meta does, and lets tests inject failures and hold
// requests mid-flight to simulate crashes. It never sleeps and leaves no timer behind.

export type FakeEndpoint =
  | 'authorize' | 'code' | 'token_exchange' | 'refresh' | 'me' | 'container_create'
  | 'container_status' | 'media_publish' | 'permalink' | 'recent_media' | 'publishing_limit';

/**
 * 'timeout' hangs the request (no side effect) until the client gives up; 'timeout_after'
 * applies the side effect first (a publish that went out but was never answered).
 * 'container_error' applies to container_create and container_status; 'access_denied' to
 * authorize (the user pressed Cancel). `{status, body}` answers anything else verbatim.
 */
export type FakeFailure =
  | 'expired_token' | 'rate_limit' | 'server_error' | 'container_error' | 'timeout' | 'timeout_after' | 'access_denied'
  | { status: number; body: unknown };

export interface FakeInstagramOptions {
  appId?: string;
  appSecret?: string;
  /** The professional account id that /me returns as `user_id` and publishing takes. */
  igUserId?: string;
  /** The app-scoped id the code exchange returns as `user_id`; not accepted for publishing. */
  appScopedUserId?: string;
  username?: string;
  /** When set, the dialog refuses other redirect URIs (Meta's "Valid OAuth Redirect URIs"). */
  redirectUris?: string[];
  /** Status polls answered IN_PROGRESS before a container is FINISHED (default 1). */
  inProgressPolls?: number;
  quotaTotal?: number;
  quotaDuration?: number;
  maxHashtags?: number;
  /** Meta refreshes only tokens at least 24 h old (default 86400). */
  minRefreshAgeSeconds?: number;
  /** 'flat' {access_token, user_id: <bare number>, permissions: [...]} or 'data' [{..., permissions: 'a,b'}]. */
  codeExchangeShape?: 'flat' | 'data';
}

export interface FakeRequest {
  endpoint: FakeEndpoint | 'unknown';
  method: string;
  path: string;
  /** Query and body parameters, with access_token and client_secret redacted. */
  params: Record<string, string>;
  /** Which issued token was used ('short#1', 'long#2'), without revealing it. */
  token: string | null;
}

export interface PublishedMedia {
  mediaId: string;
  containerId: string;
  caption: string;
  imageUrl: string;
  permalink: string;
  timestamp: string;
}

export interface HeldRequest {
  /** Resolves when the next matching request hangs (for 'after', once its effect happened); it hangs until release(). */
  arrived: Promise<FakeRequest>;
  release(): void;
}

export type ContainerState = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

export interface FakeInstagram {
  baseUrl: string;
  authorizeUrl: string;
  apiUrl: string;
  graphUrl: string;
  appId: string;
  appSecret: string;
  igUserId: string;
  appScopedUserId: string;
  username: string;
  requests: FakeRequest[];
  published: PublishedMedia[];
  calls(endpoint: FakeEndpoint): number;
  failNext(endpoint: FakeEndpoint, failure: FakeFailure, count?: number): void;
  /** 'before': the effect happens on release; 'after': it already happened; 'never': it never does. */
  hold(endpoint: FakeEndpoint, options: { apply: 'before' | 'after' | 'never' }): HeldRequest;
  /** A token as if the user had connected (long-lived unless asked), skipping the dialog. */
  issueToken(kind?: 'short' | 'long', scopes?: string[]): string;
  revokeToken(token: string): void;
  /** The user removed the app: every token stops working. */
  revokeAllTokens(): void;
  expireToken(token: string): void;
  tokenLabel(token: string): string | null;
  container(id: string): { state: ContainerState; caption: string; imageUrl: string; message: string | null } | undefined;
  /** The fake's clock runs `ms` ahead of the real one (token expiry, 24 h container life, quota window). */
  setClockOffset(ms: number): void;
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

const SHORT_TOKEN_SECONDS = 3600;
const LONG_TOKEN_SECONDS = 60 * 24 * 3600;
const CODE_SECONDS = 3600;
const CONTAINER_LIFE_MS = 24 * 3600 * 1000;
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const PUBLISH_SCOPE = 'instagram_business_content_publish';
const BASIC_SCOPE = 'instagram_business_basic';
const PROCESSING_FAILED = 'The media could not be processed.';
const DEFAULT_SCOPES = [BASIC_SCOPE, PUBLISH_SCOPE, 'instagram_business_manage_insights'];

const STATUS_TEXT: Record<Exclude<ContainerState, 'ERROR'>, string> = {
  IN_PROGRESS: 'In Progress: Media is still being processed.',
  FINISHED: 'Finished: Media has been uploaded and it is ready to be published.',
  PUBLISHED: 'Published: Media has been successfully published.',
  EXPIRED: 'Expired: Media was not published within 24 hours.',
};

interface Token { label: string; kind: 'short' | 'long'; issuedAt: number; expiresAt: number; revoked: boolean; scopes: string[] }
interface Container {
  id: string; caption: string; imageUrl: string; createdAt: number; state: ContainerState;
  message: string | null; pollsLeft: number; processing: Promise<void>;
}
interface Reply { status: number; json?: unknown; raw?: string; location?: string }
type Params = Record<string, string>;

const secret = (prefix: string, bytes = 24) => prefix + randomBytes(bytes).toString('base64url');
const graphError = (status: number, error: Record<string, unknown>): Reply => ({
  status,
  json: { error: { type: 'OAuthException', ...error, fbtrace_id: secret('A', 9) } },
});
// api.instagram.com (the code exchange) still answers in the older shape.
const legacyError = (message: string): Reply => ({ status: 400, json: { error_type: 'OAuthException', code: 400, error_message: message } });
const missingObject = (id: string) =>
  graphError(400, { code: 100, error_subcode: 33, message: `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation` });
const metaTimestamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
const pick = (fields: string | undefined, record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key === 'id' || (fields ?? '').split(',').includes(key)));

function injectedReply(failure: Exclude<FakeFailure, 'timeout' | 'timeout_after' | 'container_error' | 'access_denied'>, now: number): Reply {
  if (typeof failure === 'object') return { status: failure.status, json: failure.body };
  if (failure === 'rate_limit') return graphError(400, { code: 4, is_transient: true, message: '(#4) Application request limit reached' });
  if (failure === 'server_error') {
    return graphError(500, { code: 2, is_transient: true, message: 'An unexpected error has occurred. Please retry your request later.' });
  }
  return expiredToken(now - 1000, now);
}

function expiredToken(expiredAt: number, now: number): Reply {
  return graphError(400, {
    code: 190, error_subcode: 463,
    message: `Error validating access token: Session has expired on ${new Date(expiredAt).toUTCString()}. The current time is ${new Date(now).toUTCString()}.`,
  });
}

async function readParams(request: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** Why Instagram would refuse the image, or null. Fetched from the URL, as Meta does. */
async function inspectImage(url: string, signal: AbortSignal): Promise<string | null> {
  let bytes: Buffer;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return `Media download has failed: the media URI answered HTTP ${response.status}.`;
    bytes = Buffer.from(await response.arrayBuffer());
  } catch {
    return signal.aborted ? 'The server shut down.' : 'Media download has failed: the media URI could not be fetched.';
  }
  if (bytes.length > MAX_IMAGE_BYTES) return 'The image size is too large; it should be less than 8 MiB.';
  const metadata = await sharp(bytes).metadata().catch(() => null);
  if (metadata?.format !== 'jpeg') return `The image format is not supported (${metadata?.format ?? 'not an image'}); only JPEG is accepted.`;
  const ratio = (metadata.width ?? 0) / (metadata.height ?? 1);
  if (ratio < 0.8 - 1e-3 || ratio > 1.91 + 1e-3) return `The aspect ratio ${metadata.width}x${metadata.height} is not supported; it must be between 4:5 and 1.91:1.`;
  return null;
}

export async function startFakeInstagram(options: FakeInstagramOptions = {}): Promise<FakeInstagram> {
  const appId = options.appId ?? '990602627938098';
  const appSecret = options.appSecret ?? 'fake-instagram-app-secret';
  const igUserId = options.igUserId ?? '17841400000000017';
  const appScopedUserId = options.appScopedUserId ?? '27351298467310245';
  const username = options.username ?? 'lena.grows';
  const quotaTotal = options.quotaTotal ?? 100;
  const quotaDuration = options.quotaDuration ?? 86_400;

  let clockOffset = 0;
  const now = () => Date.now() + clockOffset;
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}${String(++sequence).padStart(9, '0')}`;
  const codes = new Map<string, { redirectUri: string; scopes: string[]; createdAt: number; used: boolean }>();
  const tokens = new Map<string, Token>();
  const containers = new Map<string, Container>();
  const media = new Map<string, PublishedMedia & { publishedAt: number }>();
  const requests: FakeRequest[] = [];
  const published: PublishedMedia[] = [];
  const failures = new Map<FakeEndpoint, FakeFailure[]>();
  const holds = new Map<FakeEndpoint, Array<{ apply: 'before' | 'after' | 'never'; arrived: (info: FakeRequest) => void; released: Promise<void> }>>();
  const shutdown = new AbortController();
  const closed = new Promise<'closed'>((resolve) => shutdown.signal.addEventListener('abort', () => resolve('closed')));

  function issueToken(kind: 'short' | 'long', scopes: string[]): string {
    const token = secret('IGAA', 40);
    const seconds = kind === 'short' ? SHORT_TOKEN_SECONDS : LONG_TOKEN_SECONDS;
    tokens.set(token, { label: `${kind}#${tokens.size + 1}`, kind, issuedAt: now(), expiresAt: now() + seconds * 1000, revoked: false, scopes });
    return token;
  }

  /** The token's record, or the error Meta gives for it. */
  function checkToken(token: string | undefined): Token | Reply {
    if (!token) return graphError(400, { code: 2500, message: 'An active access token must be used to query information about the current user.' });
    const record = tokens.get(token);
    if (!record) return graphError(400, { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
    if (record.revoked) return graphError(400, { code: 190, error_subcode: 458, message: `Error validating access token: The user has not authorized application ${appId}.` });
    if (record.expiresAt <= now()) return expiredToken(record.expiresAt, now());
    return record;
  }

  const publishedWithin = (ms: number) => [...media.values()].filter((item) => item.publishedAt > now() - ms).length;

  // Each handler returns the reply; the side effect (if any) has happened when it resolves.
  const handlers: Record<FakeEndpoint, (params: Params, ids: string[], options?: { containerError?: boolean }) => Promise<Reply>> = {
    async authorize(params) {
      if (params.client_id !== appId) return legacyError('Invalid platform app');
      if (!params.redirect_uri || (options.redirectUris && !options.redirectUris.includes(params.redirect_uri))) return legacyError('Invalid redirect_uri');
      if (params.response_type !== 'code') return legacyError('Invalid response_type');
      const scopes = (params.scope ?? '').split(/[ ,]+/).filter(Boolean);
      if (!scopes.includes(BASIC_SCOPE)) return legacyError(`Invalid scope: ${BASIC_SCOPE} is required`);
      const code = secret('AQ', 30);
      codes.set(code, { redirectUri: params.redirect_uri, scopes, createdAt: now(), used: false });
      const target = new URL(params.redirect_uri);
      target.searchParams.set('code', code);
      if (params.state) target.searchParams.set('state', params.state);
      // Meta appends "#_" to the redirect; it is not part of the code.
      return { status: 302, location: `${target}#_` };
    },

    async code(params) {
      if (params.client_id !== appId || params.client_secret !== appSecret) return legacyError('Invalid client_id or client_secret');
      if (params.grant_type !== 'authorization_code') return legacyError('Invalid grant_type');
      const grant = params.code ? codes.get(params.code) : undefined;
      if (!grant || grant.createdAt + CODE_SECONDS * 1000 <= now()) return legacyError('Invalid authorization code');
      if (grant.used) return legacyError('This authorization code has been used');
      if (grant.redirectUri !== params.redirect_uri) {
        return legacyError('Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request');
      }
      grant.used = true;
      const token = issueToken('short', grant.scopes);
      if (options.codeExchangeShape === 'data') {
        return { status: 200, json: { data: [{ access_token: token, user_id: appScopedUserId, permissions: grant.scopes.join(',') }] } };
      }
      // A bare 17-digit number, as Instagram sends it: JSON.parse would round it.
      return { status: 200, raw: `{"access_token":"${token}","user_id":${appScopedUserId},"permissions":${JSON.stringify(grant.scopes)}}` };
    },

    async token_exchange(params) {
      if (params.grant_type !== 'ig_exchange_token') return graphError(400, { code: 100, message: 'Unsupported grant_type' });
      if (params.client_secret !== appSecret) return graphError(400, { code: 101, message: 'Error validating client secret.' });
      const token = checkToken(params.access_token);
      if ('status' in token) return token;
      if (token.kind !== 'short') return graphError(400, { code: 100, message: 'Only short-lived access tokens can be exchanged' });
      return { status: 200, json: { access_token: issueToken('long', token.scopes), token_type: 'bearer', expires_in: LONG_TOKEN_SECONDS } };
    },

    async refresh(params) {
      if (params.grant_type !== 'ig_refresh_token') return graphError(400, { code: 100, message: 'Unsupported grant_type' });
      const token = checkToken(params.access_token);
      if ('status' in token) return token;
      if (token.kind !== 'long') return graphError(400, { code: 100, message: 'Only long-lived access tokens can be refreshed' });
      if (now() - token.issuedAt < (options.minRefreshAgeSeconds ?? 86_400) * 1000) {
        return graphError(400, { code: 100, message: 'Long-lived access tokens can be refreshed only once they are at least 24 hours old' });
      }
      return { status: 200, json: { access_token: issueToken('long', token.scopes), token_type: 'bearer', expires_in: LONG_TOKEN_SECONDS } };
    },

    async me(params) {
      return { status: 200, json: pick(params.fields, { id: appScopedUserId, user_id: igUserId, username, account_type: 'BUSINESS' }) };
    },

    async container_create(params, _ids, injected) {
      if (!params.image_url) return graphError(400, { code: 100, message: 'The parameter image_url is required.' });
      const caption = params.caption ?? '';
      if ([...caption].length > 2200) return graphError(400, { code: 100, message: 'The caption is too long: at most 2200 characters are allowed.' });
      const hashtags = caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
      if (hashtags > (options.maxHashtags ?? 30)) return graphError(400, { code: 100, message: `The caption has ${hashtags} hashtags; at most ${options.maxHashtags ?? 30} are allowed.` });
      const container: Container = {
        id: nextId('1790'), caption, imageUrl: params.image_url, createdAt: now(), state: 'IN_PROGRESS',
        message: null, pollsLeft: options.inProgressPolls ?? 1, processing: Promise.resolve(),
      };
      // Processing runs after the answer, as on Meta; status and publish wait for it so
      // outcomes never depend on timing.
      const problem = injected?.containerError ? Promise.resolve(PROCESSING_FAILED) : inspectImage(container.imageUrl, shutdown.signal);
      container.processing = problem.then((reason) => {
        if (reason) Object.assign(container, { state: 'ERROR', message: `Error: ${reason}` });
      });
      containers.set(container.id, container);
      return { status: 200, json: { id: container.id } };
    },

    async container_status(params, [id], injected) {
      const container = containers.get(id!)!;
      await container.processing;
      if (injected?.containerError && container.state !== 'PUBLISHED') Object.assign(container, { state: 'ERROR', message: `Error: ${PROCESSING_FAILED}` });
      if (container.state === 'IN_PROGRESS' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      else if (container.state === 'IN_PROGRESS' && container.pollsLeft > 0) container.pollsLeft -= 1;
      else if (container.state === 'IN_PROGRESS') container.state = 'FINISHED';
      if (container.state === 'FINISHED' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      const status = container.state === 'ERROR' ? container.message : STATUS_TEXT[container.state];
      return { status: 200, json: pick(params.fields, { id, status_code: container.state, status }) };
    },

    async media_publish(params) {
      const container = params.creation_id ? containers.get(params.creation_id) : undefined;
      if (!container) return missingObject(params.creation_id ?? '');
      await container.processing;
      // From here to the state change nothing awaits: two concurrent publishes cannot both pass.
      if (container.state === 'PUBLISHED') return graphError(400, { code: 9007, message: 'The media has already been published', error_user_title: 'Media already published' });
      if (container.state !== 'ERROR' && now() - container.createdAt >= CONTAINER_LIFE_MS) container.state = 'EXPIRED';
      if (container.state === 'EXPIRED') {
        return graphError(400, { code: -2, error_subcode: 2207020, message: 'The media you are trying to access has expired. Please try to upload again.' });
      }
      if (container.state === 'ERROR' || container.pollsLeft > 0) {
        return graphError(400, { code: 9007, error_subcode: 2207027, message: 'Media ID is not available', error_user_msg: 'The media is not ready for publishing, please wait for a moment' });
      }
      if (publishedWithin(quotaDuration * 1000) >= quotaTotal) {
        return graphError(400, { code: 9, error_subcode: 2207042, message: 'You reached maximum number of posts that is allowed to be published by Content Publishing API.' });
      }
      const mediaId = nextId('1801');
      const item = {
        mediaId, containerId: container.id, caption: container.caption, imageUrl: container.imageUrl,
        permalink: `https://www.instagram.com/p/${secret('C', 8).slice(0, 11)}/`, timestamp: metaTimestamp(now()), publishedAt: now(),
      };
      media.set(mediaId, item);
      container.state = 'PUBLISHED';
      const { publishedAt: _, ...record } = item;
      published.push(record);
      return { status: 200, json: { id: mediaId } };
    },

    async permalink(params, [id]) {
      const item = media.get(id!)!;
      const fields = { id, permalink: item.permalink, caption: item.caption, timestamp: item.timestamp, media_type: 'IMAGE', media_url: item.imageUrl };
      return { status: 200, json: pick(params.fields, fields) };
    },

    async recent_media(params) {
      const limit = Math.min(100, Math.max(1, Number(params.limit) || 25));
      const newest = [...media.values()].reverse().slice(0, limit);
      const data = newest.map((item) => pick(params.fields, { id: item.mediaId, caption: item.caption, timestamp: item.timestamp, permalink: item.permalink, media_type: 'IMAGE' }));
      return { status: 200, json: { data } };
    },

    async publishing_limit(params) {
      const limit = { quota_usage: publishedWithin(quotaDuration * 1000), config: { quota_total: quotaTotal, quota_duration: quotaDuration } };
      return { status: 200, json: { data: [pick(params.fields, limit)] } };
    },
  };

  /** Which endpoint a request is for, and the path ids it names. */
  function route(method: string, path: string): { endpoint: FakeEndpoint | 'unknown'; ids: string[] } {
    if (path === '/oauth/authorize' && method === 'GET') return { endpoint: 'authorize', ids: [] };
    if (path === '/oauth/access_token' && method === 'POST') return { endpoint: 'code', ids: [] };
    if (path === '/access_token' && method === 'GET') return { endpoint: 'token_exchange', ids: [] };
    if (path === '/refresh_access_token' && method === 'GET') return { endpoint: 'refresh', ids: [] };
    const [id, edge, ...rest] = path.replace(/^\/v\d+\.\d+/, '').split('/').filter(Boolean);
    if (!id || rest.length) return { endpoint: 'unknown', ids: [] };
    const isUser = id === 'me' || id === igUserId;
    if (!edge && method === 'GET') {
      if (isUser) return { endpoint: 'me', ids: [id] };
      if (media.has(id)) return { endpoint: 'permalink', ids: [id] };
      return { endpoint: 'container_status', ids: [id] };
    }
    if (edge === 'media') return { endpoint: method === 'POST' ? 'container_create' : 'recent_media', ids: [id] };
    if (edge === 'media_publish' && method === 'POST') return { endpoint: 'media_publish', ids: [id] };
    if (edge === 'content_publishing_limit' && method === 'GET') return { endpoint: 'publishing_limit', ids: [id] };
    return { endpoint: 'unknown', ids: [id] };
  }

  const OAUTH_ENDPOINTS = new Set<FakeEndpoint | 'unknown'>(['authorize', 'code', 'token_exchange', 'refresh']);
  const NEEDS_PUBLISH_SCOPE = new Set<FakeEndpoint | 'unknown'>(['container_create', 'media_publish', 'publishing_limit']);

  /** Meta's checks before any graph endpoint runs: the token, the object, the permission. */
  function precheck(endpoint: FakeEndpoint | 'unknown', ids: string[], params: Params): Reply | null {
    if (OAUTH_ENDPOINTS.has(endpoint)) return null;
    if (endpoint === 'unknown') return graphError(400, { code: 2500, message: 'Unknown path components' });
    const token = checkToken(params.access_token);
    if ('status' in token) return token;
    const [id] = ids;
    const known = endpoint === 'container_status' ? containers.has(id!) : endpoint === 'permalink' ? true : id === 'me' || id === igUserId;
    if (!known) return missingObject(id!);
    if (NEEDS_PUBLISH_SCOPE.has(endpoint) && !token.scopes.includes(PUBLISH_SCOPE)) {
      return graphError(403, { code: 10, message: '(#10) Application does not have permission for this action' });
    }
    return null;
  }

  function send(response: ServerResponse, reply: Reply) {
    if (response.destroyed || response.writableEnded) return;
    if (reply.location) {
      response.writeHead(reply.status, { location: reply.location }).end();
      return;
    }
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8' });
    response.end(reply.raw ?? JSON.stringify(reply.json));
  }

  const untilGone = (response: ServerResponse) =>
    new Promise<void>((resolve) => (response.destroyed ? resolve() : response.once('close', () => resolve())));

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    const params = { ...Object.fromEntries(url.searchParams), ...(await readParams(request)) };
    const method = request.method ?? 'GET';
    const { endpoint, ids } = route(method, url.pathname);
    const redacted = { ...params };
    for (const key of ['access_token', 'client_secret']) if (key in redacted) redacted[key] = '[redacted]';
    const token = params.access_token ? (tokens.get(params.access_token)?.label ?? 'unknown') : null;
    const info: FakeRequest = { endpoint, method, path: url.pathname, params: redacted, token };
    requests.push(info);
    const failure = endpoint === 'unknown' ? undefined : failures.get(endpoint)?.shift();
    const hold = endpoint === 'unknown' ? undefined : holds.get(endpoint)?.shift();
    // `arrived` resolves once the request hangs: for 'after', only once the effect has happened,
    // so a test that kills the worker then cannot race the effect.
    if (hold && hold.apply !== 'after') hold.arrived(info);
    if (hold && hold.apply !== 'after' && (await Promise.race([hold.released, closed])) === 'closed') return;
    if (hold?.apply === 'never') return void response.destroy();
    if (failure === 'timeout') return untilGone(response);
    if (failure === 'access_denied') {
      const target = new URL(params.redirect_uri ?? 'http://invalid/');
      for (const [key, value] of Object.entries({ error: 'access_denied', error_reason: 'user_denied', error_description: 'Permissions error', state: params.state ?? '' })) {
        target.searchParams.set(key, value);
      }
      return send(response, { status: 302, location: `${target}#_` });
    }
    let reply = precheck(endpoint, ids, params);
    if (!reply && failure && failure !== 'timeout_after' && failure !== 'container_error') reply = injectedReply(failure, now());
    reply ??= await handlers[endpoint as FakeEndpoint](params, ids, { containerError: failure === 'container_error' });
    if (hold?.apply === 'after') hold.arrived(info);
    if (hold?.apply === 'after' && (await Promise.race([hold.released, closed])) === 'closed') return;
    if (failure === 'timeout_after') return untilGone(response);
    send(response, reply);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, graphError(500, { code: 1, message: `fake failed: ${String(error)}` })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    authorizeUrl: `${baseUrl}/oauth/authorize`,
    apiUrl: baseUrl,
    graphUrl: `${baseUrl}/v23.0`,
    appId, appSecret, igUserId, appScopedUserId, username,
    requests,
    published,
    calls: (endpoint) => requests.filter((request) => request.endpoint === endpoint).length,
    failNext(endpoint, failure, count = 1) {
      if (failure === 'container_error' && endpoint !== 'container_create' && endpoint !== 'container_status') throw new Error('container_error applies to container_create or container_status');
      if (failure === 'access_denied' && endpoint !== 'authorize') throw new Error('access_denied applies to authorize');
      const queue = failures.get(endpoint) ?? [];
      failures.set(endpoint, [...queue, ...Array.from({ length: count }, () => failure)]);
    },
    hold(endpoint, { apply }) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let arrived!: (info: FakeRequest) => void;
      const arrival = new Promise<FakeRequest>((resolve) => (arrived = resolve));
      holds.set(endpoint, [...(holds.get(endpoint) ?? []), { apply, arrived, released }]);
      return { arrived: arrival, release };
    },
    issueToken: (kind = 'long', scopes = DEFAULT_SCOPES) => issueToken(kind, scopes),
    revokeToken(token) {
      const record = tokens.get(token);
      if (record) record.revoked = true;
    },
    revokeAllTokens() {
      for (const record of tokens.values()) record.revoked = true;
    },
    expireToken(token) {
      const record = tokens.get(token);
      if (record) record.expiresAt = now();
    },
    tokenLabel: (token) => tokens.get(token)?.label ?? null,
    container(id) {
      const found = containers.get(id);
      return found && { state: found.state, caption: found.caption, imageUrl: found.imageUrl, message: found.message };
    },
    setClockOffset(ms) {
      clockOffset = ms;
    },
    advanceClock(ms) {
      clockOffset += ms;
    },
    async close() {
      shutdown.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
