import type { Locator, Page } from 'playwright-core';

/** A board column by its heading (`Idea`, `Ready`, `Scheduled`, …). */
export const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** A card in a column, by the item's title. */
export const card = (page: Page, columnName: string, title: string) =>
  column(page, columnName).getByRole('article', { name: title, exact: true });

async function box(page: Page, locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not visible on ${page.url()}`);
  return found;
}

const announcement = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pointer drag by the card's handle; dnd-kit starts a drag only after some movement. The card
 * may still be settling from an earlier move (a live event re-sorts its column), so the press
 * is retried from the handle's new place until the board announces the pick-up, and the drop
 * waits for the announcement that the card is over the target column.
 */
export async function dragWithMouse(page: Page, title: string, toColumn: string) {
  const handle = page.getByRole('button', { name: `Drag ${title}`, exact: true });
  // The pick-up is announced, then at once which column the card is over: either one will do.
  const pickedUp = announcement(page, new RegExp(`Picked up ${escaped(title)}\\.|${escaped(title)} is over `));
  for (let attempt = 1; ; attempt += 1) {
    const from = await box(page, handle);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    const started = await pickedUp.waitFor({ state: 'attached', timeout: 3_000 }).then(() => true, () => false);
    if (started) break;
    await page.mouse.up();
    if (attempt === 3) throw new Error(`dragging ${title} did not start`);
  }
  const to = await box(page, column(page, toColumn));
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 });
  await announcement(page, `${title} is over ${toColumn}.`).waitFor({ state: 'attached' });
  await page.mouse.up();
}

/**
 * Moves a card with the keyboard only: pick it up, arrow right `steps` columns, drop. Each key
 * waits for the screen reader announcement of the previous step.
 */
export async function dragWithKeyboard(page: Page, title: string, moves: { from: string; to: string; steps: number }) {
  const announced = (text: string) => announcement(page, text).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: `Drag ${title}`, exact: true }).focus();
  await page.keyboard.press('Space');
  await announced(`${title} is over ${moves.from}.`);
  for (let step = 0; step < moves.steps; step += 1) await page.keyboard.press('ArrowRight');
  await announced(`${title} is over ${moves.to}.`);
  await page.keyboard.press('Space');
}
