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

// A demo item with a caption of its own.
const title = 'Watering on a schedule vs. by touch';
const saved = 'Finger test beats calendar. Draft: compare a week of both.';

async function openEditForm(page: Page) {
  await page.goto(`${app.url}/content`);
  await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit content item' });
  const caption = form.getByRole('textbox', { name: 'Caption', exact: true });
  await caption.waitFor();
  return { form, caption };
}

describe('Write caption proposes; the person decides', () => {
  it('proposes from the typed draft without saving, accepts, undoes, saves, and puts an earlier caption back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url, 'Maya Lind');
    await createDemoPersonaInBrowser(page);

    const { form, caption } = await openEditForm(page);
    await expect.poll(() => caption.inputValue()).toBe(saved);
    const draft = 'touch the soil first, then decide #fingertest';
    await caption.fill(draft);
    await form.getByRole('list', { name: 'Hashtags' }).getByText('#fingertest', { exact: true }).waitFor();

    // The proposal appears beside the field, which still holds the draft.
    await form.getByRole('button', { name: 'Write caption' }).click();
    const proposalCard = form.getByRole('region', { name: 'Proposed caption' });
    const proposal = proposalCard.getByRole('textbox', { name: 'Proposed caption' });
    await expect.poll(() => proposal.inputValue()).toMatch(/^Touch the soil first, then decide #fingertest /);
    expect(await caption.inputValue()).toBe(draft);

    // Nothing was saved: the item read afresh (another tab) still has its old caption.
    const other = await context.newPage();
    const fresh = await openEditForm(other);
    await expect.poll(() => fresh.caption.inputValue()).toBe(saved);
    await other.close();

    // The proposal can be edited before it is accepted; Undo brings the draft back.
    const edited = `${await proposal.inputValue()} #wateringcan`;
    await proposal.fill(edited);
    await proposalCard.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => caption.inputValue()).toBe(edited);
    expect(await proposalCard.count()).toBe(0);
    await form.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => caption.inputValue()).toBe(draft);

    // Write again, accept, save.
    await form.getByRole('button', { name: 'Write caption' }).click();
    await expect.poll(() => proposal.inputValue()).toMatch(/^Touch the soil first/);
    const accepted = await proposal.inputValue();
    await proposalCard.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => caption.inputValue()).toBe(accepted);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.count()).toBe(0);

    // Saved; the caption it replaced is listed with who replaced it, and can be put back.
    const reopened = await openEditForm(page);
    await expect.poll(() => reopened.caption.inputValue()).toBe(accepted);
    const earlier = reopened.form.getByRole('list', { name: 'Earlier captions' }).getByRole('listitem').filter({ hasText: saved });
    await earlier.getByText(/Maya Lind/).waitFor();
    await earlier.getByRole('button', { name: 'Put back' }).click();
    await expect.poll(() => reopened.caption.inputValue()).toBe(saved);
    await reopened.form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => reopened.form.count()).toBe(0);

    const restored = await openEditForm(page);
    await expect.poll(() => restored.caption.inputValue()).toBe(saved);
    const list = restored.form.getByRole('list', { name: 'Earlier captions' });
    await expect.poll(() => list.getByRole('listitem').first().innerText()).toContain(accepted.split('\n')[0]);
    await context.close();
  }, 120_000);
});
