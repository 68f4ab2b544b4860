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

const demoVoice = 'Warm, practical and a little nerdy.';

describe('the persona bible in the browser', () => {
  it('lists items written for an older brief, rewrites one, diffs two versions side by side and restores the old one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);
    const personaUrl = page.url();

    // Six ideas written for brief v1 (the offline generator).
    await page.getByRole('table', { name: 'Content plans' }).getByRole('link', { name: 'Spring balcony reset' }).click();
    await page.getByRole('button', { name: 'Generate ideas', exact: true }).click();
    await page.getByText('12 of 12 planned posts created').waitFor();

    // A new voice makes brief v2; the ideas are now written for an older brief.
    await page.goto(`${personaUrl}/edit`);
    const voice = page.getByRole('textbox', { name: 'Voice', exact: true });
    await voice.fill('Dry, exact and brief. Numbers first.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(personaUrl);
    await page.getByText('Brief version 2').waitFor();
    const outdated = page.getByRole('table', { name: 'Items written for an older brief' });
    await expect.poll(() => outdated.getByRole('row').count()).toBe(7);
    await outdated.getByText('v1, brief is v2').first().waitFor();

    // The rewrite is a proposal until kept; kept, the item leaves the list.
    await outdated.getByRole('button', { name: 'Rewrite' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Rewrite for the current brief' });
    await dialog.getByRole('button', { name: 'Propose a rewrite' }).click();
    const proposal = dialog.getByRole('textbox', { name: 'Proposed for brief v2' });
    await expect.poll(async () => (await proposal.inputValue()).length).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Keep the rewrite' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => outdated.getByRole('row').count()).toBe(6);

    // The history: v2 against v1, the voice's words that went struck out and the new ones marked.
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'Brief history' });
    const versions = history.getByRole('list', { name: 'Brief versions' });
    await expect.poll(() => versions.getByRole('listitem').count()).toBe(2);
    await versions.getByRole('listitem').first().getByText('current').waitFor();
    await versions.getByRole('listitem').first().getByText('Voice').waitFor();
    const changes = history.getByRole('region', { name: 'Voice' });
    await expect.poll(() => changes.getByLabel('Voice in v1').locator('del').allInnerTexts()).toContain('Warm');
    await expect.poll(() => changes.getByLabel('Voice in v2').locator('ins').allInnerTexts()).toContain('Dry');
    // Fields the version did not change are not shown unless asked for.
    expect(await history.getByRole('region', { name: 'Niche' }).count()).toBe(0);
    await history.getByRole('checkbox', { name: 'Show unchanged fields' }).check();
    await history.getByRole('region', { name: 'Niche' }).waitFor();

    // Restoring v1 makes v3, which says what v1 said; the history keeps all three.
    await versions.getByRole('listitem').nth(1).click();
    await history.getByRole('button', { name: 'Restore v1' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore brief v1?' });
    await confirm.getByRole('button', { name: 'Restore v1' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => versions.getByRole('listitem').count()).toBe(3);
    await versions.getByRole('listitem').first().getByText('restored v1').waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Brief version 3').waitFor();
    await expect.poll(() => page.getByLabel('Brief text').innerText()).toContain(demoVoice);
    await context.close();
  });
});
