import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signInInBrowser, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openEditForm(page: Page, title: string) {
  await page.goto(`${app.url}/content`);
  await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit content item' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
  return form;
}

async function chooseStatus(page: Page, form: ReturnType<Page['getByRole']>, status: string) {
  await form.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: status, exact: true }).click();
}

describe('editing content items under the lifecycle rules', () => {
  it('refuses a stale edit without overwriting, and reloads the item on request', async () => {
    const contextA = await browser.newContext();
    const contextB = await browser.newContext();
    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();
    const credentials = await signUpInBrowser(pageA, app.url);
    await createDemoPersonaInBrowser(pageA);
    await signInInBrowser(pageB, app.url, credentials);

    const title = 'Watering on a schedule vs. by touch';
    const form = await openEditForm(pageA, title);
    const caption = form.getByRole('textbox', { name: 'Caption', exact: true });
    await caption.fill('My edit, based on the draft.');

    // Meanwhile the same item moves to Ready in the other browser.
    await pageB.goto(`${app.url}/board`);
    await pageB.getByRole('button', { name: `Open ${title}` }).click();
    await pageB.getByRole('dialog', { name: title }).getByRole('button', { name: 'Move to Ready' }).click();
    await pageB.getByRole('region', { name: 'Ready', exact: true }).getByRole('article', { name: title }).waitFor();

    await form.getByRole('button', { name: 'Save' }).click();
    const stale = form.getByRole('alert').filter({ hasText: 'Someone else changed this item; reload to see their changes.' });
    await stale.waitFor();
    await form.getByRole('button', { name: 'Reload item' }).click();
    await expect.poll(() => stale.count()).toBe(0);
    await expect.poll(() => form.getByRole('combobox', { name: 'Status', exact: true }).inputValue()).toBe('Ready');
    await expect.poll(() => caption.inputValue()).toBe('Finger test beats calendar. Draft: compare a week of both.');

    await caption.fill('My edit, applied to their version.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await pageA.getByRole('table', { name: 'Content items' }).getByText('My edit, applied to their version.').waitFor();
    await contextA.close();
    await contextB.close();
  });

  it('shows what a status move lacks under the field that fixes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    const title = 'Balcony wind: what it does to plants';
    let form = await openEditForm(page, title);
    await chooseStatus(page, form, 'Draft');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);

    form = await openEditForm(page, title);
    await chooseStatus(page, form, 'Ready');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').filter({ hasText: 'Cannot move from Draft to Ready.' }).waitFor();
    await form.getByText('Write a caption first.').waitFor();
    await expect.poll(() => form.getByRole('textbox', { name: 'Caption', exact: true }).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});
