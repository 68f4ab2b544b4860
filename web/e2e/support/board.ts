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

/** A pointer drag by the card's handle; dnd-kit starts a drag only after some movement. */
export async function dragWithMouse(page: Page, title: string, toColumn: string) {
  const handle = page.getByRole('button', { name: `Drag ${title}`, exact: true });
  const from = await box(page, handle);
  const to = await box(page, column(page, toColumn));
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 });
  await page.mouse.up();
}

/**
 * Moves a card with the keyboard only: pick it up, arrow right `steps` columns, drop. Each key
 * waits for the screen reader announcement of the previous step.
 */
export async function dragWithKeyboard(page: Page, title: string, moves: { from: string; to: string; steps: number }) {
  const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: `Drag ${title}`, exact: true }).focus();
  await page.keyboard.press('Space');
  await announced(`${title} is over ${moves.from}.`);
  for (let step = 0; step < moves.steps; step += 1) await page.keyboard.press('ArrowRight');
  await announced(`${title} is over ${moves.to}.`);
  await page.keyboard.press('Space');
}
