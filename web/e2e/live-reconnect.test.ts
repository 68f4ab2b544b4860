import { afterAll, beforeAll, describe, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('live updates across a server restart', () => {
  it('shows the connection dropping, reconnects by itself and keeps receiving events', async () => {
    const context = await browser.newContext();
    const watcher = await context.newPage();
    const mover = await context.newPage();
    await signUpInBrowser(watcher, app.url);
    await createDemoPersonaInBrowser(watcher);
    await watcher.goto(`${app.url}/dashboard`);
    const live = watcher.getByText('Live', { exact: true });
    await live.waitFor();

    // Down first, and the page says so while it is; a restart alone can be over before the
    // indicator is looked for.
    await app.takeDown();
    await watcher.getByText('Reconnecting…', { exact: true }).waitFor();
    await app.bringBack();
    await live.waitFor();

    // The second tab shares the session (localStorage) and moves an item on the board.
    await mover.goto(`${app.url}/board`);
    const title = 'First harvest: cut-and-come-again lettuce';
    await mover.getByRole('article', { name: title }).getByRole('button', { name: `Open ${title}` }).click();
    await mover.getByRole('dialog', { name: title }).getByRole('button', { name: 'Move to Draft' }).click();

    await watcher.getByRole('list', { name: 'Live feed' }).getByRole('listitem').filter({ hasText: title }).waitFor();
    await context.close();
  });
});
