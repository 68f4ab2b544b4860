import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate } from '../src/db/migrator.js';
import { databaseUrl, startAdminPostgres } from '../test/support/admin-postgres.js';

// Regenerates src/db/types.generated.ts from a scratch database migrated from migrations/,
// so the types always describe what the migrations create, not what a dev database drifted to.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = path.join(serverDir, '..', 'migrations');
const scratch = `doppelcart_typegen_${process.pid}`;

const admin = await startAdminPostgres();
const adminPool = new pg.Pool({ connectionString: admin.adminUrl, max: 1 });
try {
  await adminPool.query(`CREATE DATABASE ${scratch}`);
  const url = databaseUrl(admin.adminUrl, scratch);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(pool, migrationsDir);
  } finally {
    await pool.end();
  }
  execFileSync(
    'pnpm',
    ['exec', 'kysely-codegen', '--dialect', 'postgres', '--url', url, '--date-parser', 'string',
      '--include-pattern', 'public.*', '--exclude-pattern', 'public.schema_migrations',
      '--out-file', 'src/db/types.generated.ts'],
    { cwd: serverDir, stdio: 'inherit' },
  );
} finally {
  await adminPool.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await adminPool.end();
  await admin.stop();
}
