import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithMouse } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

// The canon in the browser (issue 15 §4): facts and an arc on the timeline page, in date order;
// a caption that contradicts a fact is refused at Ready with the fact named.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const title = 'Sowing chillies indoors';

describe('the canon timeline in the browser', () => {
  it('keeps facts and an arc in date order, and refuses Ready for a caption that contradicts them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);
    await page.getByRole('main').getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lena Fern: timeline' }).waitFor();

    // A fact the server refuses shows its reason under the field, then saves once fixed.
    await page.getByRole('button', { name: 'Add a fact' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a fact' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Miso');
    await dialog.getByRole('textbox', { name: 'What it is' }).fill('dog');
    await dialog.getByRole('textbox', { name: 'Fact' }).fill('Adopted Miso, a shiba inu');
    await dialog.getByLabel('Since').fill('2025-01-10');
    await dialog.getByLabel('Until').fill('2024-01-01');
    await dialog.getByRole('button', { name: 'Save fact' }).click();
    await dialog.getByText('must not be before validFrom').waitFor();
    await dialog.getByLabel('Until').fill('');
    await dialog.getByRole('button', { name: 'Save fact' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Add a story arc' }).click();
    dialog = page.getByRole('dialog', { name: 'Add a story arc' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Balcony rebuild');
    await dialog.getByRole('textbox', { name: 'Beat 1', exact: true }).fill('Tearing out the old boxes');
    await dialog.getByLabel('Beat 1 date').fill('2024-03-03');
    await dialog.getByRole('button', { name: 'Add a beat' }).click();
    await dialog.getByRole('textbox', { name: 'Beat 2', exact: true }).fill('First seedlings in');
    await dialog.getByLabel('Beat 2 date').fill('2026-03-20');
    await dialog.getByRole('button', { name: 'Save arc' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const timeline = page.getByLabel('Life timeline');
    await timeline.getByText('First seedlings in').waitFor();
    const order = await timeline.locator('.mantine-Timeline-item').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(order).toEqual([
      'Balcony rebuild, beat 1: Tearing out the old boxes',
      'Miso: Adopted Miso, a shiba inu',
      'Balcony rebuild, beat 2: First seedlings in',
    ]);

    // A caption calling Miso a cat is refused at Ready, naming the fact.
    await page.getByRole('link', { name: '@lena.grows' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Board', exact: true }).click();
    await card(page, 'Draft', title).getByRole('button', { name: `Open ${title}` }).click();
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.getByRole('textbox', { name: 'Caption', exact: true }).fill('Chilli seeds in, and my cat Miso supervising. 6 pots on the windowsill.');
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Changes saved').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
    await dragWithMouse(page, title, 'Ready');
    const ask = page.getByRole('dialog', { name: /Caption contradicts the canon|Flagged by the identity lock/ });
    await ask.getByText('Miso is the persona\'s dog since 2025-01-10', { exact: false }).waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await card(page, 'Draft', title).waitFor();
    await context.close();
  });
});
