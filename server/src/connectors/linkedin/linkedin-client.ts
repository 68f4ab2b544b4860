import { callApi, type ApiRequest, type JsonApi } from '../http/json-api.js';
import { NetworkError, type NetworkErrorKind } from '../http/network-error.js';

// LinkedIn's versioned REST API as DoppelCart uses it (docs/networks/linkedin.md), with fetch:
// there is no well-kept JavaScript client for the Posts API. Every /rest call carries the
// LinkedIn-Version month and Rest.li protocol 2.0 (URNs in paths and queries URL-encoded).

export interface LinkedInPost {
  id: string;
  commentary?: string;
  createdAt?: number;
}

export type LinkedInVideoStatus = 'WAITING_UPLOAD' | 'PROCESSING' | 'AVAILABLE' | 'PROCESSING_FAILED';

function describe(body: unknown): string | null {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : null;
}

/** A 403 is a refusal of this request (no permission for that author), not a lost token. */
function kindOf(status: number): NetworkErrorKind {
  if (status === 401) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}

/** The post a 422 "Content is a duplicate of urn:li:share:…" names, or null. */
export function duplicateOf(error: NetworkError): string | null {
  if (error.status !== 422) return null;
  return /duplicate of (urn:li:(?:share|ugcPost):\d+)/i.exec(error.message)?.[1] ?? null;
}

export class LinkedInClient {
  private readonly api: JsonApi;

  constructor(
    apiUrl: string,
    accessToken: string,
    timeoutMs: number,
    private readonly version: string,
  ) {
    this.api = { baseUrl: apiUrl, accessToken, timeoutMs, network: 'LinkedIn', describe, kindOf };
  }

  private rest<T>(request: ApiRequest) {
    return callApi<T>(this.api, { ...request, headers: { 'linkedin-version': this.version, 'x-restli-protocol-version': '2.0.0', ...request.headers } });
  }

  /** The member (OpenID Connect userinfo): `sub` is the person id of their URN. */
  async me(): Promise<{ sub: string; name: string }> {
    return (await callApi<{ sub: string; name: string }>(this.api, { method: 'GET', path: 'v2/userinfo' })).body;
  }

  /** The organisations the member administers (approved), as URNs. */
  async administeredOrganizations(): Promise<string[]> {
    const query = { q: 'roleAssignee', role: 'ADMINISTRATOR', state: 'APPROVED' };
    const { body } = await this.rest<{ elements?: Array<{ organization: string }> }>({ method: 'GET', path: 'rest/organizationAcls', query });
    return (body.elements ?? []).map((element) => element.organization);
  }

  async organizationName(urn: string): Promise<string> {
    const id = urn.split(':').pop()!;
    const { body } = await this.rest<{ localizedName?: string }>({ method: 'GET', path: `rest/organizations/${encodeURIComponent(id)}` });
    return body.localizedName ?? urn;
  }

  /** Uploads an image for `owner`; its URN is what a post attaches. */
  async uploadImage(owner: string, bytes: Buffer): Promise<string> {
    const json = { initializeUploadRequest: { owner } };
    const { body } = await this.rest<{ value: { uploadUrl: string; image: string } }>({ method: 'POST', path: 'rest/images', query: { action: 'initializeUpload' }, json });
    await this.put(body.value.uploadUrl, bytes);
    return body.value.image;
  }

  /** Uploads a video in the parts LinkedIn asks for and finalises it; LinkedIn processes it afterwards. */
  async uploadVideo(owner: string, bytes: Buffer): Promise<string> {
    const json = { initializeUploadRequest: { owner, fileSizeBytes: bytes.length, uploadCaptions: false, uploadThumbnail: false } };
    const { body } = await this.rest<{ value: { video: string; uploadToken: string; uploadInstructions: Array<{ uploadUrl: string; firstByte: number; lastByte: number }> } }>({
      method: 'POST',
      path: 'rest/videos',
      query: { action: 'initializeUpload' },
      json,
    });
    const partIds: string[] = [];
    for (const part of body.value.uploadInstructions) partIds.push(await this.put(part.uploadUrl, bytes.subarray(part.firstByte, part.lastByte + 1)));
    const finalize = { finalizeUploadRequest: { video: body.value.video, uploadToken: body.value.uploadToken, uploadedPartIds: partIds } };
    await this.rest({ method: 'POST', path: 'rest/videos', query: { action: 'finalizeUpload' }, json: finalize });
    return body.value.video;
  }

  async videoStatus(urn: string): Promise<LinkedInVideoStatus> {
    return (await this.rest<{ status: LinkedInVideoStatus }>({ method: 'GET', path: `rest/videos/${encodeURIComponent(urn)}` })).body.status;
  }

  /** PUTs bytes to an upload URL LinkedIn gave (on LinkedIn's own hosts only: the token goes with them); returns the part's ETag. */
  private async put(uploadUrl: string, bytes: Buffer): Promise<string> {
    const target = new URL(uploadUrl);
    const api = new URL(this.api.baseUrl);
    if (target.host !== api.host && !target.hostname.endsWith('.linkedin.com')) throw new NetworkError(`LinkedIn gave an upload address off its hosts (${target.host})`, 'permanent');
    const answer = await callApi(this.api, { method: 'PUT', path: target.toString(), body: bytes, headers: { 'content-type': 'application/octet-stream' } });
    return answer.headers.get('etag') ?? '';
  }

  /** Creates a post; its URN comes back in the x-restli-id header. */
  async createPost(post: { author: string; commentary: string; content?: unknown }): Promise<string> {
    const json = {
      author: post.author,
      commentary: post.commentary,
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      ...(post.content !== undefined && { content: post.content }),
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    };
    const answer = await this.rest({ method: 'POST', path: 'rest/posts', json });
    const urn = answer.headers.get('x-restli-id');
    if (!urn) throw new NetworkError('LinkedIn created the post without saying its id', 'transient');
    return urn;
  }

  /** The author's latest posts (newest first): where a lost post is looked for. */
  async postsBy(author: string): Promise<LinkedInPost[]> {
    const { body } = await this.rest<{ elements?: LinkedInPost[] }>({ method: 'GET', path: 'rest/posts', query: { author, q: 'author', count: 20, sortBy: 'CREATED' } });
    return body.elements ?? [];
  }

  async socialActions(urn: string): Promise<{ likes: number; comments: number }> {
    const { body } = await this.rest<{ likesSummary?: { totalLikes?: number }; commentsSummary?: { aggregatedTotalComments?: number } }>({
      method: 'GET',
      path: `rest/socialActions/${encodeURIComponent(urn)}`,
    });
    return { likes: body.likesSummary?.totalLikes ?? 0, comments: body.commentsSummary?.aggregatedTotalComments ?? 0 };
  }

  async organizationFollowers(urn: string): Promise<number> {
    const { body } = await this.rest<{ firstDegreeSize: number }>({ method: 'GET', path: `rest/networkSizes/${encodeURIComponent(urn)}`, query: { edgeType: 'COMPANY_FOLLOWED_BY_MEMBER' } });
    return body.firstDegreeSize;
  }
}
