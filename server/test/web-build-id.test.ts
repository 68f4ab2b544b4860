import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

// Open pages compare the build they run with the one /healthz announces, to tell a deploy
// (reload into the new build) from an outage (wait for the server).
let distDir: string;
let server: TestServer;
beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'doppelcart-web-dist-'));
  server = await startTestServer({ WEB_DIST_DIR: distDir });
});
afterAll(async () => {
  await server?.close();
  await rm(distDir, { recursive: true, force: true });
});

const indexHtml = (build: string) =>
  `<!doctype html><html><head><meta name="doppelcart-build" content="${build}"><title>DoppelCart</title></head><body></body></html>`;

async function writeIndex(html: string, modified: Date) {
  const file = path.join(distDir, 'index.html');
  await writeFile(file, html);
  // Two writes within the clock's resolution must still count as a change.
  await utimes(file, modified, modified);
}

async function health() {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return response.json();
}

describe('GET /healthz announces the web build it serves', () => {
  it('says there is none before the web app is built', async () => {
    expect(await health()).toEqual({ status: 'ok', build: null });
  });

  it('announces the id stamped into index.html, and a new one as soon as the files are replaced', async () => {
    await writeIndex(indexHtml('first-build'), new Date(Date.now() - 60_000));
    expect(await health()).toEqual({ status: 'ok', build: 'first-build' });
    expect(await health()).toEqual({ status: 'ok', build: 'first-build' });

    await writeIndex(indexHtml('second-build'), new Date());
    expect(await health()).toEqual({ status: 'ok', build: 'second-build' });
  });

  it('announces no build for an index.html without an id', async () => {
    await writeIndex('<!doctype html><html><head><title>Other</title></head></html>', new Date(Date.now() + 60_000));
    expect(await health()).toEqual({ status: 'ok', build: null });
  });
});
