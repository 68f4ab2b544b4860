import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { probeVideo, VideoRejectedError } from '../../src/media/video-probe.js';
import { posterFrame, transcodeReasons, transcodeVideo } from '../../src/media/video-encode.js';
import { makeSampleVideo } from '../support/sample-video.js';

const tools = mediaTools({});
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-video-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('video probing, posters and transcoding with the shipped FFmpeg', () => {
  it('reads an H.264/AAC MP4 by content and finds nothing to transcode', async () => {
    const file = path.join(dir, 'upload.bin');
    await makeSampleVideo(tools, file, { width: 360, height: 640, seconds: 3, fps: 30 });
    const facts = await probeVideo(tools, file);
    expect(facts).toMatchObject({ container: 'mp4', mimeType: 'video/mp4', width: 360, height: 640, frameRate: 30, videoCodec: 'h264', audioCodec: 'aac' });
    expect(facts.durationMs).toBeGreaterThanOrEqual(2900);
    expect(facts.durationMs).toBeLessThanOrEqual(3100);
    expect(transcodeReasons(facts)).toEqual([]);
    const poster = await sharp(await posterFrame(tools, file, facts.durationMs)).metadata();
    expect(poster).toMatchObject({ format: 'jpeg', width: 360, height: 640 });
  });

  it('transcodes a VP9 WebM larger than the spec to H.264 MP4, reporting progress', async () => {
    const input = path.join(dir, 'wide.webm');
    const output = path.join(dir, 'wide.mp4');
    await makeSampleVideo(tools, input, { width: 2560, height: 1440, seconds: 1, fps: 24, codec: 'vp9', format: 'webm' });
    const facts = await probeVideo(tools, input);
    expect(facts).toMatchObject({ container: 'webm', videoCodec: 'vp9', audioCodec: 'opus', width: 2560, height: 1440 });
    expect(transcodeReasons(facts).join('; ')).toMatch(/container WEBM.*video codec vp9.*audio codec opus.*2560x1440/);
    const progress: number[] = [];
    await transcodeVideo(tools, input, output, facts, { onProgress: (fraction) => progress.push(fraction) });
    const after = await probeVideo(tools, output);
    expect(after).toMatchObject({ container: 'mp4', videoCodec: 'h264', audioCodec: 'aac', width: 1920, height: 1080 });
    expect(transcodeReasons(after)).toEqual([]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeGreaterThan(0.8);
  });

  it('stops a transcode when its signal is aborted', async () => {
    const input = path.join(dir, 'long.mp4');
    await makeSampleVideo(tools, input, { width: 1280, height: 720, seconds: 8, codec: 'mpeg4' });
    const facts = await probeVideo(tools, input);
    const abort = new AbortController();
    const running = transcodeVideo(tools, input, path.join(dir, 'long-out.mp4'), facts, { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(running).rejects.toThrow('cancelled');
  });

  it('refuses files that are not videos, whatever they are called', async () => {
    const fake = path.join(dir, 'clip.mp4');
    await writeFile(fake, 'this is text, not a video');
    await expect(probeVideo(tools, fake)).rejects.toBeInstanceOf(VideoRejectedError);
    const image = path.join(dir, 'still.mp4');
    await writeFile(image, await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c33' } }).png().toBuffer());
    await expect(probeVideo(tools, image)).rejects.toThrow(/not a video/);
  });
});
