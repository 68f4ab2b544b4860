import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeX, type FakeX } from '../../server/test/support/fake-x.js';
import { makeSampleImage } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectMediaComplete, openEditor, readyAndPostNow, uploadMedia } from './support/media-editor.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';
import { startTogether, stopStarted } from './support/start-together.js';

// X as a person meets it: "Connect X" leaves for X's consent page (the fake approves at once)
// and comes back connected; an item rewritten for X is posted from the board, goes out once
// with its image, and links to the post.

const TITLE = 'Sowing chillies indoors';
let fake: FakeX;
let app: RunningApp;
let browser: TestBrowser;
let dir: string;
let image: string;

beforeAll(async () => {
  fake = await startFakeX();
  const settings = { X_CLIENT_ID: fake.clientId, X_CLIENT_SECRET: fake.clientSecret, X_AUTHORIZE_URL: `${fake.url}/i/oauth2/authorize`, X_API_URL: fake.url };
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(settings), launchBrowser()], stopStarted);
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-x-'));
  image = path.join(dir, 'seedlings.jpg');
  await makeSampleImage(mediaTools({}), image, { width: 1200, height: 900, colour: '0x3a6a4a' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('X in the browser', () => {
  it("connects through X's consent page and posts an item there from the board", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await page.goto(`${app.url}/personas/${personaId}/channels`);

    await page.getByRole('button', { name: 'Connect X' }).click();
    await page.getByRole('status').filter({ hasText: 'X is connected' }).waitFor();
    const channel = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: `@${fake.username} · X` });
    await channel.getByText('Active', { exact: true }).waitFor();

    let form = await openEditor(page, app.url, TITLE);
    await form.getByRole('combobox', { name: 'Platform', exact: true }).click();
    await page.getByRole('option', { name: 'X', exact: true }).click();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    form = await openEditor(page, app.url, TITLE);
    await uploadMedia(page, form, [image]);
    await expectMediaComplete(form, 1);
    await page.keyboard.press('Escape');

    await readyAndPostNow(page, app.url, personaId, TITLE, null);
    await card(page, 'Posted', TITLE).getByRole('button', { name: `Open ${TITLE}` }).click();
    const details = page.getByRole('dialog', { name: TITLE });
    const href = await details.getByRole('list', { name: 'Posts by channel' }).getByRole('link', { name: 'View post' }).getAttribute('href');
    expect(fake.posts).toHaveLength(1);
    expect(href).toBe(`https://x.com/${fake.username}/status/${fake.posts[0]!.id}`);
    expect(fake.posts[0]!.text).toMatch(/^Chillies need a head start/);
    expect(fake.posts[0]!.mediaIds).toHaveLength(1);
    await context.close();
  });
});
