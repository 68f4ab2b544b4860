import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from '../../server/node_modules/sharp/lib/index.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
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

describe('asset library', () => {
  it('uploads an image, shows the server’s refusal of a fake one, attaches the image to an item and deletes it', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a9955' } }).png().toBuffer();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, app.url);
    await createDemoPersonaInBrowser(page);

    await page.getByRole('link', { name: 'Assets' }).click();
    await page.waitForURL(/\/assets$/);
    await page.getByText('No images yet').waitFor();
    // Uploads belong to a persona: none chosen, none possible.
    const input = page.getByLabel('Upload images and videos', { exact: true });
    await expect.poll(() => input.isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: 'Persona', exact: true }).click();
    await page.getByRole('option', { name: /^Lena Fern/ }).click();
    await expect.poll(() => input.isDisabled()).toBe(false);

    // Declared a camera photo: the stored file says so in its XMP (the IPTC digital source type).
    await page.getByRole('combobox', { name: 'Where are these images from?' }).click();
    await page.getByRole('option', { name: 'A photo or video taken with a camera' }).click();
    await input.setInputFiles({ name: 'balcony.png', mimeType: 'image/png', buffer: png });
    await page.getByText('Uploaded 1 image').waitFor();
    const card = page.getByRole('article', { name: 'Uploaded image' });
    await card.getByText('64×48 · PNG', { exact: false }).waitFor();
    const image = card.getByRole('img', { name: 'Uploaded image' });
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(64);
    const stored = Buffer.from(await (await fetch(new URL((await image.getAttribute('src'))!, app.url))).arrayBuffer());
    expect((await sharp(stored).metadata()).xmp?.toString('utf8')).toContain('http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture');

    // An HTML page named .png passes the picker; the server reads the bytes and refuses it.
    const fake = Buffer.from('<!doctype html><html><body>not an image</body></html>');
    await input.setInputFiles({ name: 'not-really.png', mimeType: 'image/png', buffer: fake });
    const refusal = page.getByRole('alert').filter({ hasText: 'Some files were not uploaded' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/not-really\.png:\s*The file is not an image DoppelCart can read \(JPEG, PNG or WebP\)/);
    await expect.poll(() => page.getByRole('article').count()).toBe(1);

    // An item shows the upload once chosen from the library in its editor.
    const title = 'Balcony wind: what it does to plants';
    await page.getByRole('link', { name: 'Content' }).click();
    await page.getByRole('table', { name: 'Content items' }).getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit content item' });
    await form.getByRole('button', { name: 'Choose from library' }).click();
    await page.getByRole('dialog', { name: 'Choose an image' }).getByRole('button', { name: 'Use Uploaded image' }).click();
    await form.getByRole('img', { name: 'Uploaded image' }).waitFor();
    await form.getByRole('button', { name: 'Remove image' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: 'Assets' }).click();
    await card.getByRole('link', { name: title }).waitFor();
    await card.getByRole('button', { name: 'Delete Uploaded image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this image?' });
    await dialog.getByText('1 content item shows it; they keep their text and show no image until it is restored.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.getByText('No images yet').waitFor();
    await context.close();
  });
});
