import type { Page } from 'playwright-core';
import { card, dragWithKeyboard } from './board.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './session.js';

/** A new account with the demo persona and its Sandbox channel connected; returns the persona's id. */
export async function demoPersonaOnSandbox(page: Page, baseUrl: string): Promise<string> {
  await signUpInBrowser(page, baseUrl);
  const personaId = await createDemoPersonaInBrowser(page);
  await connectSandboxInBrowser(page);
  return personaId;
}

/** From the persona page: opens its channels page and connects the Sandbox channel. */
export async function connectSandboxInBrowser(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'Channels', exact: true }).click();
  await page.getByRole('button', { name: 'Connect Sandbox' }).click();
  const sandbox = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: /Sandbox/ });
  await sandbox.getByText('Active', { exact: true }).waitFor();
}

/** Publishes a READY item of the persona with Post now on its channel (the Sandbox, or the one connected), from its board, and waits until the board shows it posted. */
export async function postNowFromBoard(page: Page, baseUrl: string, personaId: string, title: string) {
  const board = `${baseUrl}/personas/${personaId}/board`;
  // Already there (a card just moved): reloading could abort the move's request in flight.
  if (new URL(page.url()).pathname !== new URL(board).pathname) await page.goto(board);
  await card(page, 'Ready', title).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  await dragWithKeyboard(page, title, { from: 'Ready', to: 'Scheduled', steps: 1 });
  const dialog = page.getByRole('dialog', { name: `Schedule “${title}” on a channel` });
  await dialog.getByRole('button', { name: 'Post now' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await card(page, 'Posted', title).waitFor({ timeout: 30_000 });
}

/** From the persona page: opens its channels page and connects Instagram (a fake that grants at once). */
export async function connectInstagramInBrowser(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'Channels', exact: true }).click();
  await page.getByRole('button', { name: 'Connect Instagram' }).click();
  await page.getByRole('status').filter({ hasText: 'Channel connected' }).waitFor();
  await page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: /Instagram/ }).getByText('Active', { exact: true }).waitFor();
}
