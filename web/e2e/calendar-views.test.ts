import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, column } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { demoPersonaOnSandbox } from './support/publishing.js';
import { startTogether, stopStarted } from './support/start-together.js';

// The calendar's week view opens at working hours; on a 390 px phone the calendar is a list and
// the schedule dialog fills the screen, starting at the item's planned time.

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>([startBuiltApp(), launchBrowser()], stopStarted);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const title = 'Soil first: the 3-bag balcony mix';

describe('calendar views and the schedule dialog', () => {
  it('shows planned items apart from posts, and dragging a Ready one to another day schedules it there', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/calendar`);
    const calendar = page.getByRole('region', { name: 'Posting calendar' });
    const planned = calendar.locator('.planned-event').filter({ hasText: 'Which containers actually work · Planned (Ready)' });
    await planned.waitFor();

    // Drag it to the next day (or the day before, at the end of the grid).
    const day = await planned.evaluate((event) => event.closest('td[data-date]')!.getAttribute('data-date')!);
    const shift = (days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const forward = calendar.locator(`td[data-date="${shift(1)}"]`);
    const target = (await forward.count()) ? forward : calendar.locator(`td[data-date="${shift(-1)}"]`);
    const targetDay = (await target.getAttribute('data-date'))!;
    const from = (await planned.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();

    const dialog = page.getByRole('dialog', { name: 'Schedule “Which containers actually work” on a channel' });
    const [, month, date] = targetDay.split('-').map(Number);
    const monthName = new Date(Date.UTC(2000, month! - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    expect(await dialog.getByRole('button', { name: 'Publish at' }).innerText()).toBe(`${date} ${monthName} ${targetDay.slice(0, 4)} 17:00`);
    // The preview folds the caption as the feed does and frames the image at Instagram's 4:5.
    const preview = dialog.getByRole('figure', { name: 'Post preview' });
    expect(await preview.getByTestId('preview-caption').innerText()).toMatch(/^lena\.grows Terracotta looks great.*… more$/s);
    expect(await preview.locator('[data-aspect]').getAttribute('data-aspect')).toBe('0.80');
    await dialog.getByRole('button', { name: 'Schedule post' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await calendar.locator(`td[data-date="${targetDay}"]`).getByText('Which containers actually work · Pending').waitFor();
    await expect.poll(() => planned.count()).toBe(0);

    // A click on an empty day creates an item planned for it, in the editor.
    await page.goto(`${app.url}/personas/${personaId}/calendar`);
    await calendar.locator(`td[data-date="${targetDay}"] .fc-daygrid-day-frame`).click({ position: { x: 10, y: 60 } });
    const editor = page.getByRole('dialog', { name: 'New content item' });
    expect(await editor.getByRole('button', { name: 'Scheduled at' }).innerText()).toMatch(new RegExp(`^${date} ${monthName} ${targetDay.slice(0, 4)},? 09:00`));
    await context.close();
  });

  it('opens the week view at 08:00', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);
    await page.goto(`${app.url}/personas/${personaId}/calendar`);
    const calendar = page.getByRole('region', { name: 'Posting calendar' });
    await calendar.getByRole('button', { name: 'Week' }).click();
    const eight = calendar.locator('.fc-timegrid-slot-label[data-time="08:00:00"]');
    await eight.waitFor();
    // The day's scroller starts at the 08:00 row; earlier hours are there, scrolled above.
    const offset = () =>
      eight.evaluate((label) => {
        const scroller = label.closest('.fc-scroller')!;
        return { top: label.getBoundingClientRect().top - scroller.getBoundingClientRect().top, scrolled: scroller.scrollTop };
      });
    await expect.poll(async () => Math.abs((await offset()).top)).toBeLessThan(4);
    expect((await offset()).scrolled).toBeGreaterThan(0);
    await context.close();
  });

  it('lists posts on a 390 px phone, and the schedule dialog fills the screen from the planned time', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const personaId = await demoPersonaOnSandbox(page, app.url);

    await page.goto(`${app.url}/personas/${personaId}/board`);
    await page.getByRole('radiogroup', { name: 'Status shown' }).getByText('Ready 2').click();
    await card(page, 'Ready', title).getByRole('button', { name: `Open ${title}` }).click();
    await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Publish on a channel…' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Schedule “${title}” on a channel` });
    await dialog.getByRole('button', { name: 'Post now' }).waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(388);
    const publishAt = await dialog.getByRole('button', { name: 'Publish at' }).innerText();
    expect(publishAt).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} 17:00$/);
    await dialog.getByRole('button', { name: 'Schedule post' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await expect.poll(() => column(page, 'Ready').getByRole('article', { name: title }).count()).toBe(0);

    // The list runs two weeks from today, whatever the weekday: seen from six days before, a
    // calendar week would have ended before the post on most days.
    await page.clock.setFixedTime(Date.parse(`${publishAt.replace(' 17:00', '')} 12:00 UTC`) - 6 * 86_400_000);
    await page.goto(`${app.url}/personas/${personaId}/calendar`);
    const calendar = page.getByRole('region', { name: 'Posting calendar' });
    await calendar.locator('.fc-list').waitFor();
    await calendar.getByText(`${title} · Pending`).first().waitFor();
    await expect.poll(() => calendar.locator('.fc-list-event').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
