import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../server/src/media/media-tools.js';
import { startFakeBluesky, type FakeBluesky } from '../../server/test/support/fake-bluesky.js';
import { startFakeInstagram, type FakeInstagram } from '../../server/test/support/fake-instagram.js';
import { instagramSettings } from '../../server/test/support/publishing.js';
import { makeSampleImage } from '../../server/test/support/sample-video.js';
import { startBuiltApp, type RunningApp } from './support/app-process.js';
import { card, dragWithKeyboard } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectMediaComplete, openEditor, uploadMedia } from './support/media-editor.js';
import { connectInstagramInBrowser, connectSandboxInBrowser } from './support/publishing.js';
import { createDemoPersonaInBrowser, signInInBrowser, signUpInBrowser } from './support/session.js';
import { startTogether, stopStarted } from './support/start-together.js';

// Cross-posting as a content team meets it (issue 17 §3-4): connect Instagram, Bluesky and the
// Sandbox, post one item on all three at once with a caption of its own for Bluesky, and watch
// from a second browser each channel's post turn published, with its link, without a reload.

const TITLE = 'Sowing chillies indoors';
const BLUESKY_CAPTION = 'Chillies on the sill 🌶️ three weeks of warmth first #chillies';
let instagram: FakeInstagram;
let bluesky: FakeBluesky;
let app: RunningApp;
let browser: TestBrowser;
let dir: string;
let image: string;

beforeAll(async () => {
  [instagram, bluesky] = await Promise.all([startFakeInstagram({ quotaTotal: 1000 }), startFakeBluesky()]);
  [app, browser] = await startTogether<[RunningApp, TestBrowser]>(
    [startBuiltApp({ ...instagramSettings(instagram), INSTAGRAM_CONTAINER_POLL_MS: '50', BLUESKY_SERVICE_URL: bluesky.url }), launchBrowser()],
    stopStarted,
  );
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-e2e-cross-post-'));
  image = path.join(dir, 'chillies.jpg');
  await makeSampleImage(mediaTools({}), image, { width: 1080, height: 1080, colour: '0xb8442c' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await Promise.all([instagram?.close(), bluesky?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('cross-posting in the browser', () => {
  it('posts one item on Instagram, Bluesky and the Sandbox at once, each turning published live with its link', async () => {
    const contextA = await browser.newContext();
    const page = await contextA.newPage();
    const credentials = await signUpInBrowser(page, app.url);
    const personaId = await createDemoPersonaInBrowser(page);
    await connectSandboxInBrowser(page);
    await page.goto(`${app.url}/personas/${personaId}`);
    await connectInstagramInBrowser(page);
    await page.getByRole('button', { name: 'Connect Bluesky' }).click();
    const connect = page.getByRole('dialog', { name: 'Connect Bluesky' });
    await connect.getByRole('textbox', { name: 'Handle' }).fill(bluesky.handle);
    await connect.getByLabel('App password').fill(bluesky.appPassword);
    await connect.getByRole('button', { name: 'Connect', exact: true }).click();
    await connect.waitFor({ state: 'hidden' });

    // The Instagram draft gets its image, then moves to Ready.
    const form = await openEditor(page, app.url, TITLE);
    await uploadMedia(page, form, [image]);
    await expectMediaComplete(form, 1);
    await page.keyboard.press('Escape');
    const board = `${app.url}/personas/${personaId}/board`;
    await page.goto(board);
    await card(page, 'Draft', TITLE).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    const moved = page.waitForResponse((response) => (response.request().postData() ?? '').includes('"operationName":"MoveContentItem"'));
    await dragWithKeyboard(page, TITLE, { from: 'Draft', to: 'Ready', steps: 1 });
    await moved;
    await card(page, 'Ready', TITLE).waitFor();

    // A colleague watches the item's drawer in a second browser.
    const contextB = await browser.newContext();
    const watcher = await contextB.newPage();
    await signInInBrowser(watcher, app.url, credentials);
    await watcher.getByRole('table', { name: 'Items by status' }).getByText('Lena Fern').waitFor();
    await watcher.goto(board);
    await watcher.getByText('Live', { exact: true }).waitFor();
    await card(watcher, 'Ready', TITLE).getByRole('button', { name: `Open ${TITLE}` }).click();
    const drawer = watcher.getByRole('dialog', { name: TITLE });
    await drawer.getByText('Not scheduled on a channel yet.').waitFor();

    // Scheduling offers every channel; the Instagram one is picked for an Instagram item.
    await dragWithKeyboard(page, TITLE, { from: 'Ready', to: 'Scheduled', steps: 1 });
    const dialog = page.getByRole('dialog', { name: `Schedule “${TITLE}” on a channel` });
    const channels = dialog.getByRole('group', { name: 'Channels' });
    const instagramBox = channels.getByRole('checkbox', { name: `@${instagram.username} · Instagram`, exact: true });
    expect(await instagramBox.isChecked()).toBe(true);
    await channels.getByRole('checkbox', { name: `@${bluesky.handle} · Bluesky`, exact: true }).check();
    await channels.getByRole('checkbox', { name: /· Sandbox \(in-app\)$/ }).check();
    // Bluesky gets a caption of its own; the preview shows it on Bluesky's tab.
    await channels.getByRole('button', { name: `Own caption for @${bluesky.handle}` }).click();
    const own = channels.getByRole('textbox', { name: `Caption for @${bluesky.handle} · Bluesky` });
    await own.fill(BLUESKY_CAPTION);
    await dialog.getByRole('radiogroup', { name: 'Preview on' }).getByText('Bluesky', { exact: true }).click();
    await expect.poll(() => dialog.getByTestId('preview-caption').innerText()).toContain('three weeks of warmth first');
    await dialog.getByRole('button', { name: 'Post now' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // In the other browser, each channel's post appears and turns published with its link.
    const posts = drawer.getByRole('list', { name: 'Posts by channel' });
    await expect.poll(() => posts.getByRole('listitem').count(), { timeout: 20_000 }).toBe(3);
    for (const where of [`Bluesky · @${bluesky.handle}`, `Instagram · @${instagram.username}`, /^Sandbox \(in-app\) · /]) {
      const entry = posts.getByRole('listitem', { name: where });
      await entry.getByText('Published', { exact: true }).waitFor({ timeout: 30_000 });
      await entry.getByRole('link', { name: 'View post' }).waitFor();
    }
    await card(watcher, 'Posted', TITLE).waitFor();

    // The links lead to what each network published, once.
    const linkOf = (where: string | RegExp) => posts.getByRole('listitem', { name: where }).getByRole('link', { name: 'View post' }).getAttribute('href');
    const onBluesky = bluesky.posts.filter((post) => post.record.text === BLUESKY_CAPTION);
    expect(onBluesky).toHaveLength(1);
    expect(await linkOf(`Bluesky · @${bluesky.handle}`)).toBe(`https://bsky.app/profile/${bluesky.handle}/post/${onBluesky[0]!.rkey}`);
    expect(instagram.published.filter((media) => media.caption.startsWith('Chillies need a head start'))).toHaveLength(1);
    expect(await linkOf(`Instagram · @${instagram.username}`)).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
    const sandboxLink = await linkOf(/^Sandbox \(in-app\) · /);
    await watcher.goto(new URL(sandboxLink!, app.url).toString());
    await watcher.getByText(/^Chillies need a head start/).first().waitFor();

    await contextA.close();
    await contextB.close();
  });
});
