import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeInstagram, type FakeInstagram } from '../../server/test/support/fake-instagram.js';
import { instagramSettings } from '../../server/test/support/publishing.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

// Connecting Instagram in a real browser: the app keeps an HttpOnly cookie for the flow when
// it starts, Instagram (a fake speaking its OAuth protocol) sends the browser back, and the
// callback finishes only in the browser holding that cookie. A second browser given the same
// authorization link is refused.

let fake: FakeInstagram;
let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  fake = await startFakeInstagram();
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(instagramSettings(fake)), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
});

describe('connecting Instagram', () => {
  it('connects in the browser that started it, and refuses the same link finished in another browser', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await page.goto(`${app.url}/personas/${personaId}/channels`);

    // Another browser (the victim) is handed the authorization link this flow produces.
    const authorizeUrls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(fake.authorizeUrl)) authorizeUrls.push(request.url());
    });
    await page.getByRole('button', { name: 'Connect Instagram' }).click();
    await page.getByRole('status').filter({ hasText: 'Channel connected' }).waitFor();
    expect(page.url()).toContain(`/personas/${personaId}/channels`);
    await page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: /Instagram/ }).getByText('Active', { exact: true }).waitFor();
    expect(authorizeUrls).toHaveLength(1);

    const victim = await browser.newContext();
    const victimPage = await victim.newPage();
    await victimPage.goto(authorizeUrls[0]!);
    await victimPage.waitForURL(/channelError=/);
    expect(decodeURIComponent(victimPage.url())).toMatch(/started in another browser, or too long ago/);
    await victim.close();
    await context.close();
  });
});
