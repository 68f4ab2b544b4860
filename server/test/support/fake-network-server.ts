import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// What every fake network shares: an HTTP server on 127.0.0.1 that names each request's
// endpoint, counts calls, injects failures (a 5xx, a 429 with its reset headers, or the answer
// lost after the effect happened) and holds a request mid-flight (after its effect, or
// without it ever happening) so a test can kill or race the publisher at that step. Each fake
// brings its endpoints and their rules.

export type NetworkFailure = 'server_error' | 'rate_limit' | 'timeout_after';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sends the browser elsewhere (a consent page's answer). */
  redirect?: string;
  /** The body as written, for JSON that JSON.stringify cannot produce (64-bit numbers). */
  raw?: string;
}

export interface FakeNetworkServer<E extends string> {
  url: string;
  calls(endpoint: E): number;
  failNext(endpoint: E, failure: NetworkFailure, count?: number): void;
  /** Holds the next request to `endpoint` ('after': once its effect happened; 'never': without it); resolves `arrived` then, drops the answer on `release`. */
  hold(endpoint: E, options?: { apply: 'after' | 'never' }): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readForm(request: IncomingMessage): Promise<FormData> {
  return new Response(new Uint8Array(await readBody(request)), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
}

export async function readJson<T>(request: IncomingMessage): Promise<T> {
  return JSON.parse((await readBody(request)).toString() || '{}') as T;
}

export async function startFakeNetworkServer<E extends string>(spec: {
  endpointOf(method: string, path: string): E | null;
  handle(endpoint: E, request: IncomingMessage, url: URL): Promise<Reply>;
  /** The network's answer to a failure it was told to inject. */
  failureReply(failure: 'server_error' | 'rate_limit'): Reply;
}): Promise<FakeNetworkServer<E>> {
  const requests: E[] = [];
  const failures = new Map<E, NetworkFailure[]>();
  const holds = new Map<E, Array<{ apply: 'after' | 'never'; arrived: () => void; released: Promise<void> }>>();
  const open = new Set<ServerResponse>();
  const releases: Array<() => void> = [];

  const server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const url = new URL(request.url ?? '/', 'http://fake');
    const endpoint = spec.endpointOf(request.method ?? 'GET', url.pathname);
    void (async () => {
      if (!endpoint) return void response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
      requests.push(endpoint);
      const failure = failures.get(endpoint)?.shift();
      const held = holds.get(endpoint)?.shift();
      if (held?.apply === 'never') {
        held.arrived();
        await held.released;
        return void response.destroy();
      }
      const reply = failure === 'server_error' || failure === 'rate_limit' ? spec.failureReply(failure) : await spec.handle(endpoint, request, url);
      if (held) {
        held.arrived();
        await held.released;
        return void response.destroy();
      }
      if (failure === 'timeout_after') return void response.destroy(); // the effect happened; the answer is lost
      if (reply.redirect) return void response.writeHead(302, { location: reply.redirect }).end();
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    })().catch((caught: unknown) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(caught) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: (endpoint) => requests.filter((request) => request === endpoint).length,
    failNext(endpoint, failure, count = 1) {
      failures.set(endpoint, [...(failures.get(endpoint) ?? []), ...Array.from({ length: count }, () => failure)]);
    },
    hold(endpoint, { apply } = { apply: 'after' }) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      releases.push(release);
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      holds.set(endpoint, [...(holds.get(endpoint) ?? []), { apply, arrived, released }]);
      return { arrived: arrival, release };
    },
    async close() {
      for (const release of releases) release();
      for (const response of open) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
