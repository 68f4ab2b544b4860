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
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
