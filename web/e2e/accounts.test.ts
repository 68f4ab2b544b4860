import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, startFakeSmtp, type FakeSmtp } from '../../server/test/support/fake-smtp.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signInInBrowser, signUpInBrowser } from './support/session.js';

// Accounts as people use them: the emails come from the app over real SMTP to a loopback
// server, and the browser follows their links.

let smtp: FakeSmtp;
let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ SMTP_URL: smtp.url }), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.close();
});

const passwordField = (scope: Pick<Locator, 'getByRole'>, name: string) => scope.getByRole('textbox', { name, exact: true });

describe('accounts', () => {
  it('resets a forgotten password from the emailed link and signs out the old session', async () => {
    const context = await browser.newContext();
    const old = await context.newPage();
    const credentials = await signUpInBrowser(old, app.url);

    const other = await (await browser.newContext()).newPage();
    await other.goto(`${app.url}/sign-in`);
    await other.getByRole('link', { name: 'Forgot your password?' }).click();
    await other.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await other.getByRole('textbox', { name: 'Email' }).fill(credentials.email);
    const before = smtp.received.length;
    await other.getByRole('button', { name: 'Send reset link' }).click();
    await other.getByRole('status').filter({ hasText: `If ${credentials.email} belongs to an account` }).waitFor();

    const mail = await smtp.waitForMail(credentials.email, { after: before, subject: /reset/i });
    const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(mail.text)![0];
    expect(new URL(link).searchParams.get('token')).toBe(linkToken(mail, '/reset-password'));
    await other.goto(`${app.url}${new URL(link).pathname}${new URL(link).search}`);
    await other.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await passwordField(other, 'New password').fill('short');
    await passwordField(other, 'Repeat the new password').fill('short');
    await other.getByRole('button', { name: 'Set password and sign in' }).click();
    await other.getByText('Use at least 10 characters').waitFor();
    await passwordField(other, 'New password').fill('a fresh passphrase');
    await passwordField(other, 'Repeat the new password').fill('a fresh passphrase');
    await other.getByRole('button', { name: 'Set password and sign in' }).click();
    await other.waitForURL(/\/dashboard$/);
    // The link worked once: opened again, it says so and changes nothing.
    await other.goto(`${app.url}${new URL(link).pathname}${new URL(link).search}`);
    await passwordField(other, 'New password').fill('yet another passphrase');
    await passwordField(other, 'Repeat the new password').fill('yet another passphrase');
    await other.getByRole('button', { name: 'Set password and sign in' }).click();
    await other.getByText(/This reset link was already used/).waitFor();

    // The first browser's session ended: its next request sends it to sign in.
    await old.goto(`${app.url}/personas`);
    await old.waitForURL(/\/sign-in/);
    await signInInBrowser(old, app.url, { email: credentials.email, password: 'a fresh passphrase' });
    await context.close();
    await other.context().close();
  });

  it('confirms the address from its link, changes the password and signs out other devices', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const before = smtp.received.length;
    const credentials = await signUpInBrowser(page, app.url);
    const reminder = page.getByRole('region', { name: 'Confirm your email address' });
    await reminder.waitFor();
    const first = await smtp.waitForMail(credentials.email, { after: before, subject: /confirm/i });
    // "Send the link again" mails a second, working link; the first one still works too.
    const beforeResend = smtp.received.length;
    await reminder.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText(`A new confirmation link is on its way to ${credentials.email}.`).waitFor();
    const mail = await smtp.waitForMail(credentials.email, { after: beforeResend, subject: /confirm/i });
    expect(linkToken(mail, '/verify-email')).not.toBe(linkToken(first, '/verify-email'));

    const second = await (await browser.newContext()).newPage();
    await signInInBrowser(second, app.url, credentials);
    await page.goto(`${app.url}/verify-email?token=${encodeURIComponent(linkToken(mail, '/verify-email'))}`);
    await page.getByRole('status').filter({ hasText: 'Email address confirmed' }).waitFor();

    await page.goto(`${app.url}/profile`);
    await page.getByText('Confirmed', { exact: true }).waitFor();
    expect(await reminder.count()).toBe(0);
    await page.getByText('You are signed in on 2 devices, this one included.').waitFor();

    const form = page.getByRole('form', { name: 'Change password' });
    await passwordField(form, 'Current password').fill('not my password');
    await passwordField(form, 'New password').fill('another passphrase');
    await passwordField(form, 'Repeat the new password').fill('another passphrase');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Wrong password').waitFor();
    await passwordField(form, 'Current password').fill(credentials.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other devices were signed out.').waitFor();
    await page.getByText('You are signed in on 1 device, this one included.').waitFor();
    await second.goto(`${app.url}/personas`);
    await second.waitForURL(/\/sign-in/);
    await context.close();
    await second.context().close();
  });

  it('offers the demo persona at any time and marks planning-only platforms', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);
    await page.goto(`${app.url}/personas`);
    await page.getByRole('button', { name: 'Create demo persona' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lena Fern' }).waitFor();
    await page.goto(`${app.url}/personas`);
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'Lena Fern' }).count()).toBe(2);

    await page.goto(`${app.url}/content`);
    await page.getByRole('button', { name: 'New item' }).click();
    await page.getByRole('dialog', { name: 'New content item' }).getByRole('combobox', { name: 'Platform' }).click();
    await page.getByRole('option', { name: 'Facebook (planning only)', exact: true }).waitFor();
    await page.getByRole('option', { name: 'TikTok', exact: true }).waitFor();
    await page.getByRole('option', { name: 'Instagram', exact: true }).waitFor();
    await page.keyboard.press('Escape');

    // The board's filter and the persona's platform strategy say the same.
    await page.goto(`${app.url}/board`);
    await page.getByRole('search', { name: 'Filter the board' }).getByRole('combobox', { name: 'Platform', exact: true }).click();
    await page.getByRole('option', { name: 'Facebook (planning only)', exact: true }).waitFor();
    await page.getByRole('option', { name: 'LinkedIn', exact: true }).waitFor();
    await page.getByRole('option', { name: 'Sandbox (in-app)', exact: true }).waitFor();
    await page.goto(`${app.url}/personas/new`);
    await page.getByRole('combobox', { name: 'Platforms', exact: true }).click();
    await page.getByRole('option', { name: 'Facebook (planning only)', exact: true }).waitFor();
    await page.getByRole('option', { name: 'YouTube', exact: true }).waitFor();
    await context.close();
  });
});
