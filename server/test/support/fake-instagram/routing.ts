import { INSIGHTS_SCOPE, PUBLISH_SCOPE, graphError, missingObject, type Params, type Reply } from './common.js';
import type { FakeState } from './state.js';
import type { FakeEndpoint } from './types.js';

// Which endpoint a request is for, and Meta's checks before any graph endpoint runs.

export function route(state: FakeState, method: string, path: string): { endpoint: FakeEndpoint | 'unknown'; ids: string[] } {
  if (path === '/oauth/authorize' && method === 'GET') return { endpoint: 'authorize', ids: [] };
  if (path === '/oauth/access_token' && method === 'POST') return { endpoint: 'code', ids: [] };
  if (path === '/access_token' && method === 'GET') return { endpoint: 'token_exchange', ids: [] };
  if (path === '/refresh_access_token' && method === 'GET') return { endpoint: 'refresh', ids: [] };
  const [id, edge, ...rest] = path.replace(/^\/v\d+\.\d+/, '').split('/').filter(Boolean);
  if (!id || rest.length) return { endpoint: 'unknown', ids: [] };
  const isUser = id === 'me' || id === state.igUserId;
  if (!edge && method === 'GET') {
    if (isUser) return { endpoint: 'me', ids: [id] };
    if (state.media.has(id)) return { endpoint: 'permalink', ids: [id] };
    return { endpoint: 'container_status', ids: [id] };
  }
  if (edge === 'media') return { endpoint: method === 'POST' ? 'container_create' : 'recent_media', ids: [id] };
  if (edge === 'stories' && method === 'GET') return { endpoint: 'recent_stories', ids: [id] };
  if (edge === 'media_publish' && method === 'POST') return { endpoint: 'media_publish', ids: [id] };
  if (edge === 'content_publishing_limit' && method === 'GET') return { endpoint: 'publishing_limit', ids: [id] };
  if (edge === 'insights' && method === 'GET') return { endpoint: isUser ? 'account_insights' : 'media_insights', ids: [id] };
  return { endpoint: 'unknown', ids: [id] };
}

const OAUTH_ENDPOINTS = new Set<FakeEndpoint | 'unknown'>(['authorize', 'code', 'token_exchange', 'refresh']);
const NEEDS_PUBLISH_SCOPE = new Set<FakeEndpoint | 'unknown'>(['container_create', 'media_publish', 'publishing_limit']);
const NEEDS_INSIGHTS_SCOPE = new Set<FakeEndpoint | 'unknown'>(['media_insights', 'account_insights']);

/** Meta's checks before any graph endpoint runs: the token, the object, the permission. */
export function precheck(state: FakeState, endpoint: FakeEndpoint | 'unknown', ids: string[], params: Params): Reply | null {
  if (OAUTH_ENDPOINTS.has(endpoint)) return null;
  if (endpoint === 'unknown') return graphError(400, { code: 2500, message: 'Unknown path components' });
  const token = state.checkToken(params.access_token);
  if ('status' in token) return token;
  const id = ids[0]!;
  const known =
    endpoint === 'container_status' ? state.containers.has(id)
    : endpoint === 'permalink' ? true
    : endpoint === 'media_insights' ? state.media.has(id)
    : id === 'me' || id === state.igUserId;
  if (!known) return missingObject(id);
  if (NEEDS_PUBLISH_SCOPE.has(endpoint) && !token.scopes.includes(PUBLISH_SCOPE)) {
    return graphError(403, { code: 10, message: '(#10) Application does not have permission for this action' });
  }
  if (NEEDS_INSIGHTS_SCOPE.has(endpoint) && !token.scopes.includes(INSIGHTS_SCOPE)) {
    return graphError(403, { code: 10, message: '(#10) Application does not have permission for this action' });
  }
  return null;
}
