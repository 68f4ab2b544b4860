import { kindOfStatus, NetworkError } from './network-error.js';

// One call to a network's REST API with a bearer token, with fetch: a timeout on every call, no
// redirects followed (a token is never sent anywhere else), the answer's JSON, and an answer
// that is not a success turned into a NetworkError with the network's own words.

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: FormData;
  body?: Uint8Array;
  headers?: Record<string, string>;
}

export interface ApiAnswer<T> {
  status: number;
  headers: Headers;
  body: T;
  /** The answer as sent, for numbers JSON.parse cannot hold (64-bit ids). */
  text: string;
}

export interface JsonApi {
  baseUrl: string;
  accessToken: string;
  timeoutMs: number;
  /** The network's name, for messages. */
  network: string;
  /** The network's words from an error body, when it has any. */
  describe(body: unknown): string | null;
  /** Overrides the usual reading of a status. */
  kindOf?(status: number, body: unknown): ReturnType<typeof kindOfStatus>;
}

function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** A 429's reset time from the usual headers (Retry-After seconds, or X's epoch seconds). */
function retryAt(headers: Headers): Date | null {
  const after = Number(headers.get('retry-after'));
  if (Number.isFinite(after) && after > 0) return new Date(Date.now() + after * 1000);
  const reset = Number(headers.get('x-rate-limit-reset'));
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  return null;
}

export async function callApi<T>(api: JsonApi, request: ApiRequest): Promise<ApiAnswer<T>> {
  // Relative to the base with its path (https://api.linkedin.com/rest + posts), whatever the slashes.
  const url = new URL(request.path.replace(/^\//, ''), api.baseUrl.endsWith('/') ? api.baseUrl : `${api.baseUrl}/`);
  for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${api.accessToken}`,
        accept: 'application/json',
        ...(request.json !== undefined && { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body: request.form ?? (request.json !== undefined ? JSON.stringify(request.json) : request.body && new Blob([new Uint8Array(request.body)])),
      redirect: 'error',
      signal: AbortSignal.timeout(api.timeoutMs),
    });
  } catch (error) {
    throw new NetworkError(`${api.network} could not be reached (${error instanceof Error ? error.message : String(error)})`, 'transient');
  }
  const text = await response.text();
  const body = parsed(text);
  if (!response.ok) {
    const kind = api.kindOf?.(response.status, body) ?? kindOfStatus(response.status);
    throw new NetworkError(api.describe(body) ?? `HTTP ${response.status}`, kind, response.status, kind === 'rate_limit' ? retryAt(response.headers) : null);
  }
  return { status: response.status, headers: response.headers, body: body as T, text };
}
