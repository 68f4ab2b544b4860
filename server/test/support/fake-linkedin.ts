import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody, readJson, startFakeNetworkServer, type FakeNetworkServer, type Reply } from './fake-network-server.js';
import { createFakeOAuth } from './fake-oauth.js';

// LinkedIn on 127.0.0.1 speaking its versioned REST API as documented, for the real connector:
// OAuth 2.0 (client secret in the form, 60-day tokens, refresh tokens that keep working),
// OpenID userinfo, organisation roles, image uploads (initializeUpload, then a PUT to the
// upload URL), video uploads in parts with ETags, finalize and processing, posts with LinkedIn's
// checks (a LinkedIn-Version header, 3,000 characters of commentary, an author the token may
// post as, uploaded media, 422 for a duplicate naming the post it repeats), the author's posts,
// social actions and an organisation's followers.

export type LinkedInEndpoint =
  | 'authorize'
  | 'token'
  | 'userinfo'
  | 'organization_acls'
  | 'organization'
  | 'images_initialize'
  | 'videos_initialize'
  | 'videos_finalize'
  | 'video'
  | 'upload'
  | 'create_post'
  | 'posts_by_author'
  | 'social_actions'
  | 'network_size';

export interface LinkedInPostRecord {
  urn: string;
  author: string;
  commentary: string;
  content: unknown;
}

export interface FakeLinkedIn extends Omit<FakeNetworkServer<LinkedInEndpoint>, 'close'> {
  clientId: string;
  clientSecret: string;
  memberName: string;
  memberUrn: string;
  organizationUrn: string;
  posts: LinkedInPostRecord[];
  refreshes(): number;
  expireAccessTokens(): void;
  revokeAccess(): void;
  setLikes(urn: string, likes: number, comments: number): void;
  /** The author's posts list lags behind (as LinkedIn's can): new posts do not show in it. */
  setListingLags(lags: boolean): void;
  close(): Promise<void>;
}

const error = (status: number, message: string, code = 'ERROR'): Reply => ({ status, body: { status, serviceErrorCode: 0, code, message } });

