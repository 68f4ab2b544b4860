import { access, constants, mkdir } from 'node:fs/promises';
import type { Config } from './config.js';

// DATA_DIR holds what must survive a restart when nothing else keeps it: the embedded
// PostgreSQL, generated keys (token encryption, asset URL signing) and locally stored assets.
// A directory the process cannot write fails the start at once, with what to do, instead of
// failing later in the middle of a request (or in a container's restart loop).

export class DataDirError extends Error {}

/** What this configuration keeps in DATA_DIR; empty when everything lives elsewhere. */
export function dataDirUses(config: Config): string[] {
  const uses: string[] = [];
  if (!config.DATABASE_URL) uses.push('the embedded PostgreSQL (DATABASE_URL is not set)');
  if (!config.TOKEN_ENCRYPTION_KEYS) uses.push('the token encryption key (TOKEN_ENCRYPTION_KEYS is not set)');
  if (config.STORAGE_DRIVER !== 's3') {
    uses.push('uploaded and generated assets (STORAGE_DRIVER is local)');
    if (!config.ASSET_SIGNING_KEY) uses.push('the asset URL signing key (ASSET_SIGNING_KEY is not set)');
  }
  return uses;
}

export async function ensureDataDirWritable(config: Config): Promise<void> {
  const uses = dataDirUses(config);
  if (uses.length === 0) return;
  try {
    await mkdir(config.DATA_DIR, { recursive: true });
    await access(config.DATA_DIR, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DataDirError(
      `DATA_DIR ${config.DATA_DIR} is not writable (${reason}) by this process (uid ${process.getuid?.() ?? '?'}). ` +
        `It keeps ${uses.join('; ')}. Mount a writable volume there (the image declares /data), ` +
        'or set DATA_DIR to a directory this user can write.',
    );
  }
}
