import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A random 32-byte secret kept in `<dataDir>/secrets/<name>`, made on first use. For settings
 * that work out of the box on one machine (several instances must share them through config
 * instead). Created with 'wx' so two processes starting together agree on one value.
 */
export async function dataDirSecret(dataDir: string, name: string): Promise<Buffer> {
  const file = path.join(dataDir, 'secrets', name);
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  }
}
