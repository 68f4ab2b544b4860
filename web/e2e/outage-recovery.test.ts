import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { latencyBudget } from '../../server/test/support/latency-budget.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { signUpInBrowser } from './support/session.js';
import { copyWebBuild, type WebBuildCopy } from './support/web-build-copy.js';

// The app serves a copy of the built web app, so a test can deploy a "new build" under a tab
// that still runs the old one.
let webBuild: WebBuildCopy;
let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  webBuild = await copyWebBuild();
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>(
    [startBuiltApp({ WEB_DIST_DIR: webBuild.dir }), launchBrowser()],
    stopStarted,
  );
});
// A failed outage test must not leave the server down for the next one.
afterEach(async () => {
  if (!app.isUp()) await app.bringBack();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await webBuild?.remove();
});

/** A mark in the page's memory: gone if the page reloaded. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
const wasReloaded = (page: Page) => page.evaluate(() => !('notReloaded' in window));

/** Counts the documents the page loads from now on (a reload is one). */
function countLoads(page: Page) {
  const loads = { count: 0 };
  page.on('load', () => (loads.count += 1));
  return loads;
}

// The content list's code is not loaded before the test opens it (sign-up lands on the personas).
const openContent = (page: Page) => page.getByRole('navigation').getByRole('link', { name: 'Content', exact: true }).click();
const contentHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Content' });
const waitingForServer = (page: Page) => page.getByRole('status').filter({ hasText: 'Waiting for the server' });

describe('a short outage', () => {
  it('opens a page asked for while the server was down once it is back, without a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await markPage(page);

    await app.takeDown();
    await openContent(page);
    await waitingForServer(page).waitFor();
    expect(await page.getByText('This page crashed').count()).toBe(0);

    await app.bringBack();
    await contentHeading(page).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/content');
    await expect.poll(() => waitingForServer(page).count()).toBe(0);
    expect(await wasReloaded(page)).toBe(false);
    await context.close();
  });

  it('shows Live again within moments of the server coming back after an outage longer than the backoff', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await page.goto(`${app.url}/dashboard`);
    const live = page.getByRole('status').filter({ hasText: /^Live$/ });
    await live.waitFor();

    // Every WebSocket the page opens from here on is a reconnection attempt.
    let socketsOpened = 0;
    page.on('websocket', () => (socketsOpened += 1));
    await app.takeDown();
    await page.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    // Four failed attempts (about 15 s): graphql-ws's own backoff now waits 15 s before the next.
    await expect.poll(() => socketsOpened, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(4);

    await app.bringBack();
    const back = Date.now();
    await live.waitFor({ timeout: 20_000 });
    expect(Date.now() - back).toBeLessThan(latencyBudget(5_000));
    await context.close();
  });
});

describe('a new build deployed under an open tab', () => {
  it('reloads once into the new build when the old page code is gone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const loads = countLoads(page);

    await webBuild.deployNewBuild();
    await openContent(page);
    await contentHeading(page).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/content');
    expect(loads.count).toBe(1);
    await context.close();
  });

  it('reloads at most once when the new build lacks the page too', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const loads = countLoads(page);

    await webBuild.deployNewBuild({ without: /ContentListRoute-/ });
    await openContent(page);
    const failure = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await failure.waitFor({ timeout: 15_000 });
    await failure.getByRole('button', { name: 'Reload the page' }).waitFor();
    expect(loads.count).toBe(1);
    // The rest of the app still works, and the page does not reload itself again.
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(loads.count).toBe(1);
    await context.close();
  });

  it('reloads at most once when the server keeps announcing a build the page never gets', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    // A stale cache in front of the server: it announces a build whose code never arrives.
    await page.route('**/healthz', (route) => route.fulfill({ json: { status: 'ok', build: 'never-arrives' } }));
    await page.route(/\/static\/[\w-]*ContentListRoute-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const loads = countLoads(page);

    await openContent(page);
    await page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).waitFor({ timeout: 15_000 });
    expect(loads.count).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/content');
    await context.close();
  });
});
