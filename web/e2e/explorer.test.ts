import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ GRAPHQL_DOCUMENTS: 'signed-in' }), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('GraphQL explorer', () => {
  // GRAPHQL_DOCUMENTS=signed-in: the app's pages send hashes, a signed-in developer any document.
  it('runs a query as the signed-in user, with no network beyond the app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !/^(data|blob):/.test(request.url())) outside.push(request.url());
    });
    const { email } = await signUpInBrowser(page, app.url);
    await page.goto(`${app.url}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').waitFor();
    const response = page.waitForResponse((res) => res.url().endsWith('/graphql') && res.request().method() === 'POST' && (res.request().postData() ?? '').includes('viewer'));
    // Run the example query the explorer opens with (Ctrl-Enter in the operation editor).
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+Enter');
    const body = await (await response).json();
    expect(body.data.viewer.email).toBe(email);
    // The response pane wraps long lines; compare without whitespace.
    await expect.poll(async () => (await page.locator('.graphiql-response').innerText()).replace(/\s/g, '')).toContain(`"email":"${email}"`);
    expect(outside).toEqual([]);
    await context.close();
  });
});
