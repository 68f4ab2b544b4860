import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../src/media/media-tools.js';
import { createItem, createPersona, expectData, expectError, expectNothingWritten } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { uploadClient } from './support/media-uploads.js';
import { uploadImage } from './support/publishing.js';
import { makeSampleVideo } from './support/sample-video.js';
import { useSignedInPersona } from './support/signed-in-persona.js';

// An item's format and ordered media through updateContentItem: what each platform's format
// takes is checked before anything is written, and asset stays the first media.

const scene = useSignedInPersona();
let dir: string;
let images: string[];
let reelVideo: string;
let longVideo: string;

const ITEM_MEDIA = `fragment ItemMediaFields on ContentItem { id version status format asset { id } media { position altText asset { id kind } } cover { id } mediaProblems }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { ...ItemMediaFields } } ${ITEM_MEDIA}`;

const update = (item: { id: string; version: number }, input: Record<string, unknown>) =>
  scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, ...input } });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-item-media-'));
  const jpeg = (colour: string) => sharp({ create: { width: 1080, height: 1350, channels: 3, background: colour } }).jpeg().toBuffer();
  images = await Promise.all(['#c33', '#3c3', '#33c'].map(async (colour) => uploadImage(scene.server.url, scene.user.token, scene.personaId, await jpeg(colour))));
  const tools = mediaTools({});
  const uploads = uploadClient(scene.server.url, scene.user.token);
  await makeSampleVideo(tools, path.join(dir, 'reel.mp4'), { width: 360, height: 640, seconds: 4 });
  await makeSampleVideo(tools, path.join(dir, 'long.mp4'), { width: 360, height: 640, seconds: 65, fps: 5, audio: false });
  reelVideo = (await uploads.uploadFile(scene.personaId, path.join(dir, 'reel.mp4'))).body.id;
  longVideo = (await uploads.uploadFile(scene.personaId, path.join(dir, 'long.mp4'))).body.id;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('item formats and media', () => {
  it('composes a carousel in order with alt text, keeping asset as the first slide', async () => {
    const item = await createItem(scene.user.request, scene.personaId, { caption: 'Three rooms, one light.', status: 'DRAFT' });
    const saved = expectData(await update(item, {
      format: 'CAROUSEL',
      media: [{ assetId: images[1], altText: 'Green wall at noon' }, { assetId: images[0], altText: ' Red door ' }, { assetId: reelVideo }],
    })).updateContentItem;
    expect(saved).toMatchObject({ format: 'CAROUSEL', asset: { id: images[1] }, mediaProblems: [] });
    expect(saved.media).toEqual([
      { position: 0, altText: 'Green wall at noon', asset: { id: images[1], kind: 'IMAGE' } },
      { position: 1, altText: 'Red door', asset: { id: images[0], kind: 'IMAGE' } },
      { position: 2, altText: '', asset: { id: reelVideo, kind: 'VIDEO' } },
    ]);
    // Reordering is sending the list in its new order.
    const reordered = expectData(await update(saved, { media: [saved.media[2], saved.media[0], saved.media[1]].map((entry: any) => ({ assetId: entry.asset.id, altText: entry.altText })) })).updateContentItem;
    expect(reordered.media.map((entry: any) => entry.asset.id)).toEqual([reelVideo, images[1], images[0]]);
    expect(reordered.asset.id).toBe(reelVideo);
    // The old single-image edit replaces the first slide and keeps the rest.
    const replaced = expectData(await update(reordered, { assetId: images[2] })).updateContentItem;
    expect(replaced.media.map((entry: any) => entry.asset.id)).toEqual([images[2], images[1], images[0]]);
    // Removing the image (the single-image edit) takes out the first slide only.
    const removed = expectData(await update(replaced, { assetId: null })).updateContentItem;
    expect(removed.media.map((entry: any) => entry.asset.id)).toEqual([images[1], images[0]]);
    expect(removed.asset.id).toBe(images[1]);
    const restored = expectData(await update(removed, { media: [images[2], images[1], images[0]].map((assetId) => ({ assetId })) })).updateContentItem;
    const ready = expectData(await update(restored, { status: 'READY' })).updateContentItem;
    expect(ready.status).toBe('READY');
    // The library says where each image is used, a later slide too.
    const usedBy = async (id: string) => expectData(await scene.user.request<any>(`query ($id: ID!) { asset(id: $id) { usedBy { id } } }`, { id })).asset.usedBy;
    expect(await usedBy(images[0]!)).toEqual([{ id: item.id }]);
    expect(await usedBy(reelVideo)).toEqual([]);
  });

  it('refuses media past a format\'s limits before writing anything, with the field and the reason', async () => {
    const item = await createItem(scene.user.request, scene.personaId, { caption: 'A long one.', status: 'DRAFT' });
    await expectNothingWritten(scene.server, ['content_item_media', 'content_item_status_changes'], async () => {
      const tooLong = expectError(await update(item, { format: 'CAROUSEL', media: [{ assetId: images[0] }, { assetId: longVideo }] }), 'BAD_USER_INPUT', 'input.media');
      expect(tooLong.message).toBe('input.media: needs media 2: a carousel video may be at most 60 s (is 65 s)');
    });
    const story = expectError(await update(item, { format: 'STORY', media: [{ assetId: longVideo }] }), 'BAD_USER_INPUT', 'input.media');
    expect(story.message).toBe('input.media: needs the media: a Story video may be at most 60 s (is 65 s)');
    const videoPost = expectError(await update(item, { media: [{ assetId: reelVideo }] }), 'BAD_USER_INPUT', 'input.media');
    expect(videoPost.message).toMatch(/a feed post takes images, not videos/);
    const twice = expectError(await update(item, { format: 'CAROUSEL', media: [{ assetId: images[0] }, { assetId: images[0] }] }), 'BAD_USER_INPUT', 'input.media');
    expect(twice.message).toMatch(/each image or video once/);
    const coverOnPost = expectError(await update(item, { coverAssetId: images[0] }), 'BAD_USER_INPUT', 'input.media');
    expect(coverOnPost.message).toMatch(/cover only for a Reel/);
    const notAFormat = expectError(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, format: 'TWEET' } }), 'BAD_USER_INPUT');
    expect(notAFormat.message).toMatch(/TWEET/);
  });

  it('needs the right count from READY on, and lets a draft be incomplete', async () => {
    const item = await createItem(scene.user.request, scene.personaId, { caption: 'Soon a carousel.', status: 'DRAFT' });
    const draft = expectData(await update(item, { format: 'CAROUSEL', media: [{ assetId: images[0] }] })).updateContentItem;
    expect(draft.mediaProblems).toEqual(['media: a carousel needs 2 to 10 images or videos (has 1)']);
    const refused = expectError(await update(draft, { status: 'READY' }), 'ILLEGAL_STATUS_TRANSITION');
    expect(refused.extensions?.missing).toEqual(['media: a carousel needs 2 to 10 images or videos (has 1)']);
    const reel = expectData(await update(draft, { format: 'REEL', media: [{ assetId: reelVideo }], coverAssetId: images[2] })).updateContentItem;
    expect(reel).toMatchObject({ format: 'REEL', cover: { id: images[2] }, mediaProblems: [] });
    const ready = expectData(await update(reel, { status: 'READY' })).updateContentItem;
    // Emptying a READY item's Reel is refused: move it back to DRAFT first.
    expectError(await update(ready, { media: [] }), 'BAD_USER_INPUT', 'input.media');
  });

  it("takes only the persona's own media", async () => {
    const other = await signUpUser(scene.server.url);
    const theirPersona = (await createPersona(other.request)).id;
    const jpeg = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#999' } }).jpeg().toBuffer();
    const theirImage = await uploadImage(scene.server.url, other.token, theirPersona, jpeg);
    const item = await createItem(scene.user.request, scene.personaId, { caption: 'Mine.', status: 'DRAFT' });
    const foreign = expectError(await update(item, { format: 'CAROUSEL', media: [{ assetId: images[0] }, { assetId: theirImage }] }), 'BAD_USER_INPUT', 'input.media');
    expect(foreign.message).toMatch(/persona's own images and videos/);
    expectError(await update(item, { media: [{ assetId: 'not-an-id' }] }), 'BAD_USER_INPUT', 'input.media');
  });

  it('lists the formats each platform takes, for the editor to offer', async () => {
    const { platforms } = expectData(await scene.user.request<any>(`{ platforms { platform formats { format minItems maxItems kinds maxVideoSeconds } } }`));
    const instagram = platforms.find((entry: any) => entry.platform === 'INSTAGRAM');
    expect(instagram.formats).toEqual([
      { format: 'POST', minItems: 1, maxItems: 1, kinds: ['IMAGE'], maxVideoSeconds: null },
      { format: 'CAROUSEL', minItems: 2, maxItems: 10, kinds: ['IMAGE', 'VIDEO'], maxVideoSeconds: 60 },
      { format: 'REEL', minItems: 1, maxItems: 1, kinds: ['VIDEO'], maxVideoSeconds: 900 },
      { format: 'STORY', minItems: 1, maxItems: 1, kinds: ['IMAGE', 'VIDEO'], maxVideoSeconds: 60 },
    ]);
  });
});
