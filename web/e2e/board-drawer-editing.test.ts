import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from '../../server/node_modules/sharp/lib/index.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, column } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// The board as a place to work: the item's drawer holds the same editor as the content list
// (caption, image, platform, plan, planned time, with its validation and unsaved-changes
// guard), a save shows on the card at once, and a date filter narrows the board across reloads.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

// Days are picked and shown in UTC, the zone the demo persona's items are planned in.
const laptop = { viewport: { width: 1440, height: 900 }, timezoneId: 'UTC' };
const DAY_MS = 24 * 60 * 60 * 1000;

async function openDrawer(page: Page, columnName: string, title: string) {
  await card(page, columnName, title).getByRole('button', { name: `Open ${title}` }).click();
  const drawer = page.getByRole('dialog', { name: title });
  await drawer.getByRole('textbox', { name: 'Caption', exact: true }).waitFor();
  return drawer;
}

/** The name Mantine's calendar gives a day, e.g. "9 December 2026". */
const dayName = (day: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(day);
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

describe('editing on the board', () => {
  it('edits the caption in the drawer with the form’s checks, updates the card, and the Sandbox publishes exactly that', async () => {
    const context = await browser.browser.newContext(laptop);
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);
    const before = 'Which containers actually work';
    const drawer = await openDrawer(page, 'Ready', before);
    const caption = drawer.getByRole('textbox', { name: 'Caption', exact: true });
    expect(await caption.inputValue()).toMatch(/^Terracotta looks great/);

    // Unsaved changes hold the moves back, and the form refuses what the platform would.
    await caption.fill('x'.repeat(2201));
    await expect.poll(() => drawer.getByRole('button', { name: 'Move to Draft' }).isDisabled()).toBe(true);
    await drawer.getByText('Save or discard your changes first.').waitFor();
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await drawer.getByText('At most 2200 characters').waitFor();
    await expect.poll(() => caption.evaluate((element) => element === document.activeElement)).toBe(true);

    // Closing the drawer with unsaved changes asks first.
    await drawer.getByRole('button', { name: 'Close details' }).click();
    const discard = page.getByRole('dialog', { name: 'Discard changes?' });
    await discard.getByRole('button', { name: 'Stay' }).click();
    await discard.waitFor({ state: 'hidden' });
    expect(await caption.inputValue()).toHaveLength(2201);

    const title = 'Containers that work on a balcony';
    const newCaption = 'Fabric pots breathe, terracotta dries fast, plastic holds water. #balconygarden #containers';
    await drawer.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await caption.fill(newCaption);
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Changes saved').waitFor();
    // The card and the drawer's title follow the saved item; the moves are back.
    await card(page, 'Ready', title).waitFor();
    await expect.poll(() => card(page, 'Ready', before).count()).toBe(0);
    const saved = page.getByRole('dialog', { name: title });
    await expect.poll(() => saved.getByRole('button', { name: 'Move to Draft' }).isDisabled()).toBe(false);
    // Hashtags are read from the caption, their one place.
    await saved.getByText('#containers', { exact: true }).waitFor();

    await saved.getByRole('button', { name: 'Publish on a channel…' }).click();
    const schedule = page.getByRole('dialog', { name: `Schedule “${title}” on a channel` });
    await schedule.getByRole('button', { name: 'Post now' }).click();
    await schedule.waitFor({ state: 'hidden' });
    await card(page, 'Posted', title).waitFor({ timeout: 20_000 });

    await page.goto(`${app.url}/personas/${personaId}/sandbox`);
    const post = page.getByRole('article', { name: title });
    await post.waitFor();
    const shown = await post.innerText();
    expect(shown).toContain('Fabric pots breathe, terracotta dries fast, plastic holds water.');
    expect(shown).not.toContain('Terracotta looks great');
    await context.close();
  }, 120_000);

  it('changes the image (generated, uploaded, refused) and the platform in the drawer', async () => {
    const context = await browser.browser.newContext(laptop);
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);

    const windy = 'Balcony wind: what it does to plants';
    expect(await card(page, 'Idea', windy).locator('img').count()).toBe(0);
    let drawer = await openDrawer(page, 'Idea', windy);
    await drawer.getByRole('button', { name: 'Generate image' }).click();
    await drawer.getByRole('button', { name: 'Remove image' }).waitFor();
    await expect.poll(() => card(page, 'Idea', windy).locator('img').count()).toBe(1);
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await drawer.waitFor({ state: 'hidden' });

    const harvest = 'First harvest: cut-and-come-again lettuce';
    drawer = await openDrawer(page, 'Idea', harvest);
    // The server reads the bytes: a page named .png is refused with its reason, nothing attached.
    const fake = Buffer.from('<!doctype html><html><body>not an image</body></html>');
    let chooser = page.waitForEvent('filechooser');
    await drawer.getByRole('button', { name: 'Upload image' }).click();
    await (await chooser).setFiles({ name: 'not-really.png', mimeType: 'image/png', buffer: fake });
    const refusal = drawer.getByRole('alert').filter({ hasText: 'The image could not be uploaded' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/not an image DoppelCart can read/);
    expect(await drawer.getByRole('button', { name: 'Remove image' }).count()).toBe(0);

    const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#6a9955' } }).png().toBuffer();
    chooser = page.waitForEvent('filechooser');
    await drawer.getByRole('button', { name: 'Upload image' }).click();
    await (await chooser).setFiles({ name: 'lettuce.png', mimeType: 'image/png', buffer: png });
    const uploaded = drawer.getByRole('img', { name: 'Uploaded image' });
    await uploaded.waitFor();
    await expect.poll(() => uploaded.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(80);
    await expect.poll(() => card(page, 'Idea', harvest).locator('img').count()).toBe(1);
    await expect.poll(() => refusal.count()).toBe(0);

    // The platform, saved after the image (which moved the item's version on), shows on the card.
    await drawer.getByRole('combobox', { name: 'Platform', exact: true }).click();
    await page.getByRole('option', { name: /^X/ }).click();
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Changes saved').waitFor();
    await card(page, 'Idea', harvest).getByText('@lena.grows · X').waitFor();
    await drawer.getByText('X', { exact: true }).first().waitFor();

    // The other image is in the persona's library now, and can be chosen for this item.
    await drawer.getByRole('button', { name: 'Choose from library' }).click();
    const library = page.getByRole('dialog', { name: 'Choose an image' });
    await library.getByRole('button', { name: 'Uploaded image (shown now)' }).waitFor();
    await expect.poll(() => library.getByRole('button', { name: /^Use / }).count()).toBe(1);
    await library.getByRole('button', { name: /^Use / }).click();
    await expect.poll(() => uploaded.count()).toBe(0);
    await context.close();
  }, 120_000);

  it('narrows the board to planned days and keeps them across a reload; scheduled and posted items are locked', async () => {
    const context = await browser.browser.newContext(laptop);
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);
    await card(page, 'Idea', 'Balcony wind: what it does to plants').waitFor();

    // The demo plans its items one every two days from tomorrow at 17:00 UTC: days 1, 3 and 5
    // (Ready, Ready, Draft) and 7 to 11; days 4 to 8 hold the two drafts.
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const from = new Date(today + 4 * DAY_MS);
    const to = new Date(today + 8 * DAY_MS);
    const filters = page.getByRole('search', { name: 'Filter the board' });
    await filters.getByRole('button', { name: 'Planned or scheduled between' }).click();
    await page.getByRole('button', { name: dayName(from), exact: true }).click();
    if (to.getUTCMonth() !== from.getUTCMonth()) await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: dayName(to), exact: true }).click();
    await page.keyboard.press('Escape');

    const titles = (name: string) => column(page, name).getByRole('article').count();
    await expect.poll(() => titles('Ready')).toBe(0);
    await expect.poll(() => titles('Idea')).toBe(0);
    await card(page, 'Draft', 'Sowing chillies indoors').waitFor();
    await card(page, 'Draft', 'Watering on a schedule vs. by touch').waitFor();
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual([isoDay(from), isoDay(to)]);

    await page.reload();
    await card(page, 'Draft', 'Sowing chillies indoors').waitFor();
    expect(await titles('Ready')).toBe(0);
    expect(await titles('Idea')).toBe(0);

    // A scheduled item goes out as it is: its drawer shows it, with no fields to change.
    await page.goto(`${app.url}/personas/${personaId}/board`);
    const soil = 'Soil first: the 3-bag balcony mix';
    await card(page, 'Ready', soil).getByRole('button', { name: `Open ${soil}` }).click();
    const drawer = page.getByRole('dialog', { name: soil });
    await drawer.getByRole('button', { name: 'Publish on a channel…' }).click();
    const schedule = page.getByRole('dialog', { name: `Schedule “${soil}” on a channel` });
    await schedule.getByRole('button', { name: 'Schedule post' }).click();
    await schedule.waitFor({ state: 'hidden' });
    await card(page, 'Scheduled', soil).waitFor();
    await drawer.getByText('It goes out as it is. Move it back to Ready to change it.').waitFor();
    expect(await drawer.getByRole('textbox', { name: 'Caption', exact: true }).count()).toBe(0);
    await drawer.getByText(/My balcony mix is 1 part compost/).waitFor();
    await context.close();
  }, 120_000);

  it('edits in the full-screen drawer on a 390 px phone, and the switcher follows the status filter', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'UTC' });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);
    const switcher = page.getByRole('radiogroup', { name: 'Status shown' });
    await switcher.getByText('Draft 2').click();

    const title = 'Sowing chillies indoors';
    const drawer = await openDrawer(page, 'Draft', title);
    const box = (await drawer.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(388);
    const renamed = 'Chillies: start them indoors';
    await drawer.getByRole('textbox', { name: 'Title', exact: true }).fill(renamed);
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('dialog', { name: renamed });
    await saved.getByRole('button', { name: 'Move to Ready' }).click();
    await saved.getByText('Ready', { exact: true }).first().waitFor();
    await saved.getByRole('button', { name: 'Close details' }).click();
    await saved.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await switcher.getByText('Ready 3').click();
    await card(page, 'Ready', renamed).waitFor();

    // With only Scheduled and Posted asked for, the switcher offers those and shows the first.
    await page.goto(`${app.url}/personas/${personaId}/board?status=SCHEDULED,POSTED`);
    await page.getByRole('radiogroup', { name: 'Status shown' }).getByText('Scheduled 0').waitFor();
    await column(page, 'Scheduled').getByText('No items').waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Status shown' }).getByRole('radio').count()).toBe(2);
    await context.close();
  }, 120_000);
});
