import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { makeSampleImage, makeSampleVideo } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { chooseFirstCover, chooseFormat, mediaRows, openEditor, readyAndPostNow, uploadMedia } from './support/media-editor.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Carousels, Reels and Stories composed in the editor as a person does (files uploaded through
// the file picker, videos in chunks; slides reordered with the keyboard; alt text), then
// published on the Sandbox from the board and seen in its feed as the platform shows them.

let app: RunningApp;
let browser: TestBrowser;
let dir: string;
const files = { red: '', green: '', video: '' };

beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ UPLOAD_CHUNK_KB: '64' }), launchBrowser()], stopStarted);
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-media-'));
  files.red = path.join(dir, 'red-door.jpg');
  files.green = path.join(dir, 'green-wall.jpg');
  files.video = path.join(dir, 'morning.mp4');
  const tools = mediaTools({});
  await makeSampleImage(tools, files.red, { width: 1080, height: 1350, colour: '0xcc3333' });
  await makeSampleImage(tools, files.green, { width: 1080, height: 1350, colour: '0x33cc33' });
  await makeSampleVideo(tools, files.video, { width: 360, height: 640, seconds: 4 });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** From the board: Ready, Post now on the Sandbox, then its feed. */
async function readyAndPublish(page: Page, personaId: string, title: string, badge: string) {
  await readyAndPostNow(page, app.url, personaId, title, badge);
  await page.goto(`${app.url}/personas/${personaId}/sandbox`);
}

describe('formats composed in the editor and published on the Sandbox', () => {
  it('composes a carousel (upload, reorder with the keyboard, alt text) and publishes it to swipe through', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    const title = 'Sowing chillies indoors';
    const form = await openEditor(page, app.url, title);
    await chooseFormat(form, 'Carousel');
    await form.getByRole('note', { name: /can go out$/ }).getByText('a carousel needs 2 to 10 images or videos (has 0)').waitFor();
    await uploadMedia(page, form, [files.red, files.video, files.green]);
    await expect.poll(() => mediaRows(form).count(), { timeout: 20_000 }).toBe(3);
    // What a carousel needs is met: the warning is gone.
    await form.getByRole('note', { name: /can go out$/ }).waitFor({ state: 'detached' });

    const idsOf = () => mediaRows(form).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-asset-id')));
    const [red, video, green] = await idsOf();
    // The green wall moves to the front: space to lift, up twice, space to drop.
    // Each key waits for the screen reader announcement of the step before.
    const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'attached' });
    const handle = form.getByRole('button', { name: 'Move media 3 (image)', exact: true });
    // The handles wait while a save is under way.
    await expect.poll(() => handle.getAttribute('aria-disabled')).toBe('false');
    await handle.focus();
    await page.keyboard.press('Space');
    await announced('Media 3 is over position 3.');
    await page.keyboard.press('ArrowUp');
    await announced('Media 3 is over position 2.');
    await page.keyboard.press('ArrowUp');
    await announced('Media 3 is over position 1.');
    await page.keyboard.press('Space');
    // Saved at once, in the new order.
    await expect.poll(idsOf).toEqual([green, red, video]);
    await expect.poll(() => form.getByRole('textbox', { name: 'Alt text of image 1' }).isVisible()).toBe(true);
    const firstAlt = form.getByRole('textbox', { name: 'Alt text of image 1' });
    await firstAlt.fill('A green wall in the morning sun');
    await firstAlt.blur();
    await expect.poll(() => firstAlt.inputValue()).toBe('A green wall in the morning sun');
    await page.keyboard.press('Escape');

    // The board shows it as a carousel of three; ready, it goes out on the Sandbox from there.
    await readyAndPublish(page, personaId, title, 'Carousel · 3');
    const post = page.getByRole('article', { name: title });
    const carousel = post.getByRole('group', { name: 'Carousel of 3' });
    await carousel.waitFor();
    await carousel.getByText('1 / 3').waitFor();
    expect(await carousel.getByRole('group', { name: '1 of 3' }).locator('img').getAttribute('alt')).toBe('A green wall in the morning sun');
    await carousel.getByRole('button', { name: 'Next slide' }).click();
    await carousel.getByText('2 / 3').waitFor();
    await context.close();
  });

  it('makes a Reel from an uploaded video with a cover, and plays it in the feed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    const reelTitle = 'Watering on a schedule vs. by touch';
    const form = await openEditor(page, app.url, reelTitle);
    await chooseFormat(form, 'Reel');
    await form.getByRole('note', { name: /can go out$/ }).getByText('a Reel needs one video (has 0)').waitFor();
    await uploadMedia(page, form, [files.video]);
    await expect.poll(() => mediaRows(form).count(), { timeout: 20_000 }).toBe(1);
    await form.getByRole('note', { name: /can go out$/ }).waitFor({ state: 'detached' });
    // A cover from the library: upload an image into it first, then choose it.
    await page.goto(`${app.url}/assets?persona=${personaId}`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Upload images for/ }).click();
    await (await chooser).setFiles([files.red]);
    await page.getByText('Uploaded 1 image').waitFor();
    const again = await openEditor(page, app.url, reelTitle);
    await chooseFirstCover(page, again);
    await page.keyboard.press('Escape');

    await readyAndPublish(page, personaId, reelTitle, 'Reel');
    const reel = page.getByRole('article', { name: reelTitle });
    const player = reel.locator('video');
    await player.waitFor();
    // The video plays in place: the browser reads its length from the served file.
    await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.duration), { timeout: 10_000 }).toBeGreaterThan(3);
    await context.close();
  });

  it('generates a video for a Story offline, following its progress, and shows the Story with when it goes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    const title = 'Sowing chillies indoors';
    const form = await openEditor(page, app.url, title);
    await chooseFormat(form, 'Story');
    await form.getByRole('button', { name: 'Generate video' }).click();
    // Offline, the run says what it makes; when done the video is the Story's media.
    await expect.poll(() => mediaRows(form).count(), { timeout: 60_000 }).toBe(1);
    expect(await mediaRows(form).first().getByText(/^Video · 0:0\d$/).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await readyAndPublish(page, personaId, title, 'Story');
    const story = page.getByRole('article', { name: title });
    await story.getByText(/^Gone in /).waitFor();
    await story.locator('video').waitFor();
    await context.close();
  });
});
