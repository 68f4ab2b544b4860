import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools, runTool } from '../../src/media/media-tools.js';
import { probeVideo } from '../../src/media/video-probe.js';
import { createItem, expectData } from '../support/fixtures.js';
import { uploadImage } from '../support/publishing.js';
import { useSignedInPersona } from '../support/signed-in-persona.js';

// An AI video for an item, offline (no API key): slides of the persona's images with motion,
// made in the background with progress, stored with the provenance of generated media.

const scene = useSignedInPersona();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-item-video-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const RUN = `query ($id: ID!) { generationRun(id: $id) { id kind state progress error generator asset { id kind source digitalSourceType durationSeconds width height url prompt generatedFrom { id } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version format media { asset { id kind } } } }`;

describe('AI video for an item', () => {
  it('makes an offline video from the item\'s images in the background, with progress and provenance', async () => {
    const jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#c8643c' } }).jpeg().toBuffer();
    const image = await uploadImage(scene.server.url, scene.user.token, scene.personaId, jpeg);
    const item = await createItem(scene.user.request, scene.personaId, { status: 'DRAFT', caption: 'Morning light on the balcony', platform: 'INSTAGRAM' });
    const withImage = expectData(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: item.version, media: [{ assetId: image }] } })).updateContentItem;
    const started = expectData(await scene.user.request<any>(`mutation ($itemId: ID!) { generateItemVideo(itemId: $itemId) { id kind state generator } }`, { itemId: item.id })).generateItemVideo;
    expect(started).toMatchObject({ kind: 'VIDEO', state: 'QUEUED', generator: 'OFFLINE' });
    const runNow = async () => expectData(await scene.user.request<any>(RUN, { id: started.id })).generationRun;
    await expect.poll(runNow, { timeout: 60_000, interval: 100 }).toMatchObject({ state: 'SUCCEEDED', progress: 100 });
    const run = await runNow();
    expect(run.asset).toMatchObject({ kind: 'VIDEO', source: 'GENERATED', width: 720, height: 1280, generatedFrom: [{ id: image }] });
    expect(run.asset.digitalSourceType).toBe('http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia');
    expect(run.asset.durationSeconds).toBeCloseTo(3, 0);
    // The file itself says where it came from, and is a spec video (H.264, AAC).
    const file = path.join(dir, 'made.mp4');
    const bytes = Buffer.from(await (await fetch(new URL(run.asset.url, scene.server.url))).arrayBuffer());
    await writeFile(file, bytes);
    expect(await probeVideo(mediaTools({}), file)).toMatchObject({ videoCodec: 'h264', audioCodec: 'aac' });
    const tags = (await runTool(mediaTools({}).ffprobe, ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'default=nw=1:nk=1', file], { collect: true })).toString();
    expect(tags).toMatch(/trainedAlgorithmicMedia/);
    // The person adds it to the item as a Reel, as any video.
    const reel = expectData(await scene.user.request<any>(UPDATE, { id: item.id, input: { expectedVersion: withImage.version, format: 'REEL', media: [{ assetId: run.asset.id }] } })).updateContentItem;
    expect(reel).toMatchObject({ format: 'REEL', media: [{ asset: { id: run.asset.id, kind: 'VIDEO' } }] });
  });

  it('cancels a run and keeps nothing of it', async () => {
    const item = await createItem(scene.user.request, scene.personaId, { status: 'DRAFT', caption: 'Never mind', platform: 'INSTAGRAM' });
    const started = expectData(await scene.user.request<any>(`mutation ($itemId: ID!) { generateItemVideo(itemId: $itemId) { id } }`, { itemId: item.id })).generateItemVideo;
    const cancelled = expectData(await scene.user.request<any>(`mutation ($id: ID!) { cancelGeneration(id: $id) { state } }`, { id: started.id })).cancelGeneration;
    expect(cancelled.state).toBe('CANCELLED');
    const run = expectData(await scene.user.request<any>(RUN, { id: started.id })).generationRun;
    expect(run).toMatchObject({ state: 'CANCELLED', asset: null });
  });
});
