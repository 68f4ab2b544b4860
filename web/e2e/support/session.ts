import type { Page } from 'playwright-core';

let counter = 0;

/** Signs up through the UI, as a new user would, and waits for the persona list. */
export async function signUpInBrowser(page: Page, baseUrl: string, displayName = 'Test Person') {
  counter += 1;
  const email = `e2e-${Date.now()}-${counter}@example.com`;
  const password = 'correct horse battery staple';
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('textbox', { name: 'Display name' }).fill(displayName);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL(/\/personas$/);
  return { email, password };
}

/**
 * From the empty persona list a new account lands on: creates the demo persona (Lena Fern),
 * waits for its page and returns its id.
 */
export async function createDemoPersonaInBrowser(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Create demo persona' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lena Fern' }).waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** The accessible name Mantine gives a day in its date picker, e.g. "10 November 2026". */
export function dayButtonName(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Signs in through the UI (e.g. the same user in a second browser) and waits for the dashboard. */
export async function signInInBrowser(page: Page, baseUrl: string, { email, password }: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard$/);
}
