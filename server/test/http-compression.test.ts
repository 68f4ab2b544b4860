import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

// The web build writes brotli and gzip copies of its files (web/build/precompress.ts); the
// server sends them to clients that take them, and compresses API answers over 1 KB itself.

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word-${i}`))};\n`;
const page = `<!doctype html><html><head><meta name="doppelcart-build" content="b1"><title>DoppelCart</title></head><body>${'<div>app</div>'.repeat(200)}</body></html>`;
// An image is compressed already: the build writes no copies, and the server sends it as it is.
const image = randomBytes(4096);

let distDir: string;
let server: TestServer;
beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'doppelcart-web-dist-'));
  await mkdir(path.join(distDir, 'static'));
  const files: Array<[string, string]> = [
    ['index.html', page],
    ['static/app-abc123.js', script],
  ];
  for (const [name, text] of files) {
    await writeFile(path.join(distDir, name), text);
    await writeFile(path.join(distDir, `${name}.br`), zlib.brotliCompressSync(text));
    await writeFile(path.join(distDir, `${name}.gz`), zlib.gzipSync(text));
  }
  await writeFile(path.join(distDir, 'static/photo-abc123.png'), image);
  server = await startTestServer({ WEB_DIST_DIR: distDir });
});
afterAll(async () => {
  await server?.close();
  await rm(distDir, { recursive: true, force: true });
});

/** A request whose answer is read as sent (fetch would decompress it). */
function raw(pathname: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(`${server.url}${pathname}`, { method: body ? 'POST' : 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const decode = (encoding: string | undefined, body: Buffer) =>
  (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body).toString();

describe('the web app\'s files', () => {
  it('go out as brotli to a browser that takes it, even listed after gzip, cached for good', async () => {
    const response = await raw('/static/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.length).toBeLessThan(script.length / 3);
    expect(decode('br', response.body)).toBe(script);
  });

  it('go out as gzip to a client that takes only gzip, and as they are to one that takes neither', async () => {
    const gzip = await raw('/static/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode('gzip', gzip.body)).toBe(script);

    const plain = await raw('/static/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(script);

    const refusesBrotli = await raw('/static/app-abc123.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refusesBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('serve a page\'s index.html compressed and revalidated on every load, so a deploy shows at once', async () => {
    const response = await raw('/personas/some-id/board', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(decode('br', response.body)).toBe(page);
  });

  it('send a file the build did not compress as it is, and refuse a file that does not exist or lies outside', async () => {
    const response = await raw('/static/photo-abc123.png', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(image)).toBe(true);
    expect((await raw('/static/missing-abc123.js', { 'accept-encoding': 'br' })).status).toBe(404);
    expect([403, 404]).toContain((await raw('/static/..%2f..%2fetc%2fpasswd', { 'accept-encoding': 'br' })).status);
  });
});

describe('API answers', () => {
  const post = (query: string, encoding: string) =>
    raw('/graphql', { 'content-type': 'application/json', 'accept-encoding': encoding }, JSON.stringify({ query }));

  it('are compressed above 1 KB when the client takes it', async () => {
    const response = await post('{ __schema { types { name description } } }', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const text = decode('br', response.body);
    expect(text.length).toBeGreaterThan(1024);
    expect(response.body.length).toBeLessThan(text.length / 2);
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(10);

    const gzip = await post('{ __schema { types { name description } } }', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode('gzip', gzip.body)).toBe(text);
  });

  it('are sent as they are below 1 KB, where compressing saves nothing', async () => {
    const response = await post('{ __typename }', 'gzip, br');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
