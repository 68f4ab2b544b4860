import type { Page } from 'playwright-core';
import { card, dragWithKeyboard } from './board.js';
import { pickDateTime, wallClockIn } from './date-time-picker.js';
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

/** How far ahead a post is scheduled at least: the server needs 1 s, and it must still be ahead once submitted. */
const minLeadMs = 5_000;

/**
 * Schedules a READY channel item of the persona on the Sandbox a few seconds ahead, from its
 * board, and waits until the board shows it posted. The lead is twice what entering a time
 * took on this machine (a dry run first), so a busy machine does not schedule in the past.
 */
export async function publishOnSandboxSoon(page: Page, baseUrl: string, personaId: string, title: string) {
  await page.goto(`${baseUrl}/personas/${personaId}/board`);
  await card(page, 'Ready', title).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  await dragWithKeyboard(page, title, { from: 'Ready', to: 'Scheduled', steps: 1 });
  const dialog = page.getByRole('dialog', { name: `Schedule “${title}” on a channel` });
  const description = await dialog.getByText(/time zone, /).innerText();
  const timeZone = /time zone, (\S+) \(now/.exec(description)?.[1];
  if (!timeZone) throw new Error(`no time zone in “${description}”`);

  const today = wallClockIn(timeZone, new Date());
  const entryStarted = Date.now();
  await pickDateTime(page, dialog, 'Publish at', wallClockIn(timeZone, new Date(Date.now() + 120_000)), today);
  const lead = Math.max(minLeadMs, 2 * (Date.now() - entryStarted));
  await pickDateTime(page, dialog, 'Publish at', wallClockIn(timeZone, new Date(Date.now() + lead)), today);
  await dialog.getByRole('button', { name: 'Schedule post' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await card(page, 'Posted', title).waitFor({ timeout: lead + 20_000 });
}
