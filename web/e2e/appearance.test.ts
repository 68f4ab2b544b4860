import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { signUpInBrowser } from './support/session.js';

// Dark mode from the system setting with a remembered choice, initials from letters only, and
// a phone-width header that keeps its controls.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const scheme = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('appearance', () => {
  it('follows a dark system setting, and remembers a chosen scheme from the first paint on', async () => {
    const context = await browser.browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signUpInBrowser(page, app.url, 'Maya (Content Lead)');
    expect(await scheme(page)).toBe('dark');
    expect(await background(page)).toBe('rgb(36, 36, 36)');

    await page.getByRole('button', { name: 'Color scheme' }).click();
    await page.getByRole('menuitem', { name: 'Light' }).click();
    await expect.poll(() => scheme(page)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');

    // The choice is applied by the first script in the page, before the app has loaded.
    await page.route('**/static/**', (route) => route.abort());
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await scheme(page)).toBe('light');
    await page.unroute('**/static/**');
    await context.close();
  });

  it('shows initials from letters only and keeps the header controls on a phone', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signUpInBrowser(page, app.url, 'Maya (Content Lead)');
    await page.goto(`${app.url}/dashboard`);
    const account = page.getByRole('button', { name: 'Account: Maya (Content Lead)' });
    await account.waitFor();
    expect((await account.innerText()).trim()).toBe('MC');
    const live = page.getByRole('banner').getByRole('status');
    await live.getByText('Live', { exact: true }).waitFor();
    for (const control of [account, live, page.getByRole('button', { name: 'Color scheme' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await account.click();
    await page.getByRole('menuitem', { name: 'Profile' }).waitFor();
    await context.close();
  });
});
