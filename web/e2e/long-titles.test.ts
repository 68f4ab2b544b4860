import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { column } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { pickDateTime, wallClockIn } from './support/date-time-picker.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

// The longest title the API accepts, without a single place to break a line.
const longTitle = 'Balconygardeningwithoutspaces'.repeat(7).slice(0, 200);
const boardColumns = ['Idea', 'Draft', 'Ready', 'Scheduled', 'Posted', 'Failed'];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
}

/** The page itself never scrolls sideways (scroll areas inside it may). */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** `inner` lies horizontally within `outer` (polled: dialogs slide in). */
async function expectWithin(inner: Locator, outer: Locator) {
  const within = async () => {
    const [a, b] = [await box(inner), await box(outer)];
    return a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
  };
  await expect.poll(within).toBe(true);
}

async function scheduleSoon(page: Page, dialog: Locator) {
  const description = await dialog.getByText(/time zone, /).innerText();
  const timeZone = /time zone, (\S+) \(now/.exec(description)?.[1];
  if (!timeZone) throw new Error(`no time zone in “${description}”`);
  const today = wallClockIn(timeZone, new Date());
  await pickDateTime(page, dialog, 'Publish at', wallClockIn(timeZone, new Date(Date.now() + 30 * 60_000)), today);
  await dialog.getByRole('button', { name: 'Schedule post' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a title without spaces', () => {
  it('wraps on board cards, in the list, the drawer and the calendar instead of widening them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);

    await page.goto(`${app.url}/content`);
    const table = page.getByRole('table', { name: 'Content items' });
    await table.getByRole('row').filter({ hasText: 'Soil first: the 3-bag balcony mix' }).getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit content item' });
    await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(longTitle);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'hidden' });
    const row = table.getByRole('row').filter({ hasText: longTitle.slice(0, 40) });
    await row.waitFor();
    expect(await pageScrollsSideways(page)).toBe(false);
    expect((await box(row.getByRole('cell').first())).width).toBeLessThanOrEqual(400);

    await page.goto(`${app.url}/personas/${personaId}/board`);
    const card = column(page, 'Ready').getByRole('article', { name: longTitle });
    await card.waitFor();
    // The long title widens no column: they share the room equally.
    const widths = await Promise.all(boardColumns.map(async (name) => (await box(column(page, name))).width));
    for (const width of widths) expect(width).toBeCloseTo(widths[0]!, 0);
    await expectWithin(card, column(page, 'Ready'));
    expect(await pageScrollsSideways(page)).toBe(false);

    await card.getByRole('button', { name: `Open ${longTitle}` }).click();
    const drawer = page.getByRole('dialog', { name: longTitle });
    await expectWithin(drawer.getByRole('button', { name: 'Close details' }), drawer);
    await expectWithin(drawer.getByRole('heading', { name: longTitle }), drawer);
    await drawer.getByRole('button', { name: 'Publish on a channel…' }).click();
    const schedule = page.getByRole('dialog', { name: `Schedule “${longTitle}” on a channel` });
    await expectWithin(schedule.getByRole('button', { name: 'Close scheduling' }), schedule);
    await scheduleSoon(page, schedule);

    await page.goto(`${app.url}/personas/${personaId}/calendar`);
    const event = page.locator('.fc-event').filter({ hasText: longTitle.slice(0, 20) });
    await event.waitFor();
    await expectWithin(event, page.locator('.fc-daygrid-body'));
    expect(await pageScrollsSideways(page)).toBe(false);
    await event.click();
    const details = page.getByRole('dialog', { name: longTitle });
    await expectWithin(details.getByRole('heading', { name: longTitle }), details);
    await context.close();
  });
});
