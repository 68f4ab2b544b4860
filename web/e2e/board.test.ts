import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, column, dragWithMouse } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startTogether, stopStarted } from './support/start-together.js';
import { createDemoPersonaInBrowser, dayButtonName, signInInBrowser, signUpInBrowser } from './support/session.js';

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  // signed-in: one test writes through the API as a signed-in integration would.
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp({ GRAPHQL_DOCUMENTS: 'signed-in' }), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

// Items of the demo persona: two READY, two DRAFT (with captions), two IDEA without caption.
const ideaWithoutCaption = 'Balcony wind: what it does to plants';
const draftWithCaption = 'Watering on a schedule vs. by touch';

describe('content board', () => {
  it('moves a card live across tabs, explains a refused move, and feeds the dashboard', async () => {
    const contextA = await browser.newContext();
    const contextB = await browser.newContext();
    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();

    const credentials = await signUpInBrowser(pageA, app.url);
    await createDemoPersonaInBrowser(pageA);
    await pageA.getByRole('main').getByRole('link', { name: 'Board', exact: true }).click();
    await pageA.waitForURL(/\/personas\/[^/]+\/board$/);
    const boardUrl = pageA.url();
    await card(pageA, 'Idea', ideaWithoutCaption).waitFor();

    // The same user in a second browser: sign-in lands on the dashboard, then the same board.
    await signInInBrowser(pageB, app.url, credentials);
    await pageB.getByRole('table', { name: 'Items by status' }).getByText('Lena Fern').waitFor();
    await pageB.goto(boardUrl);
    await card(pageB, 'Idea', ideaWithoutCaption).waitFor();
    await pageB.getByText('Live', { exact: true }).waitFor();
    await pageA.getByText('Live', { exact: true }).waitFor();

    // A legal move in A appears in B without a reload.
    await dragWithMouse(pageA, ideaWithoutCaption, 'Draft');
    await card(pageA, 'Draft', ideaWithoutCaption).waitFor();
    await card(pageB, 'Draft', ideaWithoutCaption).waitFor();
    await expect.poll(() => card(pageB, 'Idea', ideaWithoutCaption).count()).toBe(0);
    await expect.poll(() => column(pageB, 'Draft').getByLabel('3 items').count()).toBe(1);

    // B's drawer shows the move in the item's timeline.
    await card(pageB, 'Draft', ideaWithoutCaption).getByRole('button', { name: `Open ${ideaWithoutCaption}` }).click();
    const drawer = pageB.getByRole('dialog', { name: ideaWithoutCaption });
    const history = drawer.getByRole('list', { name: 'Status history' });
    await expect.poll(() => history.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => history.getByRole('listitem').last().innerText()).toMatch(/idea[\s\S]*draft[\s\S]*Test Person/i);
    await pageB.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);

    // Ready needs a caption: the server refuses, the card snaps back and the reason shows.
    await dragWithMouse(pageA, ideaWithoutCaption, 'Ready');
    const refusal = pageA.getByRole('alert').filter({ hasText: 'Cannot move from Draft to Ready' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Write a caption first.');
    await card(pageA, 'Draft', ideaWithoutCaption).waitFor();
    await expect.poll(() => card(pageA, 'Ready', ideaWithoutCaption).count()).toBe(0);
    await expect.poll(() => card(pageB, 'Ready', ideaWithoutCaption).count()).toBe(0);

    // B watches the dashboard while A moves a card with the keyboard only.
    await pageB.getByRole('link', { name: 'Dashboard' }).click();
    const feed = pageB.getByRole('list', { name: 'Live feed' });
    await feed.waitFor({ state: 'attached' });
    await pageB.getByText('Live', { exact: true }).waitFor();
    // Each key waits for the screen reader announcement of the previous step.
    const announced = (text: string) => pageA.getByRole('status').filter({ hasText: text }).waitFor({ state: 'attached' });
    await pageA.getByRole('button', { name: `Drag ${draftWithCaption}`, exact: true }).focus();
    await pageA.keyboard.press('Space');
    await announced(`${draftWithCaption} is over Draft.`);
    await pageA.keyboard.press('ArrowRight');
    await announced(`${draftWithCaption} is over Ready.`);
    await pageA.keyboard.press('Space');
    await card(pageA, 'Ready', draftWithCaption).waitFor();
    await expect.poll(() => feed.getByRole('listitem').first().innerText()).toMatch(
      new RegExp(`${draftWithCaption}[\\s\\S]*draft[\\s\\S]*ready[\\s\\S]*Test Person`, 'i'),
    );
    // The counts follow the events: three items are ready now.
    const lena = pageB.getByRole('table', { name: 'Items by status' }).getByRole('row').filter({ hasText: 'Lena Fern' });
    await expect.poll(() => lena.getByRole('cell').nth(3).innerText()).toBe('3');

    await contextA.close();
    await contextB.close();
  });

  it('asks when to publish before scheduling an item that has no time', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    // A ready item without a publishing time, created through the API as an integration would.
    const title = 'Quick tip without a time';
    await page.evaluate(
      async ({ personaId, title }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('doppelcart.token')}` },
          body: JSON.stringify({
            query: 'mutation ($input: CreateContentItemInput!) { createContentItem(input: $input) { id } }',
            variables: { input: { personaId, title, caption: 'Water in the morning.', platform: 'FACEBOOK', status: 'READY' } },
          }),
        });
        if (!response.ok) throw new Error(await response.text());
      },
      { personaId, title },
    );

    await page.goto(`${app.url}/board`);
    await card(page, 'Ready', title).getByRole('button', { name: `Open ${title}` }).click();
    await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: `Schedule “${title}”` });
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.getByText('Pick a time in the future').waitFor();

    const when = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await dialog.getByRole('button', { name: 'Publish at' }).click();
    if (when.getMonth() !== new Date().getMonth()) await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: dayButtonName(when), exact: true }).click();
    await page.getByRole('button', { name: 'Use this time' }).click();
    await dialog.getByRole('button', { name: 'Schedule' }).click();

    const scheduled = card(page, 'Scheduled', title);
    await scheduled.waitFor();
    // The persona posts in the zone the account signed up with: the browser's, as the picker's days.
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][when.getMonth()];
    const day = `${when.getDate()} ${month} ${when.getFullYear()}`;
    expect(await scheduled.innerText()).toContain(`${day}, 00:00`);
    await context.close();
  });
});
