/**
 * What the benchmark scripts (subscriptions.ts, publishing.ts, analytics.ts) have in common:
 * options, logging, cleanup, /proc readings, the machine line, the scratch database, child
 * processes under test, number formatting and the generated block in docs/benchmarks.md.
 * Each bench keeps its own measurements and report.
 */
import { keepPostsInStep } from '../../server/src/modules/scheduling/keep-posts-in-step.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createLogger } from '../../server/src/logger.js';
import { createMailer } from '../../server/src/mail/mailer.js';
import { loadConfig } from '../../server/src/config.js';
import { createDatabase, type DatabaseHandle } from '../../server/src/db/database.js';
import { migrate } from '../../server/src/db/migrator.js';
import { authenticate, signUp } from '../../server/src/modules/auth/auth.service.js';
import type { ServiceContext, Viewer } from '../../server/src/modules/shared/service-context.js';

/** A port free on loopback now, for a server under test (the app's process tests pick theirs the same way). */
import { freePort } from '../../server/test/support/app-process.js';

export { freePort };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docPath = path.join(repoRoot, 'docs', 'benchmarks.md');

// ---------------------------------------------------------------------------------------------
// Options and logging

/** `--name=value`, else env BENCH_NAME (dashes as underscores), so a wrapper or CI can set options without flags. */
function rawOption(name: string): string | undefined {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return flag?.slice(name.length + 3) ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
}

/** A non-negative number option; empty means the default, anything else unreadable stops the run. */
export function option(name: string, fallback: number): number {
  const raw = rawOption(name);
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, got ${raw}`);
  return value;
}

export function stringOption(name: string, fallback: string): string {
  return rawOption(name) ?? fallback;
}

/** A switch such as --write: flag only, no env (it changes what the run leaves behind). */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** Progress goes to stderr, so stdout carries only the report (and --json). */
export function log(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** A time already past waits no longer. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

// ---------------------------------------------------------------------------------------------
// Cleanup: child processes, scratch databases and temp directories go whatever happens.

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;

/** Adds a step to the end of the run; steps run newest first, so nothing is removed while in use. */
export function onCleanup(step: () => Promise<void>) {
  cleanups.push(step);
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  })();
  return cleaning;
}

/** Runs `main` and then the cleanup steps, also on Ctrl-C or SIGTERM (exit 130): a failed run still drops its database. */
export async function runBench(main: () => Promise<void>): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// The build under test

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** The benches run the built server: stop if `entry` is missing, and warn (if `checkFresh`) when server/src changed since the build. */
export function checkBuild(entry: string, checkFresh: boolean) {
  if (!existsSync(entry)) throw new Error(`${path.relative(repoRoot, entry)} is missing: run \`pnpm --filter @doppelcart/server build\` first`);
  if (checkFresh && newestMtime(path.join(repoRoot, 'server/src')) > statSync(entry).mtimeMs) {
    log('warning: server/src is newer than server/dist; run `pnpm --filter @doppelcart/server build` to measure the current code');
  }
}

// ---------------------------------------------------------------------------------------------
// /proc readings: CPU shares the benches report besides wall-clock times

const CLOCK_TICKS = 100; // USER_HZ: 100 on Linux x86-64 (getconf CLK_TCK)

/** CPU seconds `pid` has used (user + system); NaN once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** CPU seconds this process has used (user + system). */
export function ownCpuSeconds(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6;
}

export interface Jiffies {
  busy: number;
  total: number;
}

/** Busy and total jiffies of the whole machine. */
export function machineJiffies(): Jiffies {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((sum, value) => sum + value, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: total - idle, total };
}

/** Share of all cores that was busy between two readings (0 to 1). */
export function busyShare(start: Jiffies, end: Jiffies): number {
  return (end.busy - start.busy) / (end.total - start.total);
}

/** Cores busy over 2 s before the run: other work on the machine skews every figure, so the report says how much there was. */
export async function backgroundLoad(): Promise<number> {
  const before = machineJiffies();
  await sleep(2000);
  const cores = busyShare(before, machineJiffies()) * os.availableParallelism();
  log(`background load before the run: ${cores.toFixed(2)} of ${os.availableParallelism()} cores busy`);
  return cores;
}

/** The Postgres backends serving the database `db` is connected to: on a scratch database, all of them are the bench's. */
export async function backendPids(db: pg.Pool | pg.ClientBase): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  return rows.map((row) => row.pid);
}

