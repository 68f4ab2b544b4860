import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SCOPES, graphError, injectedReply, readParams, type Handler, type Reply } from './fake-instagram/common.js';
import { insightsHandlers } from './fake-instagram/insights-handlers.js';
import { mediaHandlers, seedMedia } from './fake-instagram/media-handlers.js';
import { oauthHandlers } from './fake-instagram/oauth-handlers.js';
import { precheck, route } from './fake-instagram/routing.js';
import { createState } from './fake-instagram/state.js';
import type { FakeEndpoint, FakeFailure, FakeInstagram, FakeInstagramOptions, FakeRequest } from './fake-instagram/types.js';

export type {
  ContainerState, FakeEndpoint, FakeFailure, FakeInstagram, FakeInstagramOptions, FakeMediaMetric, FakeMetricValues,
  FakeRequest, HeldRequest, PublishedMedia,
} from './fake-instagram/types.js';
export { derivedMediaInsights } from './fake-instagram/insights-handlers.js';

// A stand-in for Instagram (API with Instagram Login) on 127.0.0.1: the OAuth dialog, the
// token endpoints, the Graph endpoints for single-image publishing and insights, behaving as
// Meta documents them (instagram.md). One base URL serves as authorizeUrl, apiUrl and graphUrl.
// It keeps real state (codes, tokens, containers, media, the rolling quota) on a clock tests
// can move, fetches image_url itself as Meta does, and lets tests inject failures and hold
// requests mid-flight to simulate crashes. It never sleeps and leaves no timer behind.
// The handlers live in ./fake-instagram/ (oauth, media, insights); this file serves them.

export async function startFakeInstagram(options: FakeInstagramOptions = {}): Promise<FakeInstagram> {
  const state = createState(options);
  const { appId, appSecret, igUserId, appScopedUserId, username, tokens, shutdown } = state;
  const requests: FakeRequest[] = [];
  const failures = new Map<FakeEndpoint, FakeFailure[]>();
  const holds = new Map<FakeEndpoint, Array<{ apply: 'before' | 'after' | 'never'; arrived: (info: FakeRequest) => void; released: Promise<void>; skip: number }>>();
  /** The hold for this request, once the requests it lets through first have passed. */
  const nextHold = (endpoint: FakeEndpoint) => {
    const pending = holds.get(endpoint)?.[0];
    if (!pending) return undefined;
    if (pending.skip > 0) {
      pending.skip -= 1;
      return undefined;
    }
    return holds.get(endpoint)!.shift();
  };
  const closed = new Promise<'closed'>((resolve) => shutdown.signal.addEventListener('abort', () => resolve('closed')));
  const handlers: Record<FakeEndpoint, Handler> = { ...oauthHandlers(state), ...mediaHandlers(state), ...insightsHandlers(state) };

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
    const { endpoint, ids } = route(state, method, url.pathname);
    const redacted = { ...params };
    for (const key of ['access_token', 'client_secret']) if (key in redacted) redacted[key] = '[redacted]';
    const token = params.access_token ? (tokens.get(params.access_token)?.label ?? 'unknown') : null;
    const info: FakeRequest = { endpoint, method, path: url.pathname, params: redacted, token };
    requests.push(info);
    const failure = endpoint === 'unknown' ? undefined : failures.get(endpoint)?.shift();
    const hold = endpoint === 'unknown' ? undefined : nextHold(endpoint);
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
    let reply = precheck(state, endpoint, ids, params);
    if (!reply && failure && failure !== 'timeout_after' && failure !== 'container_error') reply = injectedReply(failure, state.now());
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
  const { insights } = state;

  return {
    baseUrl,
    authorizeUrl: `${baseUrl}/oauth/authorize`,
    apiUrl: baseUrl,
    graphUrl: `${baseUrl}/v23.0`,
    appId, appSecret, igUserId, appScopedUserId, username,
    requests,
    published: state.published,
    calls: (endpoint) => requests.filter((request) => request.endpoint === endpoint).length,
    failNext(endpoint, failure, count = 1) {
      if (failure === 'container_error' && endpoint !== 'container_create' && endpoint !== 'container_status') throw new Error('container_error applies to container_create or container_status');
      if (failure === 'access_denied' && endpoint !== 'authorize') throw new Error('access_denied applies to authorize');
      const queue = failures.get(endpoint) ?? [];
      failures.set(endpoint, [...queue, ...Array.from({ length: count }, () => failure)]);
    },
    hold(endpoint, { apply, skip = 0 }) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let arrived!: (info: FakeRequest) => void;
      const arrival = new Promise<FakeRequest>((resolve) => (arrived = resolve));
      holds.set(endpoint, [...(holds.get(endpoint) ?? []), { apply, arrived, released, skip }]);
      return { arrived: arrival, release };
    },
    issueToken: (kind = 'long', scopes = DEFAULT_SCOPES) => state.issueToken(kind, scopes),
    revokeToken(token) {
      const record = tokens.get(token);
      if (record) record.revoked = true;
    },
    revokeAllTokens() {
      for (const record of tokens.values()) record.revoked = true;
    },
    expireToken(token) {
      const record = tokens.get(token);
      if (record) record.expiresAt = state.now();
    },
    tokenLabel: (token) => tokens.get(token)?.label ?? null,
    container(id) {
      const found = state.containers.get(id);
      return found && { state: found.state, caption: found.caption, imageUrl: found.imageUrl, message: found.message, mediaType: found.mediaType, children: found.children };
    },
    setClockOffset: state.setClockOffset,
    advanceClock: state.advanceClock,
    seedMedia: (input) => seedMedia(state, input),
    setInsights(mediaId, values) {
      insights.media.set(mediaId, { ...insights.media.get(mediaId), ...values });
    },
    unsupportedMetric(objectId, metric) {
      insights.unsupported.set(objectId, new Set([...(insights.unsupported.get(objectId) ?? []), metric]));
    },
    lagInsights(mediaId, lagging = true) {
      if (lagging) insights.lagging.add(mediaId);
      else insights.lagging.delete(mediaId);
    },
    setFollowers(count) {
      insights.followers = count;
    },
    setSmallAccount(small) {
      insights.smallAccount = small;
    },
    setAccountInsights(values) {
      insights.account = { ...insights.account, ...values };
    },
    async close() {
      shutdown.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The settings that point the app (or a worker) at a fake Instagram. */
export function instagramSettings(fake: { appId: string; appSecret: string; authorizeUrl: string; apiUrl: string; graphUrl: string }) {
  return {
    INSTAGRAM_APP_ID: fake.appId,
    INSTAGRAM_APP_SECRET: fake.appSecret,
    INSTAGRAM_AUTHORIZE_URL: fake.authorizeUrl,
    INSTAGRAM_API_URL: fake.apiUrl,
    INSTAGRAM_GRAPH_URL: fake.graphUrl,
  };
}
