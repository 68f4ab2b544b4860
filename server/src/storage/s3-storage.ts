import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type AssetStorage, type StoredObject } from './asset-storage.js';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (bucket in the path): MinIO, Supabase Storage and most self-hosted services need it. */
  forcePathStyle: boolean;
  /**
   * Where browsers reach the store, when not at `endpoint` (a MinIO known inside a compose
   * network as http://minio:9000, served to browsers through the app's proxy). Presigned URLs
   * are signed for this host; the server itself keeps talking to `endpoint`.
   */
  publicEndpoint?: string;
}

/** Any S3-compatible object store; objects stay private and are shown through presigned URLs. */
export class S3AssetStorage implements AssetStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  /** Signs URLs for browsers; only differs from `client` with a public endpoint. */
  private readonly signer: S3Client;

  constructor(private readonly settings: S3Settings) {
    const clientFor = (endpoint: string | undefined) =>
      new S3Client({
        region: settings.region,
        endpoint,
        forcePathStyle: settings.forcePathStyle,
        // The SDK's default checksums send streamed bodies in aws-chunked framing with a
        // trailer, which several S3-compatible services store as part of the object.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        credentials:
          settings.accessKeyId && settings.secretAccessKey
            ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
            : undefined,
      });
    this.client = clientFor(settings.endpoint);
    this.signer = settings.publicEndpoint ? clientFor(settings.publicEndpoint) : this.client;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: bytes, ContentType: contentType }));
  }

  async putFile(key: string, file: string, contentType: string): Promise<void> {
    assertStorageKey(key);
    const { size } = await stat(file);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: createReadStream(file), ContentLength: size, ContentType: contentType }),
    );
  }

  async download(key: string, file: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      await pipeline(object.Body as Readable, createWriteStream(file));
      return true;
    } catch (error) {
      if (error instanceof NoSuchKey) return false;
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      const bytes = Buffer.from(await object.Body!.transformToByteArray());
      return { bytes, contentType: object.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  signedUrl(key: string, expiresInSeconds: number): Promise<string> {
    assertStorageKey(key);
    return getSignedUrl(this.signer, new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }), {
      expiresIn: expiresInSeconds,
    });
  }

  destroy(): void {
    this.client.destroy();
    if (this.signer !== this.client) this.signer.destroy();
  }
}
