import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPortrait } from '../../server/src/ai/offline-portrait.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithMouse } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

// The visual identity lock in the browser (issue 15 §2): lock the demo persona's look to
// portraits drawn from it, generate an image in that look and see its likeness; a stranger's
// photo is flagged, and goes to Ready only with a reason.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const title = 'Sowing chillies indoors';

describe('the visual identity lock in the browser', () => {
  it('locks a look, generates in it, shows the likeness, and asks for a reason before a stranger’s photo goes to Ready', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    // Lock the look to three portraits drawn from the written look.
    const look = page.getByRole('region', { name: 'Look' });
    await look.getByText('Auburn hair in a loose bun', { exact: false }).waitFor();
    await look.getByRole('button', { name: 'Lock the look…' }).click();
    const picker = page.getByRole('dialog', { name: 'Reference images' });
    for (let drawn = 1; drawn <= 3; drawn += 1) {
      await picker.getByRole('button', { name: 'Draw a portrait from the look' }).click();
      await picker.getByText(`${drawn} chosen`, { exact: false }).waitFor();
    }
    expect(await picker.getByRole('button', { name: 'Lock the look' }).isEnabled()).toBe(true);
    await picker.getByRole('button', { name: 'Lock the look' }).click();
    await picker.waitFor({ state: 'hidden' });
    await expect.poll(() => look.getByRole('img', { name: /^Reference image \d$/ }).count()).toBe(3);
    await look.getByText('Locked to 3 reference images', { exact: false }).waitFor();

    // An image generated for an item is drawn from the references and scores as the persona.
    await page.getByRole('main').getByRole('link', { name: 'Board', exact: true }).click();
    await card(page, 'Draft', title).getByRole('button', { name: `Open ${title}` }).click();
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.getByRole('button', { name: 'Generate image' }).click();
    const meter = drawer.getByRole('status', { name: 'Likeness check' });
    await meter.getByText('Looks like the persona’s reference images', { exact: false }).waitFor();
    expect(await meter.innerText()).toMatch(/likeness \d+[\s\S]*Most like reference image [123]/i);

    // A photo of someone else is flagged as soon as it is attached.
    const stranger = await renderPortrait({ name: 'Priya Sol', handle: 'priya.cooks', look: 'long black hair, brown skin, brown eyes, mustard blouse' }, 0);
    const chooser = page.waitForEvent('filechooser');
    await drawer.getByRole('button', { name: 'Upload image' }).click();
    await (await chooser).setFiles({ name: 'priya.jpg', mimeType: 'image/jpeg', buffer: stranger });
    await meter.getByText('Below the persona’s threshold of 70', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);

    // Ready asks why, and goes through with the reason, kept on the item.
    await dragWithMouse(page, title, 'Ready');
    const ask = page.getByRole('dialog', { name: 'Image unlike the persona' });
    await ask.getByText('does not look like the persona').waitFor();
    await ask.getByRole('textbox', { name: 'Why move it anyway?' }).fill('Guest post by her neighbour Priya');
    await ask.getByRole('button', { name: 'Move to Ready anyway' }).click();
    await card(page, 'Ready', title).waitFor();
    await card(page, 'Ready', title).getByRole('button', { name: `Open ${title}` }).click();
    await drawer.getByRole('alert').filter({ hasText: 'Likeness check overridden' }).waitFor();
    await drawer.getByRole('list', { name: 'Provenance' }).getByText('Likeness check overridden: “Guest post by her neighbour Priya”').waitFor();
    await context.close();
  });
});
