import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The field has the keyboard focus and is on screen, so the person sees why Save did nothing. */
async function expectFocusedOnScreen(field: Locator) {
  await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
  const onScreen = await field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
  expect(onScreen).toBe(true);
}

const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

describe('a submit that fails shows the first error', () => {
  it('focuses a taken handle that the server refused, far above the Save button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    await page.goto(`${app.url}/personas/new`);
    await textbox(page, 'Name').fill('Second Lena');
    await textbox(page, 'Handle').fill('lena.grows');
    await textbox(page, 'Niche').fill('Balcony gardening');
    await page.getByRole('button', { name: 'Create persona' }).click();
    await page.getByText('You already have a persona with this handle').first().waitFor();
    await expectFocusedOnScreen(textbox(page, 'Handle'));
    await context.close();
  });

  it('focuses an over-long caption in the edit dialog', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    await page.goto(`${app.url}/content`);
    const title = 'Watering on a schedule vs. by touch';
    await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit content item' });
    await textbox(editor, 'Caption').fill('Long lines. '.repeat(950));
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('At most 2200 characters').waitFor();
    await expectFocusedOnScreen(textbox(editor, 'Caption'));
    await context.close();
  });

  it('focuses the first invalid field of the sign-up, profile, plan and schedule forms', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${app.url}/sign-up`);
    await textbox(page, 'Email').fill('not an address');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expectFocusedOnScreen(textbox(page, 'Email'));

    const personaId = await demoPersonaOnSandbox(page, app.url);
    // Going on to the next form by address leaves the refused one behind on purpose.
    page.on('dialog', (dialog) => void dialog.accept());

    await page.goto(`${app.url}/profile`);
    await textbox(page, 'Display name').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectFocusedOnScreen(textbox(page, 'Display name'));

    await page.goto(`${app.url}/personas/${personaId}/plans/new`);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expectFocusedOnScreen(textbox(page, 'Title'));

    const ready = 'Soil first: the 3-bag balcony mix';
    await page.goto(`${app.url}/personas/${personaId}/board`);
    await page.getByRole('button', { name: `Open ${ready}` }).click();
    await page.getByRole('dialog', { name: ready }).getByRole('button', { name: 'Publish on a channel…' }).click();
    const schedule = page.getByRole('dialog', { name: `Schedule “${ready}” on a channel` });
    // The time starts at the planned one; without it the dialog says what is missing.
    await schedule.getByRole('button', { name: 'Clear the time' }).click();
    await schedule.getByRole('button', { name: 'Schedule post' }).click();
    await schedule.getByText('Pick a date and time').waitFor();
    await expectFocusedOnScreen(schedule.getByRole('button', { name: 'Publish at' }));
    await context.close();
  });
});
