import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetStorage } from '../../src/storage/asset-storage.js';
import { LocalAssetStorage } from '../../src/storage/local-storage.js';
import { S3AssetStorage } from '../../src/storage/s3-storage.js';
import { startFreezableProxy } from '../support/freezable-proxy.js';

// Both storages pass the same contract; S3 against an S3-compatible server running locally.

let dir: string;
let s3rver: S3rver;
let s3: S3AssetStorage;
let local: LocalAssetStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-storage-'));
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'assets', configs: [] }] });
  const { port } = await s3rver.run();
  s3 = new S3AssetStorage({
    bucket: 'assets', region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true,
  });
  local = new LocalAssetStorage(path.join(dir, 'local'), randomBytes(32));
});
afterAll(async () => {
  s3.destroy();
  await s3rver.close();
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['local filesystem', () => local as AssetStorage],
  ['S3-compatible', () => s3 as AssetStorage],
])('%s storage', (_name, storage) => {
  it('stores, reads back and deletes bytes with their type', async () => {
    const bytes = randomBytes(2048);
    await storage().put('personas/p1/a1.jpg', bytes, 'image/jpeg');
    const stored = await storage().get('personas/p1/a1.jpg');
    expect(stored?.bytes.equals(bytes)).toBe(true);
    expect(stored?.contentType).toBe('image/jpeg');
    await storage().delete('personas/p1/a1.jpg');
    expect(await storage().get('personas/p1/a1.jpg')).toBeNull();
  });

  it('streams a file in and out (videos), and says when there is nothing to download', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const source = path.join(dir, 'source.bin');
    const target = path.join(dir, 'target.bin');
    await writeFile(source, bytes);
    await storage().putFile('personas/p1/v1.mp4', source, 'video/mp4');
    expect(await storage().download('personas/p1/v1.mp4', target)).toBe(true);
    expect((await readFile(target)).equals(bytes)).toBe(true);
    expect((await storage().get('personas/p1/v1.mp4'))?.contentType).toBe('video/mp4');
    await storage().delete('personas/p1/v1.mp4');
    expect(await storage().download('personas/p1/v1.mp4', target)).toBe(false);
  });

  it('refuses keys that could escape their place', async () => {
    await expect(storage().put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow('invalid storage key');
    await expect(storage().put('/absolute', Buffer.from('x'), 'text/plain')).rejects.toThrow('invalid storage key');
  });
});

describe('signed URLs', () => {
  it('S3: the presigned URL serves the object', async () => {
    await s3.put('personas/p1/a2.png', Buffer.from('png-bytes'), 'image/png');
    const url = await s3.signedUrl('personas/p1/a2.png', 60);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('png-bytes');
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('60');
  });

  it('S3 with a public endpoint: URLs are signed for the address browsers use, and serve the object there', async () => {
    const { port } = new URL((await s3.signedUrl('personas/p1/x.png', 60)));
    // Another address for the same store, as a proxy in front of MinIO gives browsers.
    const hop = await startFreezableProxy({ host: '127.0.0.1', port: Number(port) });
    const viaProxy = new S3AssetStorage({
      bucket: 'assets', region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, publicEndpoint: `http://localhost:${hop.port}`,
      accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true,
    });
    try {
      await viaProxy.put('personas/p1/a4.png', Buffer.from('public-bytes'), 'image/png');
      const url = new URL(await viaProxy.signedUrl('personas/p1/a4.png', 60));
      expect(url.host).toBe(`localhost:${hop.port}`);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('public-bytes');
    } finally {
      viaProxy.destroy();
      await hop.close();
    }
  });

  it('local: signatures verify for their key until they expire', async () => {
    const url = new URL(await local.signedUrl('personas/p1/a3.png', 60), 'http://app');
    const [expires, signature] = [url.searchParams.get('expires') ?? undefined, url.searchParams.get('signature') ?? undefined];
    expect(local.verify('personas/p1/a3.png', expires, signature)).toBe(true);
    expect(local.verify('personas/p1/other.png', expires, signature)).toBe(false);
    expect(local.verify('personas/p1/a3.png', String(Number(expires) + 1), signature)).toBe(false);
    const expired = new URL(await local.signedUrl('personas/p1/a3.png', -1), 'http://app');
    expect(local.verify('personas/p1/a3.png', expired.searchParams.get('expires')!, expired.searchParams.get('signature')!)).toBe(false);
  });
});
