import { appendFile, cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../src/db/migrator.js';
import { createEmptyDatabase } from './support/empty-database.js';
import type { TestDatabase } from './support/test-database.js';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

// Everything a test opens, closed after it whatever happened.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database;
}

function poolFor(database: TestDatabase, max = 1): pg.Pool {
  const pool = new pg.Pool({ connectionString: database.url, max });
  cleanups.push(() => pool.end());
  return pool;
}

async function tempMigrations(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doppelcart-migrations-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
  return dir;
}

async function tableNames(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  it('applies every migration exactly once when five processes start at the same moment', async () => {
    const database = await emptyDatabase();
    const pools = Array.from({ length: 5 }, () => poolFor(database));
    const applied = await Promise.all(pools.map((pool) => migrate(pool, migrationsDir)));

    const files = await readMigrations(migrationsDir);
    expect(applied.flat().sort()).toEqual(files.map((file) => file.name));
    const { rows } = await pools[0]!.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY name');
    expect(rows).toEqual(files.map(({ name, checksum }) => ({ name, checksum })));
    expect(await tableNames(pools[0]!)).toEqual(
      expect.arrayContaining(['users', 'profiles', 'sessions', 'personas', 'content_plans', 'content_items', 'schema_migrations']),
    );
    expect(await migrate(pools[1]!, migrationsDir)).toEqual([]);
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const database = await emptyDatabase();
    const pool = poolFor(database);
    const dir = await tempMigrations();
    await cp(migrationsDir, dir, { recursive: true });
    const [first] = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
    await migrate(pool, dir);

    await appendFile(path.join(dir, first!), '\n-- an edit after the fact\n');
    await expect(migrate(pool, dir)).rejects.toThrow(`Migration ${first} was edited after it was applied; add a new migration instead`);
    // The advisory lock was released: another start with the original files goes through.
    expect(await migrate(poolFor(database), migrationsDir)).toEqual([]);
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    const database = await emptyDatabase();
    const pool = poolFor(database);
    const dir = await tempMigrations({
      '0001_first.sql': 'CREATE TABLE first_table (id int PRIMARY KEY);',
      '0002_second.sql': 'CREATE TABLE partial_table (id int); INSERT INTO no_such_table VALUES (1);',
      '0003_third.sql': 'CREATE TABLE third_table (id int);',
    });
    await expect(migrate(pool, dir)).rejects.toThrow(/Migration 0002_second\.sql failed: relation "no_such_table" does not exist/);
    expect(await tableNames(pool)).toEqual(['first_table', 'schema_migrations']);
    const { rows } = await pool.query('SELECT name FROM schema_migrations');
    expect(rows).toEqual([{ name: '0001_first.sql' }]);

    await writeFile(path.join(dir, '0002_second.sql'), 'CREATE TABLE partial_table (id int);');
    expect(await migrate(pool, dir)).toEqual(['0002_second.sql', '0003_third.sql']);
    expect(await tableNames(pool)).toEqual(['first_table', 'partial_table', 'schema_migrations', 'third_table']);
  });

  it('gives up on a lock held by other traffic instead of queueing behind it', async () => {
    const database = await emptyDatabase();
    const pool = poolFor(database, 2);
    const dir = await tempMigrations({ '0001_table.sql': 'CREATE TABLE busy (id int);' });
    await migrate(pool, dir);
    const holder = await pool.connect();
    cleanups.push(async () => holder.release());
    await holder.query('BEGIN; LOCK TABLE busy IN ACCESS SHARE MODE');
    await writeFile(path.join(dir, '0002_alter.sql'), 'ALTER TABLE busy ADD COLUMN name text;');

    await expect(migrate(pool, dir)).rejects.toThrow(/Migration 0002_alter\.sql failed: canceling statement due to lock timeout/);
    await holder.query('ROLLBACK');
    expect(await migrate(pool, dir)).toEqual(['0002_alter.sql']);
  });

  it('folds each item\'s hidden hashtags into its caption, keeps the caption it had, and drops the list (0007)', async () => {
    const database = await emptyDatabase();
    const pool = poolFor(database);
    const dir = await tempMigrations();
    for (const file of (await readMigrations(migrationsDir)).filter((file) => file.name < '0007')) {
      await writeFile(path.join(dir, file.name), file.sql);
    }
    await migrate(pool, dir);
    const { rows: [persona] } = await pool.query<{ id: string }>(`
      WITH u AS (INSERT INTO users (email, password_hash) VALUES ('lena@example.com', 'x') RETURNING id)
      INSERT INTO personas (user_id, name, handle, niche) SELECT id, 'Lena', 'lena', 'Rail' FROM u RETURNING id`);
    const long = 'a'.repeat(9990);
    const items: Array<[string, string, string[]]> = [
      ['edited', 'Night trains. #NightTrains', ['#nighttrains', 'slowtravel', '#Travel', '#travel']],
      ['empty', '', ['#railpass']],
      ['complete', 'Gärten im Winter #Gärten #rail', ['#gärten', 'RAIL']],
      ['trailing space', 'Soil first.  \n', ['#soil']],
      ['near the limit', long, ['#abc', '#defghijkl']],
      ['prefix tag', 'Trains #nighttrains', ['#night']],
      ['no list', 'Plain text', []],
    ];
    for (const [title, caption, hashtags] of items) {
      await pool.query('INSERT INTO content_items (persona_id, title, caption, platform, hashtags) VALUES ($1, $2, $3, $4, $5)', [persona!.id, title, caption, 'instagram', hashtags]);
    }

    await cp(path.join(migrationsDir, '0007_caption_source_and_revisions.sql'), path.join(dir, '0007_caption_source_and_revisions.sql'));
    expect(await migrate(pool, dir)).toEqual(['0007_caption_source_and_revisions.sql']);

    const { rows } = await pool.query<{ title: string; caption: string; version: number; kept: string[] | null }>(`
      SELECT i.title, i.caption, i.version,
             (SELECT array_agg(r.caption) FROM content_item_caption_revisions r WHERE r.content_item_id = i.id AND r.actor_process = 'migration') AS kept
        FROM content_items i`);
    const byTitle = Object.fromEntries(rows.map((row) => [row.title, row]));
    expect(byTitle.edited).toEqual({ title: 'edited', caption: 'Night trains. #NightTrains\n\n#slowtravel #Travel', version: 2, kept: ['Night trains. #NightTrains'] });
    expect(byTitle.empty).toMatchObject({ caption: '#railpass', version: 2, kept: null });
    expect(byTitle.complete).toMatchObject({ caption: 'Gärten im Winter #Gärten #rail', version: 1, kept: null });
    expect(byTitle['trailing space']).toMatchObject({ caption: 'Soil first.\n\n#soil', kept: ['Soil first.  \n'] });
    expect(byTitle['near the limit']).toMatchObject({ caption: `${long}\n\n#abc`, kept: [long] });
    expect(byTitle['prefix tag']).toMatchObject({ caption: 'Trains #nighttrains\n\n#night' });
    expect(byTitle['no list']).toMatchObject({ caption: 'Plain text', version: 1, kept: null });
    const { rows: columns } = await pool.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'content_items' AND column_name = 'hashtags'`);
    expect(columns).toEqual([]);
  });

  it('starts existing personas\' brief history with their current brief (0016), and marks older generated images as AI-made (0018)', async () => {
    const database = await emptyDatabase();
    const pool = poolFor(database);
    const dir = await tempMigrations();
    for (const file of (await readMigrations(migrationsDir)).filter((file) => file.name < '0016')) {
      await writeFile(path.join(dir, file.name), file.sql);
    }
    await migrate(pool, dir);
    const { rows: [persona] } = await pool.query<{ id: string; user_id: string }>(`
      WITH u AS (INSERT INTO users (email, password_hash) VALUES ('mira@example.com', 'x') RETURNING id)
      INSERT INTO personas (user_id, name, handle, niche, voice, topics) SELECT id, 'Mira', 'mira', 'Rail', 'Calm', '{trains}' FROM u RETURNING id, user_id`);
    await pool.query(`UPDATE personas SET voice = 'Calm and exact' WHERE id = $1`, [persona!.id]);
    const asset = (source: string) =>
      pool.query(`INSERT INTO assets (user_id, persona_id, kind, source, storage_key, mime_type, byte_size, width, height) VALUES ($1, $2, 'image', $3, $4, 'image/png', 1, 1, 1)`, [
        persona!.user_id,
        persona!.id,
        source,
        `k/${source}.png`,
      ]);
    await asset('generated');
    await asset('uploaded');

    for (const name of ['0016_persona_brief_versions.sql', '0017_voice_lock.sql', '0018_asset_digital_source.sql']) {
      await cp(path.join(migrationsDir, name), path.join(dir, name));
    }
    expect(await migrate(pool, dir)).toHaveLength(3);
    const { rows: versions } = await pool.query(`SELECT version, brief->>'voice' AS voice, brief->'topics' AS topics, changed_fields, actor_user_id FROM persona_brief_versions`);
    expect(versions).toEqual([
      {
        version: 2,
        voice: 'Calm and exact',
        topics: ['trains'],
        changed_fields: ['name', 'handle', 'niche', 'voice', 'style', 'personality', 'bio', 'aesthetic', 'platformStrategy', 'topics', 'avoid', 'examplePosts'],
        actor_user_id: persona!.user_id,
      },
    ]);
    const { rows: sources } = await pool.query(`SELECT source, digital_source_type FROM assets ORDER BY source`);
    expect(sources).toEqual([
      { source: 'generated', digital_source_type: 'trainedAlgorithmicMedia' },
      { source: 'uploaded', digital_source_type: null },
    ]);
  });

  it('refuses a migration file whose name is not numbered', async () => {
    const dir = await tempMigrations({ 'add_table.sql': 'SELECT 1;' });
    await expect(readMigrations(dir)).rejects.toThrow('Migration file name "add_table.sql" must look like 0001_description.sql');
  });
});
