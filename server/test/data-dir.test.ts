import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess } from './support/app-process.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// The shipped image ran as `node` in a root-owned /app with DATA_DIR=.data: it migrated, then
// died with EACCES in a restart loop. A DATA_DIR the process cannot write now stops the start
// at once with what to do. (A path under a file stands in for a read-only directory: tests may
// run as root, whom permissions do not stop.)

let db: TestDatabase;
let scratch: string;
beforeAll(async () => {
  db = await createTestDatabase();
  scratch = await mkdtemp(path.join(tmpdir(), 'doppelcart-data-dir-'));
});
afterAll(async () => {
  await db?.drop();
  await rm(scratch, { recursive: true, force: true });
});

describe('DATA_DIR', () => {
  it('refuses to start when DATA_DIR cannot be written, saying what lives there and what to do', async () => {
    const file = path.join(scratch, 'not-a-directory');
    await writeFile(file, '');
    const started = startAppProcess({ env: { DATABASE_URL: db.url, DATA_DIR: path.join(file, 'data') }, readyWithinMs: 20_000 });
    const failure = await started.then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/app exited \(1\) before it was healthy/);
    expect(failure).toMatch(/DATA_DIR .*not-a-directory\/data is not writable \(ENOTDIR\)/);
    expect(failure).toMatch(/the token encryption key \(TOKEN_ENCRYPTION_KEYS is not set\)/);
    expect(failure).toMatch(/Mount a writable volume there/);
    expect(failure).not.toMatch(/ {4}at /);
  });
});
