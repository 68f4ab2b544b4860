import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = 'server/test/support/process-move.ts';

/** Runs process-move.ts as its own Node process against `databaseUrl` and returns what it printed. */
export async function runProcessMove(
  databaseUrl: string,
  itemId: string,
  move: { to: 'posted' | 'failed' | 'ready' | 'scheduled'; process: string; reason?: string },
): Promise<{ movingAt: number; status: string; version: number }> {
  const args = ['--import', 'tsx', script, databaseUrl, itemId, move.to, move.process, ...(move.reason ? [move.reason] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: repoRoot, timeout: 30_000 });
  return JSON.parse(stdout);
}
