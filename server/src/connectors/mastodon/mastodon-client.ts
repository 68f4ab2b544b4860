// Mastodon's REST API as DoppelCart uses it (docs/networks/mastodon.md), with fetch: each call
// has a timeout, and an answer that is not a success becomes a MastodonError whose kind says
// what to do next (auth: the token is gone; permanent: the instance refused the post as it is;
// rate_limit and transient: try again later).

export type MastodonErrorKind = 'auth' | 'permanent' | 'rate_limit' | 'transient';

export class MastodonError extends Error {
  constructor(
    message: string,
    readonly kind: MastodonErrorKind,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'MastodonError';
  }
}

export interface MastodonAccount {
  id: string;
  username: string;
  acct: string;
  url: string;
  followers_count: number;
}

export interface MastodonMedia {
  id: string;
  type: string;
  /** Null while the instance is still processing the file. */
  url: string | null;
}

export interface MastodonStatus {
  id: string;
  url: string | null;
  uri: string;
  created_at: string;
  favourites_count: number;
  reblogs_count: number;
  replies_count: number;
}

/** The answer's JSON; null when it has none (an HTML error page from a proxy, say). */
function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function kindOf(status: number): MastodonErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}

export class MastodonClient {
  constructor(
    private readonly instanceUrl: string,
    private readonly accessToken: string,
    private readonly timeoutMs: number,
  ) {}

  private async call<T>(method: string, path: string, options: { json?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T }> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.instanceUrl), {
        method,
        headers: {
          authorization: `Bearer ${this.accessToken}`,
          accept: 'application/json',
          ...(options.json !== undefined && { 'content-type': 'application/json' }),
          ...options.headers,
        },
        body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new MastodonError(`Mastodon could not be reached (${error instanceof Error ? error.message : String(error)})`, 'transient');
    }
    const text = await response.text();
    const body = parsed(text);
    if (!response.ok) {
      const said = (body as { error?: unknown } | null)?.error;
      throw new MastodonError(typeof said === 'string' ? said : `HTTP ${response.status}`, kindOf(response.status), response.status);
    }
    return { status: response.status, body: body as T };
  }

  async verifyCredentials(): Promise<MastodonAccount> {
    return (await this.call<MastodonAccount>('GET', '/api/v1/accounts/verify_credentials')).body;
  }

  /** Uploads a file with its alt text; the answer's url is null while the instance processes it (202). */
  async uploadMedia(bytes: Buffer, mimeType: string, description: string): Promise<MastodonMedia> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: mimeType }), mimeType.startsWith('video/') ? 'video.mp4' : 'image.jpg');
    if (description) form.append('description', description.slice(0, 1500));
    return (await this.call<MastodonMedia>('POST', '/api/v2/media', { form })).body;
  }

  /** A media attachment as it is now (206 while processing, with url null). */
  async media(id: string): Promise<MastodonMedia> {
    return (await this.call<MastodonMedia>('GET', `/api/v1/media/${encodeURIComponent(id)}`)).body;
  }

  /**
   * Creates a public status. The idempotency key makes a repeat within the hour Mastodon keeps
   * keys return the status already made instead of a second one.
   */
  async createStatus(text: string, mediaIds: readonly string[], idempotencyKey: string): Promise<MastodonStatus> {
    const json = { status: text, media_ids: mediaIds, visibility: 'public' };
    return (await this.call<MastodonStatus>('POST', '/api/v1/statuses', { json, headers: { 'idempotency-key': idempotencyKey } })).body;
  }

  async status(id: string): Promise<MastodonStatus> {
    return (await this.call<MastodonStatus>('GET', `/api/v1/statuses/${encodeURIComponent(id)}`)).body;
  }
}

export function mastodonError(error: unknown, during: string): MastodonError {
  if (error instanceof MastodonError) return error;
  return new MastodonError(`${during}: ${error instanceof Error ? error.message : String(error)}`, 'transient');
}
