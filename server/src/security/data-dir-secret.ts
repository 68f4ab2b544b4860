import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

function isAlreadyThere(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
}

/**
 * A random 32-byte secret kept in `<dataDir>/secrets/<name>`, made on first use. For settings
 * that work out of the box on one machine (several instances must share them through config
 * instead). Two processes starting together must agree on one value and never read half of
 * it: each writes its candidate to a file of its own, then links it into place, which either
 * puts a complete file there or fails because another process's is already there.
 */
export async function dataDirSecret(dataDir: string, name: string): Promise<Buffer> {
  const file = path.join(dataDir, 'secrets', name);
  const read = async () => Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(candidate, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  try {
    await link(candidate, file);
  } catch (error) {
    if (!isAlreadyThere(error)) throw error;
  } finally {
    await unlink(candidate);
  }
  return read();
}
