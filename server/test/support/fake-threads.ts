import type { IncomingMessage } from 'node:http';
import { startFakeNetworkServer, type FakeNetworkServer, type Reply } from './fake-network-server.js';
import { createFakeOAuth } from './fake-oauth.js';

// Threads on 127.0.0.1 speaking its API (v1.0) as documented, for the real connector: Meta's
// OAuth (a one-hour token from the code, traded for a 60-day one, renewed by th_refresh_token),
// media containers made from public URLs (fetched, as Threads does: the URL must serve an image
// or video), IN_PROGRESS for a few checks then FINISHED, carousels of 2 to 20 item containers,
// publishing a container once (a second time is refused), 500 characters of text, the
// account's posts, insights.

export type ThreadsEndpoint = 'authorize' | 'token' | 'exchange' | 'refresh' | 'me' | 'create_container' | 'publish' | 'object' | 'user_posts' | 'insights' | 'user_insights';

export interface ThreadsPostRecord {
  id: string;
  text: string;
  mediaType: string;
  children: number;
  altTexts: string[];
}

export interface FakeThreads extends Omit<FakeNetworkServer<ThreadsEndpoint>, 'close'> {
  appId: string;
  appSecret: string;
  userId: string;
  username: string;
  posts: ThreadsPostRecord[];
  refreshes(): number;
  expireAccessTokens(): void;
  revokeAccess(): void;
  setInsights(postId: string, values: Record<string, number>): void;
  close(): Promise<void>;
}

const error = (status: number, message: string, code = 100): Reply => ({ status, body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'A1b2C3' } } });

