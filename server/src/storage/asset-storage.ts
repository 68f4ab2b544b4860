// Where asset bytes live, behind one interface: the local filesystem by default, or any
// S3-compatible service (AWS S3, Supabase Storage, MinIO, R2). Keys are opaque paths chosen
// by DoppelCart, never by the user.

export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface AssetStorage {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Stores a file by streaming it (videos are too large to hold in memory). */
  putFile(key: string, file: string, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  /** Streams an object into a local file; false when there is no such object. */
  download(key: string, file: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** A URL the browser can load for `expiresInSeconds`; signed, since storage is private. */
  signedUrl(key: string, expiresInSeconds: number): Promise<string>;
}

const KEY = /^[a-z0-9][a-z0-9/_.-]{0,511}$/;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}
