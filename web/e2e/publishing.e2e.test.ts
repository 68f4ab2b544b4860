import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithKeyboard } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { pickDateTime, wallClockIn } from './support/date-time-picker.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { createDemoPersonaInBrowser, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  // Without Instagram's app credentials, connecting Instagram explains that it is not set up.
  const withoutInstagram = { INSTAGRAM_APP_ID: undefined, INSTAGRAM_APP_SECRET: undefined };
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(withoutInstagram), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

// A READY Instagram item of the demo persona, with a caption and hashtags.
const title = 'Soil first: the 3-bag balcony mix';

describe('publishing on the Sandbox channel', () => {
  it('schedules a ready item and watches it go out live on the board, the calendar and the feed', async () => {
    const context = await browser.newContext();
    const board = await context.newPage();
    await signUpInBrowser(board, app.url);
    const personaId = await createDemoPersonaInBrowser(board);

    // On the channels page (from the persona page) Instagram is not configured: its button is
    // off and says why, pointing to the README; the Sandbox connects.
    await board.getByRole('main').getByRole('link', { name: 'Channels', exact: true }).click();
    await board.getByRole('heading', { level: 1, name: 'Lena Fern: channels' }).waitFor();
    const connectInstagram = board.getByRole('button', { name: 'Connect Instagram' });
    await expect.poll(() => connectInstagram.isDisabled()).toBe(true);
    const reason = await connectInstagram.getAttribute('aria-describedby');
    expect(await board.locator(`[id="${reason}"]`).innerText()).toMatch(/^Instagram is not configured on this server: set INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET \(README/);
    await board.getByRole('button', { name: 'Connect Sandbox' }).click();
    const sandbox = board.getByRole('list', { name: 'Channels' }).getByRole('article', { name: /Sandbox/ });
    await sandbox.getByText('Active', { exact: true }).waitFor();

    // A second tab watches the persona's calendar while the first one schedules on the board.
    const calendar = await context.newPage();
    await calendar.goto(`${app.url}/personas/${personaId}/calendar`);
    const grid = calendar.getByRole('region', { name: 'Posting calendar' });
    await grid.getByRole('button', { name: 'Today' }).waitFor();
    await calendar.getByText('Live', { exact: true }).waitFor();

    // Dropping an Instagram item on Scheduled asks for a channel and a time instead of moving it.
    await board.goto(`${app.url}/personas/${personaId}/board`);
    await card(board, 'Ready', title).waitFor();
    await board.getByText('Live', { exact: true }).waitFor();
    await dragWithKeyboard(board, title, { from: 'Ready', to: 'Scheduled', steps: 1 });
    const dialog = board.getByRole('dialog', { name: `Schedule “${title}” on a channel` });
    // The persona's only channel is picked already.
    expect(await dialog.getByRole('checkbox', { name: '@lena.grows (Sandbox) · Sandbox (in-app)', exact: true }).isChecked()).toBe(true);
    await card(board, 'Ready', title).waitFor();

    // Times are the persona's wall clock; its zone is named in the dialog.
    const description = await dialog.getByText(/time zone, /).innerText();
    const timeZone = /time zone, (\S+) \(now/.exec(description)?.[1];
    if (!timeZone) throw new Error(`no time zone in “${description}”`);

    // The time starts at the item's planned time, to the minute: no seconds to type.
    const planned = await dialog.getByRole('button', { name: 'Publish at' }).innerText();
    expect(planned).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} 17:00$/);

    // A time already past today: the server refuses, the error sits under the input, nothing changes.
    const today = wallClockIn(timeZone, new Date());
    await pickDateTime(board, dialog, 'Publish at', { ...today, hour: 0, minute: 0, second: 0 }, today);
    await dialog.getByRole('button', { name: 'Schedule post' }).click();
    await dialog.getByText('must be in the future').waitFor();
    expect(await card(board, 'Ready', title).count()).toBe(1);

    // Post now: it is scheduled at the server's now, then published by the Sandbox.
    await dialog.getByRole('button', { name: 'Post now' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(board, 'Posted', title).waitFor({ timeout: 20_000 });
    const published = grid.getByText(`${title} · Published`);
    await published.waitFor();

    // The calendar's details link to the post in the Sandbox feed.
    await published.click();
    const details = calendar.getByRole('dialog', { name: title });
    const permalink = details.getByRole('link', { name: 'View post' });
    const href = await permalink.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/personas/${personaId}/sandbox#post-`));
    await permalink.click();
    const post = calendar.locator(`article[id="${href?.split('#')[1]}"]`);
    await post.waitFor();
    expect(await post.innerText()).toContain('My balcony mix is 1 part compost');
    await expect.poll(() => post.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);

    await context.close();
  }, 120_000);

  it('schedules at a suggested time with one click', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const personaId = await demoPersonaOnSandbox(page, app.url);

      const other = 'Which containers actually work';
      await page.goto(`${app.url}/personas/${personaId}/board`);
      await card(page, 'Ready', other).waitFor();
      await dragWithKeyboard(page, other, { from: 'Ready', to: 'Scheduled', steps: 1 });
      const dialog = page.getByRole('dialog', { name: `Schedule “${other}” on a channel` });
      // No history yet: the usual evening slot, 17:00 in the persona's zone.
      const suggestions = dialog.getByRole('group', { name: 'Suggested times' }).getByRole('button');
      await suggestions.first().waitFor();
      expect(await suggestions.count()).toBe(3);
      const label = (await suggestions.first().innerText()).trim();
      expect(label).toMatch(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, 17:00$/);
      await suggestions.first().click();
      const [, day, month] = /^\w{3} (\d{1,2}) (\w{3}), 17:00$/.exec(label)!;
      expect(await dialog.getByRole('button', { name: 'Publish at' }).innerText()).toContain(`${day} ${month}`);
      await dialog.getByRole('button', { name: 'Schedule post' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(new RegExp(`goes out on @lena\\.grows \\(Sandbox\\) at ${day} ${month} \\d{4}, 17:00:00`)).waitFor();
      await card(page, 'Scheduled', other).waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it("schedules a plan's ready items at their planned times in one go", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await demoPersonaOnSandbox(page, app.url);
      await page.getByRole('group', { name: 'This persona' }).getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('link', { name: 'Spring balcony reset' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Spring balcony reset' }).waitFor();
      const counts = page.getByRole('group', { name: 'Content items by status' });
      await counts.getByText('2 ready').waitFor();

      await page.getByRole('button', { name: 'Schedule ready items' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule the plan’s ready items' });
      // The Sandbox is the persona's only channel, so it is already chosen.
      expect(await dialog.getByRole('combobox', { name: 'Channel' }).inputValue()).toBe('@lena.grows (Sandbox) · Sandbox (in-app)');
      await dialog.getByRole('button', { name: 'Schedule 2 items' }).click();
      await dialog.getByText('Scheduled 2 posts at their planned times.').waitFor();
      expect(await dialog.getByRole('list', { name: 'Items left as Ready' }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await counts.getByText('2 scheduled').waitFor();
      expect(await page.getByRole('button', { name: 'Schedule ready items' }).isDisabled()).toBe(true);
    } finally {
      await context.close();
    }
  }, 120_000);
});