export async function startFakeThreads(options: { processingPolls?: number } = {}): Promise<FakeThreads> {
  const oauth = createFakeOAuth({ clientAuth: 'body', pkce: false, accessTtlSeconds: 3600, refreshTokens: false, rotateRefreshTokens: false, scope: 'threads_basic,threads_content_publish,threads_manage_insights' });
  const userId = '25811200000000001';
  const username = 'lena.threads';
  let nextId = 17_900_000_000_000_000n;
  const id = () => String((nextId += 1n));
  const containers = new Map<string, { mediaType: string; text: string; children: string[]; carouselItem: boolean; alt: string; pollsLeft: number; publishedAs: string | null }>();
  const posts: ThreadsPostRecord[] = [];
  const insights = new Map<string, Record<string, number>>();

  async function fetchable(url: string | null, kind: 'image' | 'video'): Promise<string | null> {
    if (!url) return `${kind}_url is required`;
    try {
      const response = await fetch(url);
      const type = response.headers.get('content-type') ?? '';
      await response.arrayBuffer();
      if (!response.ok) return `the media at ${kind}_url could not be fetched (HTTP ${response.status})`;
      if (!type.startsWith(`${kind}/`)) return `the media at ${kind}_url is ${type}, not an ${kind}`;
      return null;
    } catch {
      return `the media at ${kind}_url could not be fetched`;
    }
  }

  async function createContainer(url: URL): Promise<Reply> {
    const q = url.searchParams;
    const mediaType = q.get('media_type') ?? '';
    const text = q.get('text') ?? '';
    if ([...text].length > 500) return error(400, 'The text is longer than 500 characters');
    const carouselItem = q.get('is_carousel_item') === 'true';
    let children: string[] = [];
    if (mediaType === 'IMAGE' || mediaType === 'VIDEO') {
      const problem = await fetchable(q.get(mediaType === 'IMAGE' ? 'image_url' : 'video_url'), mediaType === 'IMAGE' ? 'image' : 'video');
      if (problem) return error(400, problem);
    } else if (mediaType === 'CAROUSEL') {
      children = (q.get('children') ?? '').split(',').filter(Boolean);
      if (children.length < 2 || children.length > 20) return error(400, 'A carousel takes 2 to 20 items');
      if (children.some((child) => containers.get(child)?.carouselItem !== true || containers.get(child)!.pollsLeft > 0)) return error(400, 'A carousel item is not a finished carousel item container');
    } else if (mediaType !== 'TEXT') {
      return error(400, `media_type ${mediaType} is not supported`);
    }
    const created = id();
    const pollsLeft = mediaType === 'VIDEO' ? (options.processingPolls ?? 2) : 0;
    containers.set(created, { mediaType, text, children, carouselItem, alt: q.get('alt_text') ?? '', pollsLeft, publishedAs: null });
    return { status: 200, body: { id: created } };
  }

  async function handle(endpoint: ThreadsEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (endpoint === 'authorize') return oauth.authorize(url);
    if (endpoint === 'token') return oauth.token(request);
    const token = url.searchParams.get('access_token') ?? '';
    if (endpoint === 'exchange') {
      if (url.searchParams.get('grant_type') !== 'th_exchange_token' || url.searchParams.get('client_secret') !== oauth.clientSecret) return error(400, 'Invalid exchange');
      return oauth.trade(token, 5_184_000, false);
    }
    if (endpoint === 'refresh') {
      if (url.searchParams.get('grant_type') !== 'th_refresh_token') return error(400, 'Invalid grant_type');
      return oauth.trade(token, 5_184_000, true);
    }
    if (!oauth.authorized(request)) return error(400, 'Error validating access token: Session has expired', 190);
    const parts = url.pathname.split('/').slice(2);
    switch (endpoint) {
      case 'me':
        return { status: 200, body: { id: userId, username } };
      case 'create_container':
        return createContainer(url);
      case 'publish': {
        const container = containers.get(url.searchParams.get('creation_id') ?? '');
        if (!container) return error(400, 'The container does not exist');
        if (container.publishedAs) return error(400, 'The media has already been published', 24);
        if (container.pollsLeft > 0) return error(400, 'The media is not ready to be published', 9007);
        const postId = id();
        container.publishedAs = postId;
        const altTexts = container.children.length ? container.children.map((child) => containers.get(child)!.alt) : [container.alt];
        posts.push({ id: postId, text: container.text, mediaType: container.mediaType, children: container.children.length, altTexts });
        return { status: 200, body: { id: postId } };
      }
      case 'object': {
        const container = containers.get(parts[0]!);
        if (container) {
          if (container.pollsLeft > 0) {
            container.pollsLeft -= 1;
            return { status: 200, body: { id: parts[0], status: 'IN_PROGRESS' } };
          }
          return { status: 200, body: { id: parts[0], status: container.publishedAs ? 'PUBLISHED' : 'FINISHED' } };
        }
        const post = posts.find((entry) => entry.id === parts[0]);
        if (!post) return error(404, 'Unsupported get request. Object does not exist', 100);
        return { status: 200, body: { id: post.id, text: post.text, permalink: `https://www.threads.net/@${username}/post/${post.id}` } };
      }
      case 'user_posts':
        return { status: 200, body: { data: [...posts].reverse().map((post) => ({ id: post.id, text: post.text, permalink: `https://www.threads.net/@${username}/post/${post.id}`, timestamp: new Date().toISOString() })) } };
      case 'insights': {
        const post = posts.find((entry) => entry.id === parts[0]);
        if (!post) return error(404, 'Object does not exist', 100);
        const values = insights.get(post.id) ?? {};
        const metrics = (url.searchParams.get('metric') ?? '').split(',');
        return { status: 200, body: { data: metrics.map((name) => ({ name, period: 'lifetime', values: [{ value: values[name] ?? 0 }] })) } };
      }
      case 'user_insights':
        return { status: 200, body: { data: [{ name: 'followers_count', period: 'day', total_value: { value: 777 } }] } };
    }
  }

  const server = await startFakeNetworkServer<ThreadsEndpoint>({
    endpointOf(method, path) {
      if (method === 'GET' && path === '/oauth/authorize') return 'authorize';
      if (method === 'POST' && path === '/oauth/access_token') return 'token';
      if (method === 'GET' && path === '/access_token') return 'exchange';
      if (method === 'GET' && path === '/refresh_access_token') return 'refresh';
      if (method === 'GET' && path === '/v1.0/me') return 'me';
      if (method === 'POST' && /^\/v1\.0\/\d+\/threads$/.test(path)) return 'create_container';
      if (method === 'POST' && /^\/v1\.0\/\d+\/threads_publish$/.test(path)) return 'publish';
      if (method === 'GET' && /^\/v1\.0\/\d+\/threads$/.test(path)) return 'user_posts';
      if (method === 'GET' && /^\/v1\.0\/\d+\/insights$/.test(path)) return 'insights';
      if (method === 'GET' && /^\/v1\.0\/\d+\/threads_insights$/.test(path)) return 'user_insights';
      if (method === 'GET' && /^\/v1\.0\/\d+$/.test(path)) return 'object';
      return null;
    },
    handle,
    failureReply: (failure) => (failure === 'rate_limit' ? error(400, 'Application request limit reached', 4) : error(500, 'An unknown error occurred', 1)),
  });

  return {
    ...server,
    appId: oauth.clientId,
    appSecret: oauth.clientSecret,
    userId,
    username,
    posts,
    refreshes: oauth.refreshes,
    expireAccessTokens: oauth.expireAccessTokens,
    revokeAccess: oauth.revokeAccess,
    setInsights(postId, values) {
      insights.set(postId, values);
    },
  };
}
