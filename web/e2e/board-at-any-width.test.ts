import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { column } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// The board as a place to work: six columns side by side on a 1440 px screen, sorted by
// planned time, cards that tell their channel, bulk actions on ticked cards, and one status at
// a time on a 390 px phone.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const statuses = ['Idea', 'Draft', 'Ready', 'Scheduled', 'Posted', 'Failed'];
const cardTitles = (page: Page, name: string) => column(page, name).getByRole('article').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-labelledby') && document.getElementById(card.getAttribute('aria-labelledby')!)?.textContent));

describe('the board at laptop and phone widths', () => {
  it('fits all six columns on a 1440 px screen, sorts them by planned time, and schedules ticked cards together', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);
    await column(page, 'Ready').getByRole('article').first().waitFor();

    for (const name of statuses) {
      const box = (await column(page, name).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);

    // Soonest planned first (the demo plans one item every two days).
    expect(await cardTitles(page, 'Ready')).toEqual(['Soil first: the 3-bag balcony mix', 'Which containers actually work']);
    expect(await cardTitles(page, 'Idea')).toEqual(['First harvest: cut-and-come-again lettuce', 'Balcony wind: what it does to plants']);

    for (const title of ['Soil first: the 3-bag balcony mix', 'Which containers actually work']) {
      await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
    }
    const bar = page.getByRole('toolbar', { name: 'Selected items' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule 2 items' });
    await dialog.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: /Sandbox/ }).click();
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('status', { name: 'Scheduled: 2 items' }).waitFor();
    const scheduled = column(page, 'Scheduled');
    await expect.poll(() => cardTitles(page, 'Scheduled')).toEqual(['Soil first: the 3-bag balcony mix', 'Which containers actually work']);
    await expect.poll(() => scheduled.getByText(/^On Sandbox/).count()).toBe(2);

    // Filters: words in the title or caption, and the columns wanted; kept across a reload.
    const filtersBox = page.getByRole('search', { name: 'Filter the board' });
    await filtersBox.getByRole('textbox', { name: 'Search' }).fill('balcony');
    await expect.poll(() => cardTitles(page, 'Idea')).toEqual(['Balcony wind: what it does to plants']);
    await expect.poll(() => cardTitles(page, 'Scheduled')).toEqual(['Soil first: the 3-bag balcony mix']);
    await filtersBox.getByRole('combobox', { name: 'Status', exact: true }).click();
    await page.getByRole('option', { name: 'Scheduled' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Idea', exact: true }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => cardTitles(page, 'Scheduled')).toEqual(['Soil first: the 3-bag balcony mix']);
    expect(await page.getByRole('region', { name: 'Draft', exact: true }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('balcony');

    // A plan narrows the persona's board to its items; the demo's are all in its one plan.
    await filtersBox.getByRole('combobox', { name: 'Plan', exact: true }).click();
    await page.getByRole('option', { name: 'Spring balcony reset' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => cardTitles(page, 'Scheduled')).toEqual(['Soil first: the 3-bag balcony mix']);
    await context.close();
  });

  it('shows one status at a time with a switcher on a 390 px phone', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/board`);

    const switcher = page.getByRole('radiogroup', { name: 'Status shown' });
    await column(page, 'Idea').getByRole('article').first().waitFor();
    expect(await page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) }).count()).toBe(1);
    await switcher.getByText('Ready 2').click();
    await column(page, 'Ready').getByRole('article', { name: 'Soil first: the 3-bag balcony mix' }).waitFor();
    await expect.poll(() => column(page, 'Idea').count()).toBe(0);
    const box = (await column(page, 'Ready').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Moves still work from the card's drawer.
    await column(page, 'Ready').getByRole('button', { name: 'Open Soil first: the 3-bag balcony mix' }).click();
    const drawer = page.getByRole('dialog', { name: 'Soil first: the 3-bag balcony mix' });
    await drawer.getByRole('button', { name: 'Move to Draft' }).click();
    await drawer.getByText('Draft', { exact: true }).first().waitFor();
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await switcher.getByText('Draft 3').click();
    await column(page, 'Draft').getByRole('article', { name: 'Soil first: the 3-bag balcony mix' }).waitFor();
    await context.close();
  });
});
