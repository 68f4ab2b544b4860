import path from 'node:path';
import type { Config } from '../config.js';
import { dataDirSecret } from '../security/data-dir-secret.js';
import type { AssetStorage } from './asset-storage.js';
import { LocalAssetStorage } from './local-storage.js';
import { S3AssetStorage } from './s3-storage.js';

/**
 * The key that signs local file URLs: ASSET_SIGNING_KEY when set (every instance must share
 * it), otherwise one generated into DATA_DIR on first start and kept there.
 */
async function signingKey(config: Config): Promise<Buffer> {
  if (config.ASSET_SIGNING_KEY) return Buffer.from(config.ASSET_SIGNING_KEY, 'base64');
  return dataDirSecret(config.DATA_DIR, 'asset-signing.key');
}

export async function createAssetStorage(config: Config): Promise<AssetStorage> {
  if (config.STORAGE_DRIVER === 's3') {
    return new S3AssetStorage({
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      publicEndpoint: config.S3_PUBLIC_ENDPOINT,
    });
  }
  return new LocalAssetStorage(path.join(config.DATA_DIR, 'assets'), await signingKey(config));
}
