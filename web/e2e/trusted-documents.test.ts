import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

// The app as `npm start` serves it, set to run only its own documents: every page works, every
// operation travels as a hash (HTTP and socket), and the code arrives compressed.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Operation = { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };

describe('trusted documents in the browser', () => {
  it('signs up, opens a persona and its board live, sending hashes only, with compressed code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const operations: Operation[] = [];
    const scripts: Array<{ url: string; encoding: string | undefined; bytes: number }> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(request.postDataJSON() as Operation);
    });
    page.on('response', (response) => {
      if (/\/static\/.*\.js$/.test(response.url())) {
        // Bytes as sent: the compressed size, or the file's own when it went out as it is.
        const headers = response.headers();
        scripts.push({ url: response.url(), encoding: headers['content-encoding'], bytes: Number(headers['content-length']) });
      }
    });
    let subscribed: () => void;
    const firstSubscription = new Promise<void>((resolve) => {
      subscribed = resolve;
    });
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { type: string; payload?: Operation };
        if (message.type !== 'subscribe') return;
        operations.push(message.payload!);
        subscribed();
      });
    });

    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await page.goto(`${app.url}/personas/${personaId}/board`);
    await page.getByRole('region', { name: 'Idea' }).waitFor();
    // The socket (and its code) comes with the page's first subscription.
    await firstSubscription;

    const subscriptions = operations.filter((operation) => operation.query?.trimStart().startsWith('subscription'));
    expect(operations.length).toBeGreaterThan(4);
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const operation of operations) {
      expect(operation.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // Over HTTP the text stays home; the socket sends it too (graphql-ws always does), and the
    // server runs the manifest's text for the hash.
    expect(operations.filter((operation) => !subscriptions.includes(operation) && operation.query !== undefined)).toEqual([]);
    // Files under 1 KB are not worth compressing (the build leaves them as they are).
    expect(scripts.filter((script) => script.encoding === 'br').length).toBeGreaterThan(3);
    expect(scripts.filter((script) => script.encoding !== 'br' && !(script.bytes <= 1024))).toEqual([]);
    await context.close();
  });
});
