import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from './admin-postgres.js';
import type { TestDatabase } from './test-database.js';

/** A brand-new database with nothing in it: not cloned from the migrated template. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `doppelcart_empty_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  // template0 holds nothing a site may have added to template1.
  await run(`CREATE DATABASE ${name} TEMPLATE template0`);
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: () => dropWhenClosed(run, name),
  };
}

/**
 * Drops the database once the test's own connections have closed. A client that has just been
 * ended may still be connected for a moment (a busy machine); forcing the drop then terminates
 * it, and the client, no longer in its pool, reports that as an uncaught error. So the drop is
 * retried while the database is in use, up to a deadline, and only then forced.
 */
async function dropWhenClosed(run: (statement: string) => Promise<void>, name: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      return await run(`DROP DATABASE IF EXISTS ${name}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // object_in_use
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
