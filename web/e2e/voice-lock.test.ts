import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithMouse } from './support/board.js';
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

const title = 'Balcony wind: what it does to plants';
const offVoice = 'OMG you guys!!! 🌱🌱🌱 This AMAZING trick changed EVERYTHING 😍😍 Link in bio NOW!!! 🔥🔥 #ad #plantmom #blessed';
const inVoice = 'Wind dries pots twice as fast. I check mine every evening in May. Two litres for the big tomato, one for the herbs.';

describe('the voice lock in the browser', () => {
  it('scores the caption as it is typed, and asks for a reason before a flagged item goes to Ready', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);
    await page.getByRole('main').getByRole('link', { name: 'Board', exact: true }).click();
    await card(page, 'Idea', title).getByRole('button', { name: `Open ${title}` }).click();
    const drawer = page.getByRole('dialog', { name: title });

    // As typed: off voice is flagged with its reasons, in voice passes.
    const caption = drawer.getByRole('textbox', { name: 'Caption', exact: true });
    const meter = drawer.getByRole('status', { name: 'Voice check' });
    await caption.fill(inVoice);
    await meter.getByText('In the persona’s voice', { exact: false }).waitFor();
    await caption.fill(offVoice);
    await meter.getByText('Below the persona’s threshold', { exact: false }).waitFor();
    await meter.getByText(/more emoji than the persona's posts/).waitFor();
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Changes saved').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);

    // Draft is allowed; Ready asks why, and goes through with the reason.
    await dragWithMouse(page, title, 'Draft');
    await card(page, 'Draft', title).waitFor();
    await dragWithMouse(page, title, 'Ready');
    const ask = page.getByRole('dialog', { name: 'Off-voice caption' });
    await ask.getByText('does not sound like the persona').waitFor();
    await ask.getByRole('textbox', { name: 'Why move it anyway?' }).fill('Quoting a follower’s comment');
    await ask.getByRole('button', { name: 'Move to Ready anyway' }).click();
    await card(page, 'Ready', title).waitFor();

    // The override stays on the item, with who and why.
    await card(page, 'Ready', title).getByRole('button', { name: `Open ${title}` }).click();
    const overridden = drawer.getByRole('alert').filter({ hasText: 'Voice check overridden' });
    await overridden.waitFor();
    expect(await overridden.innerText()).toMatch(/Test Person[\s\S]*Quoting a follower’s comment/);
    // The provenance ledger says the same, with who approved it.
    const ledger = drawer.getByRole('list', { name: 'Provenance' });
    await ledger.getByText('Voice check overridden: “Quoting a follower’s comment”').waitFor();
    await ledger.getByText(/^Approved for publishing by Test Person/).waitFor();
    await context.close();
  });
});
