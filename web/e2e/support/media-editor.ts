import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { card, dragWithKeyboard } from './board.js';
import { postNowFromBoard } from './publishing.js';

// The editor's Format and media section as a person uses it, shared by the format tests.

/** An item of the persona, opened in the content list's editor, by its title. */
export async function openEditor(page: Page, baseUrl: string, title: string): Promise<Locator> {
  await page.goto(`${baseUrl}/content`);
  await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit content item' });
  await form.getByRole('group', { name: 'Format and media' }).waitFor();
  return form;
}

export async function chooseFormat(form: Locator, label: string) {
  await form.getByRole('radiogroup', { name: 'Format' }).getByText(label, { exact: true }).click();
  // Saved at once: the stored format comes back checked (the radio itself is visually hidden).
  await expect.poll(() => form.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: label }).isChecked()).toBe(true);
}

/** Uploads files into the item's media through the file picker. */
export async function uploadMedia(page: Page, form: Locator, paths: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Upload media' }).click();
  await (await chooser).setFiles(paths);
}

export const mediaRows = (form: Locator) => form.getByRole('list', { name: 'Media in order' }).getByRole('listitem');

/** Waits until the item holds `count` media and what its format needs is met. */
export async function expectMediaComplete(form: Locator, count: number) {
  await expect.poll(() => mediaRows(form).count(), { timeout: 20_000 }).toBe(count);
  await form.getByRole('note', { name: /can go out$/ }).waitFor({ state: 'detached' });
}

/** Chooses the Reel's cover among the persona's images (the first offered). */
export async function chooseFirstCover(page: Page, form: Locator) {
  await form.getByRole('button', { name: 'Choose cover' }).click();
  await page.getByRole('dialog', { name: 'Choose the Reel’s cover' }).getByRole('button', { name: /^Use / }).first().click();
  await form.getByText('Cover', { exact: true }).waitFor();
}

/** From the persona's board: the Draft card shows its format badge (a feed post has none), moves to Ready, and goes out with Post now on the persona's channel. */
export async function readyAndPostNow(page: Page, baseUrl: string, personaId: string, title: string, badge: string | null) {
  await page.goto(`${baseUrl}/personas/${personaId}/board`);
  if (badge) await card(page, 'Draft', title).getByText(badge, { exact: true }).waitFor();
  else await card(page, 'Draft', title).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  // The card moves at once; the server's answer is what the next step (scheduling) builds on.
  const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('"operationName":"MoveContentItem"'));
  await dragWithKeyboard(page, title, { from: 'Draft', to: 'Ready', steps: 1 });
  await saved;
  await card(page, 'Ready', title).waitFor();
  await postNowFromBoard(page, baseUrl, personaId, title);
}