/** CPU seconds of each of `pids` that is still there. */
export function cpuSecondsByPid(pids: readonly number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (!Number.isNaN(seconds)) used.set(pid, seconds);
  }
  return used;
}

/** CPU seconds used between two cpuSecondsByPid readings; a process that started in between counts from zero. */
export function cpuSecondsSpent(start: Map<number, number>, end: Map<number, number>): number {
  let spent = 0;
  for (const [pid, used] of end) spent += used - (start.get(pid) ?? 0);
  return spent;
}

// ---------------------------------------------------------------------------------------------
// The machine line

/** What the figures depend on, in the order the docs show it; `postgres` is its version and the settings that matter to the bench. */
export function describeMachine(postgres: string, backgroundCores: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CPUs: `${os.availableParallelism()} x ${os.cpus()[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    Node: process.version,
    PostgreSQL: postgres,
    kernel: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
    'background load before the run': `${backgroundCores.toFixed(2)} cores`,
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// Scratch database and data directory

export interface ScratchDatabase {
  name: string;
  url: string;
  /** The pg_settings asked for, read from the admin server before the database was made. */
  settings: Record<string, string>;
}

/**
 * A new database on the admin server, so every run starts from the migrations alone; dropped at
 * cleanup, unless `keep` (it is then logged for a closer look by hand).
 */
export async function createScratchDatabase(adminUrl: string, settingNames: string[], keep = false): Promise<ScratchDatabase> {
  const name = `doppelcart_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ name: string; setting: string }>('SELECT name, setting FROM pg_settings WHERE name = ANY($1)', [settingNames]);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  onCleanup(async () => {
    if (keep) {
      log(`kept ${name} (--keep-database): drop it with DROP DATABASE ${name} WITH (FORCE)`);
      return;
    }
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
    log(`dropped ${name}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  log(`scratch database ${name}`);
  return { name, url: url.toString(), settings: Object.fromEntries(rows.map((row) => [row.name, row.setting])) };
}

/** The app's own kind of handle on `url`, with the migrations run; destroyed at cleanup. */
export async function openMigrated(url: string, poolSize: number): Promise<DatabaseHandle> {
  const handle = createDatabase(url, { poolSize });
  onCleanup(() => handle.destroy());
  await migrate(handle.pool, path.join(repoRoot, 'migrations'));
  return handle;
}

/** A DATA_DIR for the processes under test, with the key files they would otherwise race to create on first start; removed at cleanup. */
export function scratchDataDir(bench: string): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `doppelcart-bench-${bench}-`));
  onCleanup(async () => rmSync(dataDir, { recursive: true, force: true }));
  mkdirSync(path.join(dataDir, 'secrets'), { mode: 0o700 });
  for (const file of ['token-encryption.key', 'asset-signing.key']) {
    writeFileSync(path.join(dataDir, 'secrets', file), randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return dataDir;
}

/** The bench's user, signed up through the auth service as the API would, and a service context acting as them. */
export async function signUpBenchUser(handle: DatabaseHandle, databaseUrl: string): Promise<{ ctx: ServiceContext; viewer: Viewer; token: string }> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const anonymous: ServiceContext = { db: handle.db, config, viewer: null, itemWriteGuard: keepPostsInStep };
  // Sign-up sends a verification email: here it goes to a silent log.
  const logger = createLogger(config.LOG_LEVEL);
  const mailing = { ...anonymous, logger, mailer: createMailer(config, logger), appUrl: () => 'http://localhost:4000' };
  const grant = await signUp(mailing, { email: 'bench@example.com', password: 'benchmark-password', displayName: 'Bench' }, 'bench');
  const viewer = await authenticate(anonymous, grant.token);
  return { ctx: { ...anonymous, viewer }, viewer, token: grant.token };
}

// ---------------------------------------------------------------------------------------------
// Processes under test

/**
 * The environment of a process under test: the built app as deployed, on the scratch database
 * that this process has already migrated, quiet unless something is wrong; `extra` adds the rest.
 */
export function appEnv(databaseUrl: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', RUN_MIGRATIONS: 'false', ...extra };
}

export interface NodeChild {
  child: ChildProcess;
  pid: number;
  /** What it has printed so far, kept to show when it fails or says something. */
  output(): string;
  /** SIGTERM, SIGKILL after the grace period; resolves once it has exited (at once if it had). */
  stop(): Promise<void>;
  /** stop(), then logs what it printed, once: a warning or a stack trace matters even in a run that went well. */
  stopAndShow(label: string, maxChars?: number): Promise<void>;
}

/** `node <args>` from the repo root with its output captured (the report must not interleave with it). */
export function spawnNode(args: string[], env: NodeJS.ProcessEnv, killAfterMs: number): NodeChild {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let shown = false;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    child,
    pid: child.pid!,
    output: () => output.join(''),
    stop,
    async stopAndShow(label, maxChars = 3000) {
      if (shown) return;
      shown = true;
      await stop();
      const said = output.join('').trim();
      if (said) log(`${label} said:\n${said.slice(0, maxChars)}`);
    },
  };
}

/**
 * A process of the built app (`node server/dist/main.js`, production, no worker) on `databaseUrl`,
 * healthy, stopped at cleanup (what it printed is shown then). `nodeArgs` go before the script.
 */
export async function startBuiltApp(databaseUrl: string, name: string, extra: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) {
  const port = await freePort();
  const env = appEnv(databaseUrl, { PORT: String(port), RUN_WORKER: 'false', DATA_DIR: scratchDataDir(name), SIGN_UP_PER_HOUR: '1000', ...extra });
  const server = spawnNode([...nodeArgs, 'server/dist/main.js'], env, 5000);
  onCleanup(() => server.stopAndShow(name));
  await waitHealthy(server, port, name, 60_000);
  return { url: `http://127.0.0.1:${port}`, pid: server.pid };
}

/** A GraphQL request as a client makes it; throws with the errors unless the answer has data and no errors. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Waits for GET /healthz to answer OK; throws with what `name` printed if it exits or `timeoutMs` passes first. */
export async function waitHealthy(server: NodeChild, port: number, name: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`${name} exited (${server.child.exitCode}):\n${server.output()}`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false)) return;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} not healthy in ${timeoutMs / 1000} s:\n${server.output()}`);
    }
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Figures and the report

/** Median, NaN left out (a missing figure does not move it). */
export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank quantile; Infinity (something that never happened) sorts last. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
}

/** en-US digits; NaN reads "n/a" and Infinity `infinity`, which each bench words for what it means there. */
export function formatNumber(value: number, digits = 0, infinity = '∞'): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value === Infinity) return infinity;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const verdict = (met: boolean) => (met ? '**met**' : '**missed**');

export interface DocMarkers {
  start: string;
  end: string;
}

/** The markers around a bench's block in docs/benchmarks.md: --write replaces what is between them. */
export function docMarkers(bench: string): DocMarkers {
  return {
    start: `<!-- bench:${bench}:start (generated by \`pnpm bench:${bench} --write\`) -->`,
    end: `<!-- bench:${bench}:end -->`,
  };
}

