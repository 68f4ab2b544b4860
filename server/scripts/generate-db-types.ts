import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate } from '../src/db/migrator.js';
import { databaseUrl, startAdminPostgres } from '../test/support/admin-postgres.js';

// Regenerates src/db/types.generated.ts from a scratch database migrated from migrations/,
// so the types always describe what the migrations create, not what a dev database drifted to.

/**
 * Text columns a CHECK constraint limits to a set of words (migrations) get that set's type from
 * modules/shared/domain.ts, so rows carry statuses, states and platforms as typed values and no
 * code casts them.
 */
const ENUM_COLUMNS: Record<string, Record<string, string>> = {
  AnalyticsSnapshots: { platform: 'Platform' },
  AssetsWithTrash: { kind: 'AssetKind', source: 'AssetSource', digitalSourceType: 'DigitalSourceType', processing: 'AssetProcessing' },
  ChannelIntegrations: { platform: 'Platform', status: 'ChannelStatus' },
  ContentItemOverrides: { kind: 'OverrideKind' },
  ContentItemStatusChanges: { fromStatus: 'ContentItemStatus', toStatus: 'ContentItemStatus' },
  ContentItemsWithTrash: { platform: 'Platform', status: 'ContentItemStatus', format: 'ContentFormat' },
  GenerationRuns: { kind: 'GenerationKind', state: 'GenerationState' },
  OauthStates: { platform: 'Platform' },
  PostPerformance: { platform: 'Platform' },
  ScheduledPosts: { state: 'ScheduledPostState' },
  SandboxPosts: { format: 'ContentFormat' },
};

/**
 * JSON columns whose shape the code guarantees (validated before every write) are read as that
 * shape and written as JSON text.
 */
const JSON_COLUMNS: Record<string, Record<string, string>> = {
  Personas: { platformStrategy: 'PlatformStrategy' },
  PersonaBriefVersions: { brief: 'PersonaBriefFields' },
};

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
    ['exec', 'kysely-codegen', '--dialect', 'postgres', '--camel-case', '--url', url, '--date-parser', 'string',
      '--include-pattern', 'public.*', '--exclude-pattern', 'public.schema_migrations',
      '--out-file', 'src/db/types.generated.ts'],
    { cwd: serverDir, stdio: 'inherit' },
  );
  typeTrashViewsAsTheirTables(path.join(serverDir, 'src/db/types.generated.ts'));
  typeDomainColumns(path.join(serverDir, 'src/db/types.generated.ts'));
} finally {
  await adminPool.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await adminPool.end();
  await admin.stop();
}

/**
 * PostgreSQL reports every view column as nullable, so the views over the trash tables
 * (migrations/0011_trash.sql: `content_items` shows the rows of `content_items_with_trash`
 * not in the trash) would type every column `| null`. They have exactly their table's
 * columns, defaults and constraints, so they get the table's type.
 */
function typeTrashViewsAsTheirTables(file: string) {
  const source = readFileSync(file, 'utf8');
  const typed = source.replace(/export interface (\w+) \{[^}]*\}/g, (declaration, name: string) =>
    source.includes(`export interface ${name}WithTrash {`) ? `export type ${name} = ${name}WithTrash;` : declaration,
  );
  writeFileSync(file, typed);
}

/** Statuses, states and platforms get their word sets; JSON columns their shape. */
function typeDomainColumns(file: string) {
  let source = readFileSync(file, 'utf8');
  const used = new Set<string>();
  source = retypeColumns(source, JSON_COLUMNS, used, (type, generated) => `ColumnType<${type}, string${generated ? ' | undefined' : ''}, string>`, 'Json');
  source = retypeColumns(source, ENUM_COLUMNS, used, (type, generated) => (generated ? `Generated<${type}>` : type), 'string');
  const imports = `import type { ${[...used].sort().join(', ')} } from '../modules/shared/domain.js';\n`;
  source = source.replace(/^import [^\n]*\n/m, (line) => line + imports);
  writeFileSync(file, source);
}

/** Gives the listed columns their domain type, keeping `| null` where the column is nullable. */
function retypeColumns(
  source: string,
  tables: Record<string, Record<string, string>>,
  used: Set<string>,
  declare: (type: string, generated: boolean) => string,
  generatedType: string,
) {
  for (const [table, columns] of Object.entries(tables)) {
    source = source.replace(new RegExp(`export interface ${table} \\{[^}]*\\}`), (declaration) => {
      let typed = declaration;
      for (const [column, type] of Object.entries(columns)) {
        const line = new RegExp(`(\\n  ${column}: )(Generated<)?${generatedType}(>)?( \\| null)?;`);
        if (!line.test(typed)) throw new Error(`${table}.${column} is not a ${generatedType} column any more: update the column types`);
        typed = typed.replace(line, (_match, head: string, generated?: string, _close?: string, nullable?: string) => `${head}${declare(type, Boolean(generated))}${nullable ?? ''};`);
        used.add(type);
      }
      return typed;
    });
  }
  return source;
}