export async function startFakeLinkedIn(options: { videoPolls?: number } = {}): Promise<FakeLinkedIn> {
  const oauth = createFakeOAuth({ clientAuth: 'body', pkce: false, accessTtlSeconds: 5_184_000, refreshTokens: true, rotateRefreshTokens: false, scope: 'openid,profile,w_member_social' });
  const memberId = 'aB3dE5fG7h';
  const memberUrn = `urn:li:person:${memberId}`;
  const organizationUrn = 'urn:li:organization:5515715';
  let nextId = 7_000_000_000_000_000_000n;
  const id = () => String((nextId += 1n));
  const images = new Map<string, { uploaded: boolean }>();
  const videos = new Map<string, { parts: number; received: string[]; finalized: boolean; pollsLeft: number }>();
  const uploads = new Map<string, { kind: 'image' | 'video'; urn: string; part: number }>();
  const posts: LinkedInPostRecord[] = [];
  const social = new Map<string, { likes: number; comments: number }>();
  let base = '';
  let listingLags = false;

  function uploadUrl(kind: 'image' | 'video', urn: string, part = 0) {
    const key = randomBytes(8).toString('hex');
    uploads.set(key, { kind, urn, part });
    return `${base}/dms-uploads/${key}`;
  }

  const mayPostAs = (author: string) => author === memberUrn || author === organizationUrn;

  async function createPost(request: IncomingMessage): Promise<Reply> {
    const body = await readJson<{ author?: string; commentary?: string; content?: { media?: { id: string }; multiImage?: { images: Array<{ id: string }> } }; lifecycleState?: string }>(request);
    if (!body.author || !mayPostAs(body.author)) return error(403, `Not enough permissions to create a post as ${body.author}`, 'ACCESS_DENIED');
    const commentary = body.commentary ?? '';
    if ([...commentary].length > 3000) return error(422, 'commentary is longer than 3000 characters', 'UNPROCESSABLE_ENTITY');
    const media = body.content?.media ? [body.content.media.id] : (body.content?.multiImage?.images ?? []).map((image) => image.id);
    for (const urn of media) {
      const ready = urn.startsWith('urn:li:image:') ? images.get(urn)?.uploaded : videos.get(urn)?.finalized && videos.get(urn)!.pollsLeft === 0;
      if (!ready) return error(422, `${urn} is not uploaded or not processed`, 'UNPROCESSABLE_ENTITY');
    }
    const duplicate = posts.find((post) => post.author === body.author && post.commentary === commentary);
    if (duplicate) return error(422, `Content is a duplicate of ${duplicate.urn}`, 'DUPLICATE_POST');
    const urn = `urn:li:share:${id()}`;
    posts.push({ urn, author: body.author, commentary, content: body.content ?? null });
    return { status: 201, body: undefined, headers: { 'x-restli-id': urn } };
  }

  async function handle(endpoint: LinkedInEndpoint, request: IncomingMessage, url: URL): Promise<Reply> {
    if (endpoint === 'authorize') return oauth.authorize(url);
    if (endpoint === 'token') return oauth.token(request);
    if (!oauth.authorized(request)) return error(401, 'Invalid access token', 'EXPIRED_ACCESS_TOKEN');
    if (endpoint !== 'userinfo' && endpoint !== 'upload' && !/^\d{6}$/.test(String(request.headers['linkedin-version'] ?? ''))) {
      return error(400, 'A version must be present. Please specify a version by adding the LinkedIn-Version header.', 'VERSION_MISSING');
    }
    const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    switch (endpoint) {
      case 'userinfo':
        return { status: 200, body: { sub: memberId, name: 'Lena Fern', given_name: 'Lena', family_name: 'Fern', email_verified: true } };
      case 'organization_acls':
        return { status: 200, body: { elements: [{ organization: organizationUrn, role: 'ADMINISTRATOR', state: 'APPROVED', roleAssignee: memberUrn }] } };
      case 'organization':
        return { status: 200, body: { id: Number(last), localizedName: 'Fern Balcony Gardens', vanityName: 'fern-balcony' } };
      case 'images_initialize': {
        const body = await readJson<{ initializeUploadRequest?: { owner?: string } }>(request);
        if (!mayPostAs(body.initializeUploadRequest?.owner ?? '')) return error(403, 'Not enough permissions for this owner', 'ACCESS_DENIED');
        const urn = `urn:li:image:C4D${id()}`;
        images.set(urn, { uploaded: false });
        return { status: 200, body: { value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: uploadUrl('image', urn), image: urn } } };
      }
      case 'videos_initialize': {
        const body = await readJson<{ initializeUploadRequest?: { owner?: string; fileSizeBytes?: number } }>(request);
        const size = body.initializeUploadRequest?.fileSizeBytes ?? 0;
        if (!size) return error(422, 'fileSizeBytes is required', 'UNPROCESSABLE_ENTITY');
        const urn = `urn:li:video:C5F${id()}`;
        // LinkedIn splits uploads in 4 MB parts.
        const partSize = 4 * 1024 * 1024;
        const parts = Math.ceil(size / partSize);
        videos.set(urn, { parts, received: [], finalized: false, pollsLeft: options.videoPolls ?? 1 });
        const uploadInstructions = Array.from({ length: parts }, (_, part) => ({ uploadUrl: uploadUrl('video', urn, part), firstByte: part * partSize, lastByte: Math.min(size, (part + 1) * partSize) - 1 }));
        return { status: 200, body: { value: { video: urn, uploadToken: '', uploadInstructions, uploadUrlsExpireAt: Date.now() + 86_400_000 } } };
      }
      case 'upload': {
        const target = uploads.get(last);
        if (!target) return error(404, 'upload URL is unknown');
        const bytes = await readBody(request);
        if (!bytes.length) return error(400, 'empty upload');
        if (target.kind === 'image') images.get(target.urn)!.uploaded = true;
        const etag = `etag-${target.part}-${bytes.length}`;
        if (target.kind === 'video') videos.get(target.urn)!.received[target.part] = etag;
        return { status: 201, body: undefined, headers: { etag } };
      }
      case 'videos_finalize': {
        const body = await readJson<{ finalizeUploadRequest?: { video?: string; uploadedPartIds?: string[] } }>(request);
        const video = videos.get(body.finalizeUploadRequest?.video ?? '');
        if (!video) return error(404, 'video is unknown');
        const parts = body.finalizeUploadRequest?.uploadedPartIds ?? [];
        if (parts.length !== video.parts || parts.some((part, index) => part !== video.received[index])) return error(400, 'uploadedPartIds do not match the parts uploaded');
        video.finalized = true;
        return { status: 200, body: undefined };
      }
      case 'video': {
        const video = videos.get(last);
        if (!video) return error(404, 'video is unknown');
        if (!video.finalized) return { status: 200, body: { id: last, status: 'WAITING_UPLOAD' } };
        if (video.pollsLeft > 0) {
          video.pollsLeft -= 1;
          return { status: 200, body: { id: last, status: 'PROCESSING' } };
        }
        return { status: 200, body: { id: last, status: 'AVAILABLE' } };
      }
      case 'create_post':
        return createPost(request);
      case 'posts_by_author': {
        const author = url.searchParams.get('author') ?? '';
        const found = posts.filter((post) => post.author === author && !listingLags).reverse().slice(0, Number(url.searchParams.get('count') ?? 10));
        return { status: 200, body: { elements: found.map((post) => ({ id: post.urn, author: post.author, commentary: post.commentary, createdAt: Date.now() })) } };
      }
      case 'social_actions': {
        if (!posts.some((post) => post.urn === last)) return error(404, 'Not found');
        const counts = social.get(last) ?? { likes: 0, comments: 0 };
        return { status: 200, body: { likesSummary: { totalLikes: counts.likes }, commentsSummary: { aggregatedTotalComments: counts.comments } } };
      }
      case 'network_size':
        return { status: 200, body: { firstDegreeSize: 2_048 } };
    }
  }

  const server = await startFakeNetworkServer<LinkedInEndpoint>({
    endpointOf(method, path) {
      if (method === 'GET' && path === '/oauth/v2/authorization') return 'authorize';
      if (method === 'POST' && path === '/oauth/v2/accessToken') return 'token';
      if (method === 'GET' && path === '/v2/userinfo') return 'userinfo';
      if (method === 'GET' && path === '/rest/organizationAcls') return 'organization_acls';
      if (method === 'GET' && /^\/rest\/organizations\/\d+$/.test(path)) return 'organization';
      if (method === 'POST' && path === '/rest/images') return 'images_initialize';
      if (method === 'POST' && path === '/rest/videos') return 'videos_initialize';
      if (method === 'GET' && path.startsWith('/rest/videos/')) return 'video';
      if (method === 'PUT' && path.startsWith('/dms-uploads/')) return 'upload';
      if (method === 'POST' && path === '/rest/posts') return 'create_post';
      if (method === 'GET' && path === '/rest/posts') return 'posts_by_author';
      if (method === 'GET' && path.startsWith('/rest/socialActions/')) return 'social_actions';
      if (method === 'GET' && path.startsWith('/rest/networkSizes/')) return 'network_size';
      return null;
    },
    async handle(endpoint, request, url) {
      // One path, two actions: ?action=initializeUpload or ?action=finalizeUpload.
      if (endpoint === 'videos_initialize' && url.searchParams.get('action') === 'finalizeUpload') return handle('videos_finalize', request, url);
      return handle(endpoint, request, url);
    },
    failureReply: (failure) => (failure === 'rate_limit' ? { ...error(429, 'Resource level throttle limit exceeded', 'TOO_MANY_REQUESTS'), headers: { 'retry-after': '2' } } : error(503, 'Service Unavailable')),
  });
  base = server.url;

  return {
    ...server,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    memberName: 'Lena Fern',
    memberUrn,
    organizationUrn,
    posts,
    refreshes: oauth.refreshes,
    expireAccessTokens: oauth.expireAccessTokens,
    revokeAccess: oauth.revokeAccess,
    setLikes(urn, likes, comments) {
      social.set(urn, { likes, comments });
    },
    setListingLags(lags) {
      listingLags = lags;
    },
  };
}
