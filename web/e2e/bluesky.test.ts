import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeBluesky, type FakeBluesky } from '../../server/test/support/fake-bluesky.js';
import { makeSampleImage } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectMediaComplete, openEditor, readyAndPostNow, uploadMedia } from './support/media-editor.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Bluesky as a person meets it: connect the account with an app password on the Channels page
// (a wrong one is refused under its field), write an item for Bluesky, and post it from the
// board; it goes out on the fake PDS once and the item links to it.

const TITLE = 'Sowing chillies indoors';
let fake: FakeBluesky;
let app: RunningApp;
let browser: TestBrowser;
let dir: string;
let image: string;

beforeAll(async () => {
  fake = await startFakeBluesky();
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ BLUESKY_SERVICE_URL: fake.url }), launchBrowser()], stopStarted);
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-bluesky-'));
  image = path.join(dir, 'seedlings.jpg');
  await makeSampleImage(mediaTools({}), image, { width: 1200, height: 1200, colour: '0x4a7a3a' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Bluesky in the browser', () => {
  it('connects with an app password and posts an item there from the board', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await page.getByRole('main').getByRole('link', { name: 'Channels', exact: true }).click();

    // The account password is refused before anything is sent, under its field.
    await page.getByRole('button', { name: 'Connect Bluesky' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Bluesky' });
    await dialog.getByRole('textbox', { name: 'Handle' }).fill(fake.handle);
    await dialog.getByLabel('App password').fill('my account password');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByText(/shaped xxxx-xxxx-xxxx-xxxx/).waitFor();
    await dialog.getByLabel('App password').fill(fake.appPassword);
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const channel = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: `@${fake.handle} · Bluesky` });
    await channel.getByText('Active', { exact: true }).waitFor();

    // The draft is rewritten for Bluesky, with an image.
    let form = await openEditor(page, app.url, TITLE);
    await form.getByRole('combobox', { name: 'Platform', exact: true }).click();
    await page.getByRole('option', { name: 'Bluesky', exact: true }).click();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    // Saved, the editor closes.
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
    expect(href).toBe(`https://bsky.app/profile/${fake.handle}/post/${fake.posts[0]!.rkey}`);
    expect(fake.posts[0]!.record.text).toMatch(/^Chillies need a head start/);
    expect(fake.posts[0]!.record.embed!.images).toHaveLength(1);
    await context.close();
  });
});
