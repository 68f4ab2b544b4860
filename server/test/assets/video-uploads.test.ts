import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTools } from '../../src/media/media-tools.js';
import { countRows, createPersona, expectData } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { uploadClient } from '../support/media-uploads.js';
import { makeSampleVideo } from '../support/sample-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Videos through the resumable upload protocol and the small-file route, against the real
// server and worker: 64 KB chunks and a 5 MB cap, so the test files stay small.

const tools = mediaTools({});
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let personaId: string;
let dir: string;
let uploads: ReturnType<typeof uploadClient>;

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_CHUNK_KB: '64', MAX_VIDEO_UPLOAD_MB: '5' });
  user = await signUpUser(server.url);
  personaId = (await createPersona(user.request)).id;
  uploads = uploadClient(server.url, user.token);
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-uploads-'));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const ASSET = `query ($id: ID!) { asset(id: $id) { id kind mimeType width height durationSeconds frameRate videoCodec audioCodec posterUrl url processing processingProgress processingError } }`;
const assetOf = async (id: string) => expectData(await user.request<any>(ASSET, { id })).asset;

describe('video uploads', () => {
  it('takes a video in chunks, resumes from the offset the server reports, and stores it probed with a poster', async () => {
    const file = path.join(dir, 'reel.mp4');
    await makeSampleVideo(tools, file, { width: 720, height: 1280, seconds: 4, fps: 30 });
    const bytes = await readFile(file);
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    const started = await uploads.start({ personaId, fileName: 'reel.mp4', byteSize: bytes.length });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ receivedBytes: 0, byteSize: bytes.length, chunkBytes: 65536 });
    const { id, chunkBytes } = started.body;

    expect((await uploads.chunk(id, 0, bytes.subarray(0, chunkBytes))).body.receivedBytes).toBe(chunkBytes);
    // The connection drops; the client repeats the chunk it already sent: refused with where to go on.
    const repeated = await uploads.chunk(id, 0, bytes.subarray(0, chunkBytes));
    expect(repeated.status).toBe(409);
    expect(repeated.headers.get('upload-offset')).toBe(String(chunkBytes));
    expect(repeated.body.error).toMatchObject({ code: 'CONFLICT', field: 'offset', receivedBytes: chunkBytes });
    // A chunk of the wrong size in the middle would leave a hole: refused.
    expect((await uploads.chunk(id, chunkBytes, bytes.subarray(chunkBytes, chunkBytes + 1000))).body.error.field).toBe('chunk');
    const { offset } = await uploads.offset(id);
    expect(offset).toBe(chunkBytes);
    // Completing early names what is missing.
    expect((await uploads.complete(id)).body.error.message).toMatch(/has 65536 of \d+ bytes/);
    for (let at = offset; at < bytes.length; at += chunkBytes) {
      expect((await uploads.chunk(id, at, bytes.subarray(at, at + chunkBytes))).status).toBe(200);
    }
    const done = await uploads.complete(id);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ kind: 'VIDEO', mimeType: 'video/mp4', width: 720, height: 1280, processing: 'READY' });
    // Completing again gives the same asset, not a second one.
    expect((await uploads.complete(id)).body.id).toBe(done.body.id);

    const asset = await assetOf(done.body.id);
    expect(asset).toMatchObject({ kind: 'VIDEO', videoCodec: 'h264', audioCodec: 'aac', frameRate: 30, processing: 'READY', processingProgress: 100, processingError: null });
    expect(asset.durationSeconds).toBeCloseTo(4, 0);
    const stored = await fetch(new URL(asset.url, server.url));
    expect(Buffer.from(await stored.arrayBuffer()).equals(bytes)).toBe(true);
    // Players seek with byte ranges.
    const range = await fetch(new URL(asset.url, server.url), { headers: { range: 'bytes=0-99' } });
    expect(range.status).toBe(206);
    expect((await range.arrayBuffer()).byteLength).toBe(100);
    const poster = await sharp(Buffer.from(await (await fetch(new URL(asset.posterUrl, server.url))).arrayBuffer())).metadata();
    expect(poster).toMatchObject({ format: 'jpeg', width: 720, height: 1280 });
    // The chunks are gone once the video is stored.
    const { rows } = await server.handle.pool.query('SELECT chunk_keys FROM media_uploads WHERE id = $1', [id]);
    expect(rows[0].chunk_keys).toEqual([]);
  });

  it('refuses a video over the size cap before any byte is sent, and stores nothing', async () => {
    const before = await countRows(server, 'media_uploads');
    const refused = await uploads.start({ personaId, fileName: 'long.mp4', byteSize: 6 * 1024 * 1024 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'byteSize' });
    expect(refused.body.error.message).toMatch(/at most 5 MB/);
    expect(await countRows(server, 'media_uploads')).toBe(before);
  });

  it('refuses what is not a video by its content, whatever it is called, and keeps no asset', async () => {
    const file = path.join(dir, 'notes.mp4');
    await writeFile(file, Buffer.alloc(70_000, 'not a video '));
    const assets = await countRows(server, 'assets');
    const refused = await uploads.uploadFile(personaId, file, 'notes.mp4');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(refused.body.error.message).toMatch(/not a video/);
    expect(await countRows(server, 'assets')).toBe(assets);
  });

  it('converts a WebM to H.264 MP4 in the background, with progress, and keeps its poster', async () => {
    const file = path.join(dir, 'clip.webm');
    await makeSampleVideo(tools, file, { width: 640, height: 360, seconds: 2, fps: 24, codec: 'vp9', format: 'webm' });
    const form = new FormData();
    form.append('file', new Blob([await readFile(file)], { type: 'video/webm' }), 'clip.webm');
    const response = await fetch(`${server.url}/api/assets?personaId=${personaId}`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: form });
    const body = (await response.json()) as any;
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ kind: 'VIDEO', mimeType: 'video/webm', processing: 'PROCESSING' });
    await expect.poll(async () => (await assetOf(body.id)).processing, { timeout: 30_000, interval: 200 }).toBe('READY');
    const asset = await assetOf(body.id);
    expect(asset).toMatchObject({ mimeType: 'video/mp4', videoCodec: 'h264', audioCodec: 'aac', width: 640, height: 360, processingProgress: 100 });
    const converted = await fetch(new URL(asset.url, server.url));
    expect(converted.headers.get('content-type')).toBe('video/mp4');
  });

  it("keeps each person's uploads to themselves", async () => {
    const started = await uploads.start({ personaId, fileName: 'mine.mp4', byteSize: 1000 });
    const other = await signUpUser(server.url);
    const theirs = uploadClient(server.url, other.token);
    expect((await theirs.chunk(started.body.id, 0, Buffer.alloc(1000))).status).toBe(404);
    expect((await theirs.offset(started.body.id)).status).toBe(404);
    expect((await theirs.start({ personaId, fileName: 'x.mp4', byteSize: 1000 })).status).toBe(404);
    expect((await uploadClient(server.url, 'nope').start({ personaId, fileName: 'x.mp4', byteSize: 1000 })).status).toBe(401);
  });
});
