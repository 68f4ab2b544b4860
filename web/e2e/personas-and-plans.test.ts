import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { dayButtonName, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function pickDate(page: Page, field: string, date: Date) {
  await page.getByRole('button', { name: field, exact: true }).click();
  const day = page.getByRole('button', { name: dayButtonName(date), exact: true }).filter({ visible: true });
  await day.click();
  // The calendar closes on pick; wait until it is gone so the next picker's days are the only ones.
  await expect.poll(() => day.count()).toBe(0);
}

describe('personas and plans in the browser', () => {
  it('signs up, creates a persona and a plan, sees both listed, and they persist after reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await expect.poll(() => page.getByText('No personas yet').isVisible()).toBe(true);

    await page.getByRole('link', { name: 'New persona' }).first().click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mira Sol');
    await page.getByRole('textbox', { name: 'Handle', exact: true }).fill('mira.sol');
    await page.getByRole('textbox', { name: 'Niche', exact: true }).fill('Slow travel');
    await page.getByRole('textbox', { name: 'Voice', exact: true }).fill('Calm, precise, curious');
    await page.getByRole('button', { name: 'Create persona' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mira Sol' }).waitFor();
    const personaUrl = page.url();

    await page.getByRole('link', { name: 'New plan' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Autumn rail journeys');
    const today = new Date();
    const start = new Date(today.getFullYear(), today.getMonth(), 3);
    const end = new Date(today.getFullYear(), today.getMonth(), 23);
    await pickDate(page, 'Start date', start);
    await pickDate(page, 'End date', end);
    await page.getByRole('textbox', { name: 'Posts per period', exact: true }).fill('3');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Autumn rail journeys' }).waitFor();
    // 21 days at 3 per week: the server derives 9 posts.
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Target posts\s*9\b/i);

    await page.goto(`${app.url}/personas`);
    await page.getByRole('article', { name: 'Mira Sol' }).waitFor();
    await page.reload();
    await page.getByRole('article', { name: 'Mira Sol' }).waitFor();
    await page.goto(personaUrl);
    await page.reload();
    await page.getByRole('table', { name: 'Content plans' }).getByRole('link', { name: 'Autumn rail journeys' }).waitFor();
    await context.close();
  });

  it('shows the server field error when a handle is already taken', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    for (const attempt of [1, 2]) {
      await page.goto(`${app.url}/personas/new`);
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Twin ${attempt}`);
      await page.getByRole('textbox', { name: 'Handle', exact: true }).fill('same.handle');
      await page.getByRole('textbox', { name: 'Niche', exact: true }).fill('Mirrors');
      await page.getByRole('button', { name: 'Create persona' }).click();
      if (attempt === 1) await page.getByRole('heading', { level: 1, name: 'Twin 1' }).waitFor();
    }
    await page.getByText('You already have a persona with this handle').first().waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Handle', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/personas\/new$/);
    await context.close();
  });

  it('populates an empty account with the demo persona in one click', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await page.getByRole('button', { name: 'Create demo persona' }).click();
    await page.getByText('Lena Fern').first().waitFor();
    await page.goto(`${app.url}/content`);
    await page.getByRole('table', { name: 'Content items' }).getByText('Soil first: the 3-bag balcony mix').waitFor();
    await context.close();
  });
});
