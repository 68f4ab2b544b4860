import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeInstagram, type FakeInstagram, type PublishedMedia } from '../../server/test/support/fake-instagram.js';
import { instagramSettings } from '../../server/test/support/publishing.js';
import { makeSampleImage, makeSampleVideo } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { chooseFirstCover, chooseFormat, expectMediaComplete, openEditor, readyAndPostNow, uploadMedia } from './support/media-editor.js';
import { connectInstagramInBrowser } from './support/publishing.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Each format composed in the editor and published on Instagram from the board, as a person
// does, against the fake Graph API that enforces each format's rules (children then parent,
// video processing, media types) and fetches every file from the app as Meta does. The board
// shows the item Posted and its details link to the post on Instagram.

const TITLE = 'Sowing chillies indoors';
let fake: FakeInstagram;
let app: RunningApp;
let browser: TestBrowser;
let dir: string;
const files = { red: '', green: '', tall: '', video: '' };

beforeAll(async () => {
  fake = await startFakeInstagram({ videoPolls: 2, quotaTotal: 1000 });
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>(
    [startBuiltApp({ ...instagramSettings(fake), INSTAGRAM_CONTAINER_POLL_MS: '50', UPLOAD_CHUNK_KB: '64' }), launchBrowser()],
    stopStarted,
  );
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-instagram-formats-'));
  Object.assign(files, {
    red: path.join(dir, 'red-door.jpg'),
    green: path.join(dir, 'green-wall.jpg'),
    tall: path.join(dir, 'tall-window.jpg'),
    video: path.join(dir, 'morning.mp4'),
  });
  const tools = mediaTools({});
  await makeSampleImage(tools, files.red, { width: 1080, height: 1350, colour: '0xcc3333' });
  await makeSampleImage(tools, files.green, { width: 1080, height: 1350, colour: '0x33cc33' });
  await makeSampleImage(tools, files.tall, { width: 1080, height: 1920, colour: '0x3333cc' });
  await makeSampleVideo(tools, files.video, { width: 360, height: 640, seconds: 4 });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A new account with the demo persona connected to Instagram; its first draft opened in the editor. */
async function draftOnInstagram(page: Page) {
  await signUpInBrowser(page, app.url);
  const personaId = await createDemoPersonaInBrowser(page);
  await connectInstagramInBrowser(page);
  return { personaId, form: await openEditor(page, app.url, TITLE) };
}

/** Posted on the board, and the item's details link to what Instagram published (found by the caption sent). */
async function expectPublishedOnInstagram(page: Page, product: 'FEED' | 'REELS' | 'STORY'): Promise<PublishedMedia> {
  await card(page, 'Posted', TITLE).getByRole('button', { name: `Open ${TITLE}` }).click();
  const details = page.getByRole('dialog', { name: TITLE });
  const link = details.getByRole('list', { name: 'Posts by channel' }).getByRole('link', { name: 'View post' });
  const href = await link.getAttribute('href');
  const published = fake.published.filter((media) => media.permalink === href);
  expect(published, `one ${product} at ${href}`).toHaveLength(1);
  expect(published[0]!.productType).toBe(product);
  return published[0]!;
}

describe('each format published on Instagram from the SPA', () => {
  it('publishes a carousel of two images and a video, slides in order', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { personaId, form } = await draftOnInstagram(page);
    await chooseFormat(form, 'Carousel');
    await uploadMedia(page, form, [files.red, files.video, files.green]);
    await expectMediaComplete(form, 3);
    await page.keyboard.press('Escape');
    await readyAndPostNow(page, app.url, personaId, TITLE, 'Carousel · 3');
    const published = await expectPublishedOnInstagram(page, 'FEED');
    expect(published.mediaType).toBe('CAROUSEL_ALBUM');
    expect(published.children!.map((child) => child.mediaType)).toEqual(['IMAGE', 'VIDEO', 'IMAGE']);
    await context.close();
  });

  it('publishes a Reel with its cover, shared to the feed, once the video has processed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { personaId, form } = await draftOnInstagram(page);
    await chooseFormat(form, 'Reel');
    await uploadMedia(page, form, [files.video]);
    await expectMediaComplete(form, 1);
    // The cover is one of the persona's images: one uploaded to the library, chosen in the editor.
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}/assets?persona=${personaId}`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Upload images for/ }).click();
    await (await chooser).setFiles([files.red]);
    await page.getByText('Uploaded 1 image').waitFor();
    await chooseFirstCover(page, await openEditor(page, app.url, TITLE));
    await page.keyboard.press('Escape');
    await readyAndPostNow(page, app.url, personaId, TITLE, 'Reel');
    const published = await expectPublishedOnInstagram(page, 'REELS');
    expect(published.mediaType).toBe('VIDEO');
    expect(published.coverUrl).toBeTruthy();
    await context.close();
  });

  it('publishes a Story from a tall image', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { personaId, form } = await draftOnInstagram(page);
    await chooseFormat(form, 'Story');
    await uploadMedia(page, form, [files.tall]);
    await expectMediaComplete(form, 1);
    await page.keyboard.press('Escape');
    await readyAndPostNow(page, app.url, personaId, TITLE, 'Story');
    const published = await expectPublishedOnInstagram(page, 'STORY');
    expect(published.mediaType).toBe('IMAGE');
    await context.close();
  });
});
