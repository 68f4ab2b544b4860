import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithKeyboard } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// A channel's posting schedule set on the Channels page, an item added to the queue from the
// schedule dialog, and the Instagram grid, where dragging a post reorders when posts go out.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const soil = 'Soil first: the 3-bag balcony mix';

/** The grid's tiles, top left first, by their accessible names ("title · Planned 10 Dec 2026, 17:00"). */
const tileLabels = (page: Page) =>
  page
    .getByRole('list', { name: 'Instagram grid' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.firstElementChild!.getAttribute('aria-label')!));

describe('posting schedules, the queue and the Instagram grid', () => {
  it('sets a channel’s weekly times and adds an item to the next free one', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    const sandbox = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: /Sandbox/ });
    expect(await sandbox.getByText('Posting schedule:').locator('..').innerText()).toBe('Posting schedule: No posting schedule');

    await sandbox.getByRole('button', { name: 'Set schedule' }).click();
    const editor = page.getByRole('dialog', { name: /^Posting schedule · / });
    await editor.getByLabel('Time of day').fill('10:30');
    // Weekdays are picked to begin with; the weekend joins them.
    await editor.getByText('Sat', { exact: true }).click();
    await editor.getByText('Sun', { exact: true }).click();
    await expect.poll(() => editor.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(true);
    await editor.getByRole('button', { name: 'Add time' }).click();
    const times = editor.getByRole('table', { name: 'Weekly posting times' });
    await times.getByRole('row', { name: /^Sunday/ }).getByText('10:30').waitFor();
    await editor.getByRole('button', { name: 'Remove Monday 10:30' }).click();
    expect(await times.getByRole('row', { name: /^Monday/ }).innerText()).toMatch(/Monday\s+No times/);
    await editor.getByRole('button', { name: 'Save schedule' }).click();
    await editor.waitFor({ state: 'hidden' });
    await sandbox.getByText('Posting schedule: Tue, Wed, Thu, Fri, Sat, Sun · 10:30').waitFor();
    const nextSlot = (await sandbox.getByText(/^Next free slot: /).innerText()).replace('Next free slot: ', '');
    expect(nextSlot).toMatch(/10:30$/);

    // From the board: the schedule dialog says where the queue puts the post, and puts it there.
    await page.goto(`${app.url}/personas/${personaId}/board`);
    await card(page, 'Ready', soil).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    await dragWithKeyboard(page, soil, { from: 'Ready', to: 'Scheduled', steps: 1 });
    const dialog = page.getByRole('dialog', { name: `Schedule “${soil}” on a channel` });
    await dialog.getByText(`Next free slot in the queue: ${nextSlot}`).waitFor();
    await dialog.getByRole('button', { name: 'Add to queue' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(page, 'Scheduled', soil).getByText(nextSlot).waitFor();

    // The slot is taken now: the channel's next free one moves on.
    await page.goto(`${app.url}/personas/${personaId}/channels`);
    await expect.poll(async () => (await sandbox.getByText(/^Next free slot: /).innerText()).replace('Next free slot: ', '')).not.toBe(nextSlot);
    await context.close();
  });

  it('shows upcoming posts latest first and reorders them by drag and drop', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}`);
    await page.getByRole('main').getByRole('link', { name: 'Instagram grid' }).click();
    await page.getByRole('heading', { name: /Instagram grid/ }).waitFor();
    await page.getByRole('list', { name: 'Instagram grid' }).getByRole('listitem').nth(5).waitFor();

    // The demo plans six Instagram posts two days apart: the latest is top left, the soonest last.
    const before = await tileLabels(page);
    expect(before.map((label) => label.split(' · ')[0])).toEqual([
      'Balcony wind: what it does to plants',
      'First harvest: cut-and-come-again lettuce',
      'Watering on a schedule vs. by touch',
      'Sowing chillies indoors',
      'Which containers actually work',
      soil,
    ]);
    const latestTime = before[0]!.split(' · Planned ')[1]!;

    // Drag the soonest post to the top left: it takes the latest time and the others move up one.
    const grid = page.getByRole('list', { name: 'Instagram grid' });
    const from = (await grid.getByRole('button', { name: new RegExp(`^${soil}`) }).boundingBox())!;
    const to = (await grid.getByRole('button', { name: /^Balcony wind/ }).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 - 10, from.y + from.height / 2 - 10, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();

    const reordered = [
      soil,
      'Balcony wind: what it does to plants',
      'First harvest: cut-and-come-again lettuce',
      'Watering on a schedule vs. by touch',
      'Sowing chillies indoors',
      'Which containers actually work',
    ];
    await expect.poll(async () => (await tileLabels(page)).map((label) => label.split(' · ')[0])).toEqual(reordered);
    await expect.poll(async () => (await tileLabels(page))[0]).toBe(`${soil} · Planned ${latestTime}`);

    // Stored: a fresh load shows the same order, with the times traded.
    await page.reload();
    await grid.getByRole('listitem').nth(5).waitFor();
    const after = await tileLabels(page);
    expect(after.map((label) => label.split(' · ')[0])).toEqual(reordered);
    expect(after.map((label) => label.split(' · ')[1])).toEqual(before.map((label) => label.split(' · ')[1]));

    // A 390 px phone keeps the profile's three tiles a row, each title above its badges.
    await page.setViewportSize({ width: 390, height: 844 });
    const tiles = grid.getByRole('listitem');
    const tops = () => Promise.all([0, 1, 2, 3].map(async (index) => Math.round((await tiles.nth(index).boundingBox())!.y)));
    await expect.poll(async () => {
      const [a, b, c, d] = await tops();
      return a === b && b === c && d! > a!;
    }).toBe(true);
    // Measured until the narrow layout has settled (the tiles re-flow after the resize).
    const first = tiles.first();
    await expect
      .poll(async () => {
        const titleBox = (await first.getByText(soil).boundingBox())!;
        const badgeBox = (await first.getByText('Planned', { exact: true }).boundingBox())!;
        return titleBox.y + titleBox.height <= badgeBox.y;
      })
      .toBe(true);
    await context.close();
  });
});
