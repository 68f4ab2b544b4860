import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
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

const discardDialog = (page: Page) => page.getByRole('dialog', { name: 'Discard changes?' });
const navLink = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** Closing the tab with unsaved changes asks the browser's own question; the test answers Stay. */
async function expectBrowserAsksBeforeUnload(page: Page) {
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
}

describe('unsaved changes', () => {
  it('asks before a half-filled persona form is left by a link, its Cancel button or closing the tab', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await page.getByRole('link', { name: 'New persona' }).first().click();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Half Done');

    await navLink(page, 'Content').click();
    await discardDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expect.poll(() => discardDialog(page).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/personas/new');
    expect(await name.inputValue()).toBe('Half Done');

    await expectBrowserAsksBeforeUnload(page);

    await page.getByRole('link', { name: 'Cancel' }).click();
    await discardDialog(page).getByRole('button', { name: 'Discard' }).click();
    await page.waitForURL(/\/personas$/);
    await context.close();
  });

  it('asks before leaving the plan and profile forms with changes, and not after saving', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    await page.getByRole('link', { name: 'New plan' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Half a plan');
    await navLink(page, 'Board').click();
    await discardDialog(page).getByRole('button', { name: 'Discard' }).click();
    await page.waitForURL(/\/board$/);

    await navLink(page, 'Profile').click();
    const displayName = page.getByRole('textbox', { name: 'Display name', exact: true });
    await displayName.fill('Renamed Person');
    await navLink(page, 'Dashboard').click();
    await discardDialog(page).getByRole('button', { name: 'Stay' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Profile saved').waitFor();
    await navLink(page, 'Dashboard').click();
    // The page changed without asking; a "Stay" dialog from before may still be fading out.
    await page.waitForURL(/\/dashboard$/);
    await expect.poll(() => discardDialog(page).count()).toBe(0);
    await context.close();
  });

  it('opens the edit dialog from its URL, asks before closing it with changes, and Back closes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);
    const title = 'Watering on a schedule vs. by touch';

    await page.goto(`${app.url}/content`);
    const rows = page.getByRole('table', { name: 'Content items' }).getByRole('row');
    await rows.filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit content item' });
    await editor.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    const itemId = new URL(page.url()).searchParams.get('edit');
    expect(itemId).toBeTruthy();
    await page.goBack();
    await expect.poll(() => editor.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('edit')).toBe(false);

    // A cold load of a filtered list that does not hold the item still opens it.
    const cold = await context.newPage();
    await cold.goto(`${app.url}/content?status=POSTED&edit=${itemId}`);
    const coldEditor = cold.getByRole('dialog', { name: 'Edit content item' });
    await expect.poll(() => coldEditor.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), { timeout: 15_000 }).toBe(title);
    await coldEditor.getByRole('textbox', { name: 'Caption', exact: true }).fill('Not saved yet');

    await cold.keyboard.press('Escape');
    await discardDialog(cold).getByRole('button', { name: 'Stay' }).click();
    await expect.poll(() => discardDialog(cold).count()).toBe(0);
    expect(await coldEditor.getByRole('textbox', { name: 'Caption', exact: true }).inputValue()).toBe('Not saved yet');

    await expectBrowserAsksBeforeUnload(cold);

    await coldEditor.getByRole('button', { name: 'Cancel' }).click();
    await discardDialog(cold).getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => coldEditor.count()).toBe(0);
    const after = new URL(cold.url());
    expect(after.searchParams.has('edit')).toBe(false);
    expect(after.searchParams.get('status')).toBe('POSTED');

    // Publishing from the editor hands over to the scheduling dialog in one step.
    const ready = 'Soil first: the 3-bag balcony mix';
    await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: ready }).getByRole('button', { name: 'Edit' }).click();
    await editor.getByRole('button', { name: 'Publish on a channel…' }).click();
    await page.getByRole('dialog', { name: `Schedule “${ready}” on a channel` }).waitFor();
    await expect.poll(() => editor.count()).toBe(0);
    const scheduling = new URL(page.url()).searchParams;
    expect(scheduling.has('edit')).toBe(false);
    expect(scheduling.get('schedule')).toBeTruthy();
    await context.close();
  });
});
