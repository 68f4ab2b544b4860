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

// The demo plan asks for 12 posts and holds 6 items people made (2 of them ideas), which
// generation keeps: it adds exactly 6 ideas.
const planTitle = 'Spring balcony reset';

async function createDemoPersona(page: Page): Promise<string> {
  await signUpInBrowser(page, app.url);
  await createDemoPersonaInBrowser(page);
  return page.url();
}

describe('AI content generation', () => {
  it('generates a plan’s ideas offline and they appear live on the board', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaUrl = await createDemoPersona(page);

    // The persona's board in a second tab of the same session, left open throughout.
    const board = await context.newPage();
    await board.goto(`${personaUrl}/board`);
    const ideas = board.getByRole('region', { name: 'Idea', exact: true });
    await ideas.getByLabel('2 items').waitFor();
    await board.getByText('Live', { exact: true }).waitFor();

    await page.getByRole('table', { name: 'Content plans' }).getByRole('link', { name: planTitle }).click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await page.getByText('6 of 12 planned posts created').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();

    // Without an API key the generator says it is the built-in one.
    await page.getByText('Offline generator', { exact: true }).hover();
    await page.getByRole('tooltip').filter({ hasText: 'No API key configured' }).waitFor();

    await page.getByRole('button', { name: 'Generate ideas', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Generation progress' });
    await progress.waitFor();
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('100');
    await page.getByText('Done: the new ideas are in the plan’s items and on the board.').waitFor();

    // The plan reloads with the new ideas: 6 kept and 6 generated, and offers to regenerate.
    await page.getByText('12 of 12 planned posts created').waitFor();
    const items = page.getByRole('table', { name: 'Content items' });
    await expect.poll(() => items.getByRole('row').count()).toBe(13);
    await expect.poll(() => items.getByText(/^Generated · brief v\d+$/).count()).toBe(6);
    // Regenerating would replace the six untouched ideas: it asks first, and Cancel keeps them.
    await page.getByRole('button', { name: 'Regenerate ideas', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Replace 6 ideas?' });
    await confirm.getByText('Regenerating replaces the 6 ideas of this plan that nobody has edited yet').waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });

    // The board tab got them live, without a reload.
    await ideas.getByLabel('8 items').waitFor();
    await expect.poll(() => ideas.getByRole('article').count()).toBe(8);

    // The persona page records the run and its usage.
    await page.goto(personaUrl);
    const runs = page.getByRole('table', { name: 'Latest generation runs' });
    await expect.poll(() => runs.getByRole('row').nth(1).innerText()).toMatch(/Plan ideas[\s\S]*Succeeded[\s\S]*Offline/i);
    await page.getByText(/^Brief version \d+$/).waitFor();
    await context.close();
  });

  it('edits the brief, and writes a caption and an image for an item', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const personaUrl = await createDemoPersona(page);
    const version = Number((await page.getByText(/^Brief version \d+$/).innerText()).replace(/\D/g, ''));

    await page.getByRole('link', { name: 'Edit persona' }).click();
    const topics = page.getByRole('combobox', { name: 'Topics', exact: true });
    await topics.fill('Rain barrels');
    await topics.press('Enter');
    const posts = page.getByRole('textbox', { name: /^Example post \d+$/ });
    const existingPosts = await posts.count();
    await page.getByRole('button', { name: 'Add example post' }).click();
    await page.getByRole('textbox', { name: `Example post ${existingPosts + 1}`, exact: true }).fill('Rain is free water. Catch it.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(personaUrl);
    await page.getByText(`Brief version ${version + 1}`).waitFor();
    const brief = page.getByLabel('Brief text');
    await expect.poll(() => brief.textContent()).toContain('Rain barrels');
    expect(await brief.textContent()).toContain('Rain is free water. Catch it.');

    const title = 'Balcony wind: what it does to plants';
    await page.goto(`${app.url}/content`);
    await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit content item' });
    const caption = form.getByRole('textbox', { name: 'Caption', exact: true });
    await expect.poll(() => caption.inputValue()).toBe('');
    await form.getByText('Offline generator', { exact: true }).waitFor();

    // The written caption is a proposal until accepted; the image is saved at once.
    await form.getByRole('button', { name: 'Write caption' }).click();
    const proposal = form.getByRole('region', { name: 'Proposed caption' });
    await expect.poll(() => proposal.getByRole('textbox', { name: 'Proposed caption' }).inputValue()).toContain('Balcony wind');
    expect(await caption.inputValue()).toBe('');
    await proposal.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => caption.inputValue()).toContain('Balcony wind');
    await form.getByRole('button', { name: 'Generate image' }).click();
    const image = form.getByRole('img', { name: new RegExp(title) });
    await image.waitFor();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Generate new image' }).waitFor();

    // Saving after the image builds on the version it produced: no stale-version refusal.
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.count()).toBe(0);

    // The generated image is in the library, used by the item.
    await page.getByRole('link', { name: 'Assets' }).click();
    const card = page.getByRole('article', { name: new RegExp(title) });
    await card.getByText('Generated', { exact: true }).waitFor();
    await card.getByRole('link', { name: title }).waitFor();
    await context.close();
  });
});
