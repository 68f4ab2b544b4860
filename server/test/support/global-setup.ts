import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import pino from 'pino';
import { migrate, readMigrations } from '../../src/db/migrator.js';
import { migrateJobQueue } from '../../src/jobs/worker.js';
import { databaseUrl, startAdminPostgres } from './admin-postgres.js';

// Once per run: a Postgres server (the machine's or an embedded one) and a template database
// migrated from migrations/. Each test file clones the template, which takes milliseconds.

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const admin = await startAdminPostgres();
  const files = await readMigrations(migrationsDir);
  const digest = createHash('sha256').update(files.map((file) => file.checksum).join()).digest('hex').slice(0, 12);
  const template = `doppelcart_template_${digest}`;
  const pool = new pg.Pool({ connectionString: admin.adminUrl, max: 1 });
  const exists = await pool.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (exists.rowCount === 0) {
    const building = `${template}_building_${process.pid}`;
    await pool.query(`CREATE DATABASE ${building}`);
    const templatePool = new pg.Pool({ connectionString: databaseUrl(admin.adminUrl, building), max: 1 });
    try {
      await migrate(templatePool, migrationsDir);
      // graphile-worker's schema too, so each test's server starts its worker without installing it.
      await migrateJobQueue(templatePool, pino({ level: 'silent' }));
    } finally {
      await templatePool.end();
    }
    // Renamed only when complete, so an interrupted run never leaves a half-migrated template.
    await pool.query(`ALTER DATABASE ${building} RENAME TO ${template}`).catch(async (error) => {
      await pool.query(`DROP DATABASE IF EXISTS ${building}`);
      if (!String(error).includes('already exists')) throw error;
    });
  }
  await pool.end();
  project.provide('adminUrl', admin.adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await admin.stop();
  };
}
