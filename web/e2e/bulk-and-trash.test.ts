import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Selecting many items on the content list and acting on them at once, and the Trash that
// catches what is deleted, at laptop width and on a 390 px phone.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const list = (page: Page) => page.getByRole('table', { name: 'Content items' });
const row = (page: Page, title: string) => list(page).getByRole('row').filter({ hasText: title });
const select = (page: Page, title: string) => page.getByRole('checkbox', { name: `Select “${title}”` }).check();
const bar = (page: Page) => page.getByRole('toolbar', { name: 'Selected items' });

describe('bulk actions and the trash', () => {
  it('moves, schedules and deletes selected items, lists what it refused, and restores from the Trash', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/content`);

    // A DRAFT with a caption may become READY; an IDEA without one may not.
    await select(page, 'Sowing chillies indoors');
    await select(page, 'Balcony wind: what it does to plants');
    await bar(page).getByText('2 selected').waitFor();
    await bar(page).getByRole('button', { name: 'Move to' }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await page.getByRole('alert', { name: 'Moved to Ready: 1 item; 1 left as it was' }).waitFor();
    await page.getByRole('list', { name: 'Refused items' }).getByText('Balcony wind: what it does to plants').waitFor();
    await row(page, 'Sowing chillies indoors').getByText('Ready', { exact: true }).waitFor();
    await row(page, 'Balcony wind: what it does to plants').getByText('Idea', { exact: true }).waitFor();
    // The refused item stays selected, to fix and try again.
    await bar(page).getByText('1 selected').waitFor();
    await bar(page).getByRole('button', { name: 'Clear selection' }).click();

    // Both READY items on the Sandbox, each at its planned time.
    await select(page, 'Soil first: the 3-bag balcony mix');
    await select(page, 'Which containers actually work');
    await bar(page).getByRole('button', { name: 'Schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule 2 items' });
    await dialog.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: /Sandbox/ }).click();
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('status', { name: 'Scheduled: 2 items' }).waitFor();
    await row(page, 'Soil first: the 3-bag balcony mix').getByText('Scheduled', { exact: true }).waitFor();
    await row(page, 'Which containers actually work').getByText('Scheduled', { exact: true }).waitFor();

    // Delete two; Undo brings them back.
    await select(page, 'Watering on a schedule vs. by touch');
    await select(page, 'First harvest: cut-and-come-again lettuce');
    await bar(page).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete 2 items?' }).getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => row(page, 'Watering on a schedule vs. by touch').count()).toBe(0);
    await expect.poll(() => row(page, 'First harvest: cut-and-come-again lettuce').count()).toBe(0);
    await page.getByText('Moved 2 items to the Trash').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await row(page, 'Watering on a schedule vs. by touch').waitFor();
    await row(page, 'First harvest: cut-and-come-again lettuce').waitFor();

    // Deleted again, they wait in the Trash: one restored, one removed for good.
    await select(page, 'Watering on a schedule vs. by touch');
    await select(page, 'First harvest: cut-and-come-again lettuce');
    await bar(page).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete 2 items?' }).getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => row(page, 'Watering on a schedule vs. by touch').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
    const trash = page.getByRole('list', { name: 'Deleted things' });
    const watering = trash.getByRole('listitem', { name: 'Watering on a schedule vs. by touch' });
    const harvest = trash.getByRole('listitem', { name: 'First harvest: cut-and-come-again lettuce' });
    await watering.getByText(/removed for good on/).waitFor();
    await watering.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => watering.count()).toBe(0);
    await harvest.getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('dialog', { name: 'Delete forever?' }).getByRole('button', { name: 'Delete forever' }).click();
    await page.getByText('The Trash is empty').waitFor();

    await page.goto(`${app.url}/content`);
    await row(page, 'Watering on a schedule vs. by touch').waitFor();
    await expect.poll(() => row(page, 'First harvest: cut-and-come-again lettuce').count()).toBe(0);
    await context.close();
  });

  it('keeps every item’s actions within reach on a 390 px phone', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/content`);

    const cards = page.getByRole('list', { name: 'Content items' });
    const item = cards.getByRole('listitem', { name: 'Sowing chillies indoors' });
    await item.waitFor();
    for (const name of ['Edit', 'Delete']) {
      const box = await item.getByRole('button', { name }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);

    await item.getByRole('checkbox', { name: 'Select “Sowing chillies indoors”' }).check();
    await bar(page).getByText('1 selected').waitFor();
    await item.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog', { name: 'Edit content item' }).getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    await context.close();
  });
});
