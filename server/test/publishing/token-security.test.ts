import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createDatabase } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { refreshChannelTokenIfDue } from '../../src/modules/channel/channel-tokens.js';
import { createTokenCipher, loadTokenCipher, TokenDecryptionError } from '../../src/security/token-cipher.js';
import { createItem, createPersona, expectData } from '../support/fixtures.js';
import { startFakeInstagram, type FakeInstagram } from '../support/fake-instagram.js';
import { signUpUser } from '../support/graphql-client.js';
import { eventually, within } from '../support/live-subscription.js';
import { CHANNELS, connectInstagram, schedule, secondsFromNow, uploadImage, withImage, instagramSettings } from '../support/publishing.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { expectSettledOnce, killAllWorkers, makeDueNow, startWorker, workerEnv, type PostUnderTest } from '../support/worker-process.js';

// Channel tokens at rest (quality.md, "Secrets at rest"): no plaintext token in a full
// database dump; a ciphertext moved to another row fails to decrypt instead of acting for the
// wrong account; and a due refresh runs once however many workers and processes try at once.

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

let fake: FakeInstagram;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
let jpeg: Buffer;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  fake = await startFakeInstagram();
  // No publisher in the API server: its token sweep must not refresh behind the tests' backs.
  server = await startTestServer({
    RUN_WORKER: 'false',
    ...instagramSettings(fake),
  });
  user = await signUpUser(server.url);
  jpeg = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#3c648c' } }).jpeg().toBuffer();
});
afterEach(async () => {
  await killAllWorkers();
  for (const child of children) child.kill('SIGKILL');
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

async function connectedChannel() {
  const persona = await createPersona(user.request);
  const { channel } = await connectInstagram(server.url, user.request, persona.id);
  return { personaId: persona.id as string, channelId: channel.id as string };
}

/** The plaintext token a channel row holds, opened with the server's own key. */
async function storedToken(channelId: string): Promise<string> {
  const [row] = (await server.handle.pool.query('SELECT access_token_enc, token_key_id FROM channel_integrations WHERE id = $1', [channelId])).rows;
  const cipher = await loadTokenCipher(server.config);
  return cipher.open({ ciphertext: row.access_token_enc, keyId: row.token_key_id }, channelId, 'access');
}

/**
 * The whole database as text: pg_dump when it can read this server, else (no client tools, or
 * an older pg_dump than the embedded server) every row of every table as JSON, which renders
 * bytea as hex just as pg_dump's data section does.
 */
async function dumpDatabase(): Promise<string> {
  try {
    return (await promisify(execFile)('pg_dump', ['--no-owner', server.database.url], { maxBuffer: 512 * 1024 * 1024 })).stdout;
  } catch {
    const { rows: tables } = await server.handle.pool.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await server.handle.pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
      parts.push(`-- ${name}`, ...rows.map((row) => row.row));
    }
    return parts.join('\n');
  }
}

describe('tokens at rest', () => {
  it('never appear in a pg_dump of the database, in any encoding, and neither does the key', async () => {
    const { channelId } = await connectedChannel();
    const token = await storedToken(channelId);
    // The canary is the live token the fake issued (it knows it by label), not a made-up string.
    expect(fake.tokenLabel(token)).toMatch(/^long#/);
    const key = (await readFile(path.join(server.config.DATA_DIR, 'secrets', 'token-encryption.key'), 'utf8')).trim();
    const dump = await dumpDatabase();
    expect(dump).toContain('channel_integrations');
    expect(dump).toContain(channelId);
    const lower = dump.toLowerCase();
    const forms = (text: string | Buffer) => {
      const bytes = Buffer.from(text);
      return [bytes.toString('utf8'), bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64url')].filter(Boolean);
    };
    for (const form of forms(token)) expect(dump.includes(form) || lower.includes(form.toLowerCase()), `token as ${form.slice(0, 12)}...`).toBe(false);
    // Any token the fake ever issued starts with IGAA: none, short-lived or long-lived, is stored readable.
    expect(dump).not.toContain('IGAA');
    expect(lower).not.toContain(Buffer.from('IGAA').toString('hex'));
    for (const form of [key, Buffer.from(key, 'base64').toString('hex')]) expect(lower.includes(form.toLowerCase())).toBe(false);
    expect(dump).not.toContain(fake.appSecret);
  });
});

describe('ciphertexts swapped between two rows', () => {
  it('fail to decrypt at the cipher level: the row id and purpose are bound in', () => {
    const cipher = createTokenCipher([{ id: 'k1', key: randomBytes(32) }]);
    const [rowA, rowB] = ['0d1f4b7e-0000-4000-8000-00000000000a', '0d1f4b7e-0000-4000-8000-00000000000b'];
    const sealedA = cipher.seal('IGAA-canary-A', rowA, 'access');
    const sealedB = cipher.seal('IGAA-canary-B', rowB, 'access');
    expect(cipher.open(sealedA, rowA, 'access')).toBe('IGAA-canary-A');
    expect(() => cipher.open(sealedA, rowB, 'access')).toThrow(TokenDecryptionError);
    expect(() => cipher.open(sealedB, rowA, 'access')).toThrow(TokenDecryptionError);
    expect(() => cipher.open(sealedA, rowA, 'refresh')).toThrow(TokenDecryptionError);
  });

  describe('in the database', () => {
    const accounts: Array<{ personaId: string; channelId: string; label: string; post: PostUnderTest }> = [];
    let mark = 0;

    beforeAll(async () => {
      for (const name of ['A', 'B']) {
        const { personaId, channelId } = await connectedChannel();
        const caption = `Swapped ${name} ${randomBytes(4).toString('hex')}`;
        const assetId = await uploadImage(server.url, user.token, personaId, jpeg);
        const item = await withImage(user.request, await createItem(user.request, personaId, { status: 'READY', caption, platform: 'INSTAGRAM' }), assetId);
        const post = expectData(await schedule(user.request, item, channelId, { at: secondsFromNow(3600) })).schedulePost;
        const label = fake.tokenLabel(await storedToken(channelId))!;
        accounts.push({ personaId, channelId, label, post: { postId: post.id, itemId: item.id, caption, platform: 'instagram' } });
      }
      // An attacker with write access to the table (or a botched migration) swaps the two tokens.
      const [a, b] = accounts.map((account) => account.channelId);
      await server.handle.pool.query(
        `UPDATE channel_integrations c SET access_token_enc = o.access_token_enc
           FROM channel_integrations o WHERE (c.id = $1 AND o.id = $2) OR (c.id = $2 AND o.id = $1)`,
        [a, b],
      );
      mark = fake.requests.length;
    });

    /** Requests Instagram received with either account's token since the swap: there must be none. */
    const tokenUsesSinceSwap = () => fake.requests.slice(mark).filter((request) => accounts.some((account) => request.token === account.label));

    it('do not open with the server key under the other row id', async () => {
      await expect(storedToken(accounts[0]!.channelId)).rejects.toThrow(TokenDecryptionError);
      await expect(storedToken(accounts[1]!.channelId)).rejects.toThrow(TokenDecryptionError);
    });

    it('make the quota read fail instead of reading with the other account', async () => {
      for (const account of accounts) {
        const [channel] = expectData(await user.request<any>(CHANNELS, { id: account.personaId })).persona.channelIntegrations;
        expect(channel.publishingQuota).toBeNull();
      }
      expect(tokenUsesSinceSwap()).toEqual([]);
    });

    it('make the publisher fail the posts, never publishing with the wrong token', async () => {
      // A lease long enough that a slow machine never sees a takeover: the first attempt must settle it.
      await startWorker(workerEnv(server, fake, { PUBLISH_MAX_ATTEMPTS: '1', PUBLISH_LEASE_SECONDS: '30' }));
      await makeDueNow(server.handle.db, accounts.map((account) => account.post.postId));
      const settled = await expectSettledOnce(server.handle.pool, fake, accounts.map((account) => account.post));
      expect(settled.map((row) => row.state)).toEqual(['failed', 'failed']);
      expect(tokenUsesSinceSwap()).toEqual([]);
      expect(fake.published.filter((media) => accounts.some((account) => account.post.caption === media.caption))).toEqual([]);
    });

    it('fail such a post on its first attempt, telling the user to reconnect', async () => {
      // Reads the posts the previous test settled. A token that cannot be decrypted is permanent:
      // retrying cannot help, so the first attempt ends the post and asks for a reconnect.
      const rows = (await server.handle.pool.query('SELECT attempts, last_error FROM scheduled_posts WHERE id = ANY($1::uuid[])', [accounts.map((account) => account.post.postId)])).rows;
      for (const row of rows) {
        expect(row.last_error).toMatch(/token|reconnect/i);
        expect(row.attempts).toBe(1);
      }
    });
  });
});

describe('a due token refresh attempted concurrently', () => {
  it('calls Instagram once and stores one new token, from several connections and two processes', { timeout: 60_000 }, async () => {
    const { channelId } = await connectedChannel();
    const before = await storedToken(channelId);
    // Due by our rule (a week since the last refresh) and refreshable by Instagram's (24 h old).
    await server.handle.pool.query(`UPDATE channel_integrations SET token_refreshed_at = now() - interval '8 days' WHERE id = $1`, [channelId]);
    fake.advanceClock(8 * 24 * 3600 * 1000);
    const refreshesBefore = fake.calls('refresh');
    // The first refresh hangs at Instagram while its caller holds the row lock, so every other
    // caller is provably waiting at the same moment.
    const held = fake.hold('refresh', { apply: 'before' });

    const IN_PROCESS = 4;
    const handles = Array.from({ length: IN_PROCESS }, () => createDatabase(server.database.url, { poolSize: 1 }));
    const channels = await createChannels(server.config);
    const logger = createLogger('silent');
    try {
      const inProcess = handles.map((handle) => refreshChannelTokenIfDue({ db: handle.db, channels, logger }, channelId));
      const processes = [refreshInProcess(channelId), refreshInProcess(channelId)];
      await within(held.arrived, 20_000, 'refresh request');
      await eventually(async () => {
        const { rows } = await server.handle.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(rows[0].n).toBe(IN_PROCESS + processes.length - 1);
      }, 20_000);
      held.release();
      const results = [...(await Promise.all(inProcess)).map((row) => row!.tokenRefreshedAt!.toISOString()), ...(await Promise.all(processes))];

      expect(fake.calls('refresh') - refreshesBefore).toBe(1);
      // Every caller ends with the same stored row: one refresh, seen by all.
      expect(new Set(results).size).toBe(1);
      const after = await storedToken(channelId);
      expect(after).not.toBe(before);
      expect(fake.tokenLabel(after)).toMatch(/^long#/);
      const [row] = (await server.handle.pool.query('SELECT token_refreshed_at, status FROM channel_integrations WHERE id = $1', [channelId])).rows;
      expect(row).toMatchObject({ status: 'active', token_refreshed_at: new Date(results[0]!) });
    } finally {
      held.release();
      await Promise.all(handles.map((handle) => handle.destroy()));
    }
  });
});

/**
 * refreshChannelTokenIfDue in a separate node process (the built server code), as a second
 * worker machine would run it; resolves with the token_refreshed_at it ends with.
 */
function refreshInProcess(channelId: string): Promise<string> {
  const moduleUrl = (file: string) => JSON.stringify(pathToFileURL(path.join(distDir, file)).href);
  const script = `
    const { loadConfig } = await import(${moduleUrl('config.js')});
    const { createChannels } = await import(${moduleUrl('channels/channels.js')});
    const { createDatabase } = await import(${moduleUrl('db/database.js')});
    const { createLogger } = await import(${moduleUrl('logger.js')});
    const { refreshChannelTokenIfDue } = await import(${moduleUrl('modules/channel/channel-tokens.js')});
    const config = loadConfig();
    const handle = createDatabase(config.DATABASE_URL, { poolSize: 1 });
    try {
      const row = await refreshChannelTokenIfDue({ db: handle.db, channels: await createChannels(config), logger: createLogger('silent') }, process.env.CHANNEL_ID);
      process.stdout.write(JSON.stringify({ refreshedAt: row.tokenRefreshedAt }));
    } finally {
      await handle.destroy();
    }`;
  const env = { ...process.env, ...workerEnv(server, fake), CHANNEL_ID: channelId, LOG_LEVEL: 'silent' };
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      children.delete(child);
      if (code !== 0) reject(new Error(`refresh process exited ${code}: ${output}`));
      else resolve(new Date((JSON.parse(output) as { refreshedAt: string }).refreshedAt).toISOString());
    }),
  );
}