/** The command that repeats the run: the build, the bench and its flags, less `switches` (which only choose the output). */
export function benchCommand(bench: string, switches: string[]): string {
  const extraArgs = process.argv.slice(2).filter((arg) => !switches.includes(arg));
  return [`pnpm --filter @doppelcart/server build && pnpm bench:${bench}`, ...extraArgs].join(' ');
}

/** The block's first lines: its start marker, the command and the machine. */
export function blockHead(markers: DocMarkers, command: string, machine: Record<string, string>): string[] {
  return [
    markers.start,
    '',
    `Command: \`${command}\``,
    '',
    `Machine: ${Object.entries(machine).map(([key, value]) => `${key} ${value}`).join('; ')}.`,
    '',
  ];
}

/**
 * Re-reads docs/benchmarks.md right before writing and replaces only this bench's block. A block
 * not there yet goes at the end after `section` (its heading); a missing file starts as `newFile`.
 */
export function writeDocBlock(markers: DocMarkers, block: string, where: { section: string; newFile?: string }) {
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : (where.newFile ?? '# Benchmarks\n');
  const start = current.indexOf(markers.start);
  const end = current.indexOf(markers.end);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + markers.end.length)
      : `${current.trimEnd()}\n\n${where.section}${block}\n`;
  writeFileSync(docPath, next);
  log(`wrote the results into ${path.relative(repoRoot, docPath)}`);
}
