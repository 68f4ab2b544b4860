import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDirSecret } from './data-dir-secret.js';

const run = promisify(execFile);
const moduleUrl = new URL('./data-dir-secret.ts', import.meta.url).href;

let dataDir: string | undefined;
let barrier: string | undefined;
afterEach(async () => {
  for (const dir of [dataDir, barrier]) if (dir) await rm(dir, { recursive: true, force: true });
  dataDir = barrier = undefined;
});

const NAMES = 40;
const RACERS = 4;

/**
 * One process making secrets 0..NAMES-1 in turn; prints each as base64. Loading takes each
 * process its own time, so it says it is ready (a file in `barrier`) and waits, polling with a
 * deadline, for the test's go file: all racers then begin at the same instant.
 */
function racer(dir: string, barrier: string) {
  const go = path.join(barrier, 'go');
  const script = `const { dataDirSecret } = await import(${JSON.stringify(moduleUrl)});
    const { existsSync, writeFileSync } = await import('node:fs');
    writeFileSync(${JSON.stringify(barrier)} + '/ready-' + process.pid, '');
    const deadline = Date.now() + 20000;
    while (!existsSync(${JSON.stringify(go)})) {
      if (Date.now() > deadline) throw new Error('no start signal');
      await new Promise((resolve) => setImmediate(resolve));
    }
    const out = [];
    for (let n = 0; n < ${NAMES}; n++) out.push((await dataDirSecret(${JSON.stringify(dir)}, 'key-' + n)).toString('base64'));
    console.log(JSON.stringify(out));`;
  return run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.dirname(fileURLToPath(import.meta.url)) });
}

describe('dataDirSecret', () => {
  it('gives processes starting together the same whole 32-byte secret, and leaves no candidate files', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-secret-'));
    barrier = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-barrier-'));
    const racers = Array.from({ length: RACERS }, () => racer(dataDir!, barrier!));
    const deadline = Date.now() + 20_000;
    while ((await readdir(barrier)).length < RACERS) {
      if (Date.now() > deadline) throw new Error('the racers did not all start');
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writeFile(path.join(barrier, 'go'), '');
    const outputs = await Promise.all(racers);
    const [first, ...others] = outputs.map(({ stdout }) => JSON.parse(stdout) as string[]);
    for (const secret of first!) expect(Buffer.from(secret, 'base64')).toHaveLength(32);
    for (const other of others) expect(other).toEqual(first);
    expect((await dataDirSecret(dataDir, 'key-0')).toString('base64')).toBe(first![0]);
    expect((await readdir(path.join(dataDir, 'secrets'))).sort()).toEqual(Array.from({ length: NAMES }, (_, n) => `key-${n}`).sort());
  }, 30_000);
});
