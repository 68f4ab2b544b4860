import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeMastodon, type FakeMastodon } from '../../server/test/support/fake-mastodon.js';
import { makeSampleImage } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectMediaComplete, openEditor, readyAndPostNow, uploadMedia } from './support/media-editor.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Mastodon as a person meets it: connect the account with an access token made on its
// instance (a token the instance refuses is named under its field), write an item for
// Mastodon, and post it from the board; it goes out on the fake instance once and the item
// links to the status.

const TITLE = 'Sowing chillies indoors';
let fake: FakeMastodon;
let app: RunningApp;
let browser: TestBrowser;
let dir: string;
let image: string;

beforeAll(async () => {
  fake = await startFakeMastodon();
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ MASTODON_INSTANCE_URL: fake.url }), launchBrowser()], stopStarted);
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-mastodon-'));
  image = path.join(dir, 'seedlings.jpg');
  await makeSampleImage(mediaTools({}), image, { width: 1200, height: 900, colour: '0x3a6a4a' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Mastodon in the browser', () => {
  it('connects with an access token and posts an item there from the board', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await page.getByRole('main').getByRole('link', { name: 'Channels', exact: true }).click();

    // A token the instance does not take is refused under its field.
    await page.getByRole('button', { name: 'Connect Mastodon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Mastodon' });
    await dialog.getByLabel('Access token').fill('x'.repeat(43));
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByText(/did not accept this access token/).waitFor();
    await dialog.getByLabel('Access token').fill(fake.token);
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const channel = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: `@${fake.username}@${fake.host} · Mastodon` });
    await channel.getByText('Active', { exact: true }).waitFor();

    // The draft is rewritten for Mastodon, with an image.
    let form = await openEditor(page, app.url, TITLE);
    await form.getByRole('combobox', { name: 'Platform', exact: true }).click();
    await page.getByRole('option', { name: 'Mastodon', exact: true }).click();
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
    expect(href).toBe(fake.posts[0]!.url);
    expect(fake.posts[0]!.text).toMatch(/^Chillies need a head start/);
    expect(fake.posts[0]!.mediaIds).toHaveLength(1);
    await context.close();
  });
});
