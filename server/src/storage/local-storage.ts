import { createHmac, timingSafeEqual } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey, type AssetStorage, type StoredObject } from './asset-storage.js';

/**
 * Assets as files under a directory, served by the app at `/files/<key>` with an expiring
 * HMAC signature, so a URL works only for the time it was issued for.
 */
export class LocalAssetStorage implements AssetStorage {
  readonly kind = 'local' as const;

  constructor(
    private readonly root: string,
    private readonly signingKey: Buffer,
    private readonly publicBaseUrl = '',
  ) {}

  private file(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    await writeFile(`${file}.type`, contentType);
  }

  async putFile(key: string, source: string, contentType: string): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await copyFile(source, file);
    await writeFile(`${file}.type`, contentType);
  }

  async download(key: string, target: string): Promise<boolean> {
    try {
      await copyFile(this.file(key), target);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** The file behind a key and its type, for serving it with Range support; null when absent. */
  async stat(key: string): Promise<{ file: string; contentType: string } | null> {
    const file = this.file(key);
    try {
      return { file, contentType: await readFile(`${file}.type`, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.file(key);
    try {
      const [bytes, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, 'utf8')]);
      return { bytes, contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.file(key);
    await rm(file, { force: true });
    await rm(`${file}.type`, { force: true });
  }

  async signedUrl(key: string, expiresInSeconds: number): Promise<string> {
    assertStorageKey(key);
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    return `${this.publicBaseUrl}/files/${key}?expires=${expires}&signature=${this.signature(key, expires)}`;
  }

  /** Whether a `/files/<key>` request carries a valid, unexpired signature. */
  verify(key: string, expires: string | undefined, signature: string | undefined): boolean {
    const seconds = Number(expires);
    if (!signature || !Number.isInteger(seconds) || seconds < Date.now() / 1000) return false;
    const expected = Buffer.from(this.signature(key, seconds));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature(key: string, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${key}\n${expires}`).digest('base64url');
  }
}
