/**
 * `pnpm bench:subscriptions`: subscription fan-out of the real server against a bare `ws`
 * broadcast measured in the same run (docs/benchmarks.md, "Subscription fan-out").
 *
 * Three kinds of process on loopback:
 *   - this one: scratch database, seed data, and the writer, which commits status moves at a
 *     steady rate through the same service function the API uses (moveContentItem, whose
 *     transaction queues the pg_notify), and notes when each commit became visible;
 *   - the server under test: `node server/dist/main.js` (NODE_ENV=production), or the bare
 *     `ws` broadcaster (bare-ws-server.ts), each hearing commits on the same LISTEN channel;
 *   - the load process (load-client.ts): N subscribers that timestamp every receipt.
 * Rounds run A B A B (graphql, bare, graphql, bare); figures are medians over rounds.
 *
 * Options (flag --name=value, or env BENCH_NAME): --subscribers (1000), --rate changes/s (100),
 * --duration s (10), --warmup s (2), --light-rate changes/s (20) and --light-duration s (5) for
 * a load the server keeps up with (0 skips it), --ceiling-rate changes/s (200) and
 * --ceiling-duration s (5) for servers that kept up with --rate, --idle subscriptions for the
 * memory figure (10000, 0 skips it), --rounds (2), --items (200), --sessions (10),
 * --servers (graphql,bare), --admin-url (postgres://postgres@127.0.0.1:5432/postgres);
 * --write puts the results into docs/benchmarks.md, --json prints the raw figures.
 * BENCH_SERVER_NODE_ARGS adds node flags to the server under test (--cpu-prof, ...), and
 * BENCH_SERVER_ENTRY runs another build of the app (default server/dist/main.js).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { insertSession } from '../../server/src/modules/auth/auth.repository.js';
import { newSessionToken } from '../../server/src/modules/auth/session-token.js';
import { moveContentItem } from '../../server/src/modules/content-item/content-item-edit.service.js';
import { createContentItem } from '../../server/src/modules/content-item/content-item.service.js';
import { createPersona } from '../../server/src/modules/persona/persona.service.js';
import type { ServiceContext } from '../../server/src/modules/shared/service-context.js';
import {
  appEnv,
  backendPids,
  backgroundLoad,
  benchCommand,
  blockHead,
  busyShare,
  checkBuild,
  cpuSecondsByPid,
  cpuSecondsSpent,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber,
  freePort,
  log,
  machineJiffies,
  median,
  onCleanup,
  openMigrated,
  option,
  ownCpuSeconds,
  processCpuSeconds,
  quantile,
  repoRoot,
  runBench,
  signUpBenchUser,
  sleep,
  spawnNode,
  stringOption,
  verdict,
  waitHealthy,
  writeDocBlock,
  type Jiffies,
} from './common.js';
import { clockMs, type ClientCommand, type ClientReply, type LatencyStats, type ServerKind } from './protocol.js';

const markers = docMarkers('subscriptions');
/** After the last commit, how long deliveries may still arrive before they count as lost. */
const DRAIN_MS = 10_000;

// What a board would ask for: the item as it is now and the timeline entry (whose actor name
// goes through the profile loader).
const SUBSCRIPTION = `subscription BenchStatusChanges($personaId: ID) {
  contentItemStatusChanged(personaId: $personaId) {
    item { id title caption platform status scheduledAt version updatedAt }
    previousStatus
    newStatus
    changedAt
    change { id from to changedAt reason actor { kind name } }
  }
}`;

// ---------------------------------------------------------------------------------------------
// Options and machine

const options = {
  subscribers: option('subscribers', 1000),
  rate: option('rate', 100),
  lightRate: option('light-rate', 20),
  lightDurationMs: option('light-duration', 5) * 1000,
  durationMs: option('duration', 10) * 1000,
  warmupMs: option('warmup', 2) * 1000,
  idle: option('idle', 10_000),
  ceilingRate: option('ceiling-rate', 200),
  ceilingDurationMs: option('ceiling-duration', 5) * 1000,
  rounds: Math.max(1, Math.round(option('rounds', 2))),
  items: Math.max(10, Math.round(option('items', 200))),
  sessions: Math.max(1, Math.round(option('sessions', 10))),
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  servers: stringOption('servers', 'graphql,bare')
    .split(',')
    .filter((kind): kind is ServerKind => kind === 'graphql' || kind === 'bare'),
  write: flag('write'),
  json: flag('json'),
};

function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((row) => row.startsWith('Max open files'));
  const soft = line?.split(/\s{2,}/)[1];
  return soft === undefined || soft === 'unlimited' ? Infinity : Number(soft);
}

// ---------------------------------------------------------------------------------------------
// /proc readings

/** Resident set size of `pid` in KiB. */
function rssKiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN);
}

// ---------------------------------------------------------------------------------------------
// The load process

interface LoadClient {
  child: ChildProcess;
  call<Result>(command: ClientCommand): Promise<Result>;
}

function startLoadClient(): LoadClient {
  const child = fork(path.join(repoRoot, 'scripts/bench/load-client.ts'), [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  let seq = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  child.on('message', (reply: ClientReply) => {
    const waiter = pending.get(reply.seq);
    pending.delete(reply.seq);
    if (reply.ok) waiter?.resolve(reply.result);
    else waiter?.reject(new Error(`load client: ${reply.error}`));
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load client exited (${code})`));
    pending.clear();
  });
  return {
    child,
    call: <Result>(command: ClientCommand) =>
      new Promise<Result>((resolve, reject) => {
        seq += 1;
        pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ seq, command });
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Servers under test

interface ServerProcess {
  kind: ServerKind;
  pid: number;
  wsUrl: string;
  stop(): Promise<void>;
}

async function startServer(kind: ServerKind, databaseUrl: string, payload: string | null): Promise<ServerProcess> {
  if (kind === 'bare' && !payload) throw new Error('the bare server sends a payload captured from the GraphQL server: run graphql first');
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = process.env.BENCH_SERVER_ENTRY || 'server/dist/main.js';
  const args = [...nodeArgs, ...(kind === 'graphql' ? [entry] : ['--import', 'tsx', 'scripts/bench/bare-ws-server.ts'])];
  const env = appEnv(databaseUrl, {
    HOST: '127.0.0.1',
    PORT: String(port),
    // Subscriptions only: no background job worker competing in the process.
    RUN_WORKER: 'false',
    ...(payload && { BENCH_PAYLOAD: payload }),
  });
  const server = spawnNode(args, env, 5000);
  onCleanup(() => server.stop());
  await waitHealthy(server, port, `${kind} server`, 30_000);
  const wsUrl = kind === 'graphql' ? `ws://127.0.0.1:${port}/graphql` : `ws://127.0.0.1:${port}/`;
  return {
    kind,
    pid: server.pid,
    wsUrl,
    stop: () => server.stopAndShow(`${kind} server`, 2000),
  };
}

// ---------------------------------------------------------------------------------------------
// The writer: status moves through the API's service function, at a steady rate

interface BenchItem {
  id: string;
  status: 'idea' | 'draft';
  version: number;
  busy: boolean;
}

interface Commit {
  itemId: string;
  /** The item's version after the move: names the move exactly (moves are all the bench makes). */
  version: number;
  startedAt: number;
  committedAt: number;
}

/**
 * When each status change became visible: the first of (a) the writer's transaction returning
 * and (b) this process's own LISTEN connection hearing the change's event. Postgres sends
 * NOTIFY only once the transaction has committed, and under load the writer's event loop can
 * notice its COMMIT reply later than a listener hears the event, so (b) keeps that lag out of
 * the figures (latencies would otherwise come out too small, even negative).
 */
class CommitWatcher {
  readonly heardAt = new Map<number, number>();

  private constructor(private readonly client: pg.Client) {}

  static async start(databaseUrl: string): Promise<CommitWatcher> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const watcher = new CommitWatcher(client);
    client.on('notification', (message) => {
      const at = clockMs();
      const event = JSON.parse(message.payload ?? '{}') as { type?: string; changeId?: string };
      if (event.type === 'item_status' && event.changeId) watcher.heardAt.set(Number(event.changeId), at);
    });
    await client.query('LISTEN doppelcart_events');
    return watcher;
  }

  stop() {
    return this.client.end();
  }
}

class Writer {
  private next = 0;
  failures = 0;
  firstFailure: string | undefined;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly items: BenchItem[],
  ) {}

  /** One move of the next idle item (never two moves of one item at a time, so per item
   *  the order of commits is the order of their status-change ids). */
  async commitOne(): Promise<Commit | null> {
    let item: BenchItem | undefined;
    for (let tries = 0; tries < this.items.length && !item; tries += 1) {
      const candidate = this.items[this.next++ % this.items.length]!;
      if (!candidate.busy) item = candidate;
    }
    if (!item) return null;
    item.busy = true;
    const startedAt = clockMs();
    try {
      const row = await moveContentItem(this.ctx, item.id, {
        to: item.status === 'idea' ? 'draft' : 'idea',
        expectedVersion: item.version,
      });
      const committedAt = clockMs();
      item.status = row.status as BenchItem['status'];
      item.version = row.version;
      return { itemId: item.id, version: row.version, startedAt, committedAt };
    } catch (error) {
      this.failures += 1;
      this.firstFailure ??= String(error);
      return null;
    } finally {
      item.busy = false;
    }
  }

  /** Commits `rate` moves a second for `durationMs`, each started on schedule. */
  async drive(rate: number, durationMs: number, startAt = clockMs()): Promise<{ commits: Commit[]; skipped: number }> {
    const interval = 1000 / rate;
    const commits: Commit[] = [];
    const inFlight = new Set<Promise<void>>();
    let issued = 0;
    let skipped = 0;
    for (;;) {
      const elapsed = clockMs() - startAt;
      if (elapsed >= durationMs) break;
      const due = Math.min(Math.floor(elapsed / interval) + 1, Math.ceil(durationMs / interval));
      while (issued < due) {
        issued += 1;
        if (inFlight.size >= 200) {
          skipped += 1;
          continue;
        }
        const done: Promise<void> = this.commitOne().then((commit) => {
          if (commit) commits.push(commit);
          else skipped += 1;
          inFlight.delete(done);
        });
        inFlight.add(done);
      }
      await sleep(Math.max(0, startAt + issued * interval - clockMs()));
    }
    await Promise.all(inFlight);
    return { commits, skipped };
  }
}

// ---------------------------------------------------------------------------------------------
// Phases

interface CpuSample {
  at: number;
  /** CPU seconds used so far by the server under test, the load process, this process. */
  server: number;
  client: number;
  writer: number;
  /** CPU seconds of each Postgres backend serving the scratch database, by pid. */
  postgres: Map<number, number>;
  machine: Jiffies;
}

interface FanoutResult {
  subscribers: number;
  targetRate: number;
  /** Commits started in the window, per second. */
  commitRate: number;
  offeredPerSec: number;
  deliveriesPerSec: number;
  deliveredFraction: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  min: number;
  errors: number;
  /** Cores busy in the window: the server, the load process, the writer (this process),
   *  the scratch database's Postgres backends, and everything else on the machine. */
  serverCores: number;
  clientCores: number;
  writerCores: number;
  postgresCores: number;
  otherCores: number;
  machineBusy: number;
  serverCpuUsPerDelivery: number;
  /** How long the writer's move transactions took (start to commit acknowledged), ms. */
  commitP50: number;
  commitP99: number;
  /** The writer's event-loop delay p99, ms: how late it may have noticed a commit. */
  writerLoopDelayP99: number;
  /** How much later the writer saw its commit return than its listener heard the event, ms. */
  ackAfterNotifyP50: number;
  ackAfterNotifyP99: number;
  writerSkipped: number;
  writerFailures: number;
}

interface IdleResult {
  subscriptions: number;
  confirmed: number;
  openMs: number;
  rssBeforeKiB: number;
  rssAfterKiB: number;
  perConnectionKiB: number;
}

interface RoundResult {
  round: number;
  kind: ServerKind;
  light: FanoutResult | null;
  target: FanoutResult;
  /** Null when the server fell behind at the target rate already. */
  ceiling: FanoutResult | null;
  idle: IdleResult;
}

class Bench {
  payloadTemplate: string | null = null;

  constructor(
    private readonly client: LoadClient,
    private readonly writer: Writer,
    private readonly pool: pg.Pool,
    private readonly watcher: CommitWatcher,
    private readonly databaseUrl: string,
    private readonly tokens: string[],
    private readonly personaId: string,
  ) {}

  private async open(server: ServerProcess, count: number, concurrency = 100) {
    const result = await this.client.call<{ opened: number; failures: number; firstError?: string; ms: number }>({
      cmd: 'open',
      kind: server.kind,
      url: server.wsUrl,
      count,
      concurrency,
      tokens: this.tokens,
      personaId: this.personaId,
      query: SUBSCRIPTION,
    });
    if (result.failures) log(`${result.failures} of ${count} sockets failed to open (${result.firstError})`);
    return result;
  }

  /** Commits probes until every open subscriber has received one; returns how many did. */
  private async barrier(expected: number, withinMs = 30_000): Promise<number> {
    await this.client.call({ cmd: 'reset' });
    const deadline = clockMs() + withinMs;
    let reached = 0;
    while (clockMs() < deadline) {
      await this.writer.commitOne();
      const until = Math.min(deadline, clockMs() + 3000);
      while (clockMs() < until) {
        await sleep(100);
        reached = (await this.client.call<{ reached: number }>({ cmd: 'progress' })).reached;
        if (reached >= expected) break;
      }
      if (reached >= expected) break;
    }
    await this.drain(500, 5000);
    await this.client.call({ cmd: 'reset' });
    return reached;
  }

  /** Waits until no message has arrived for `quietMs` (at most `maxMs`). */
  private async drain(quietMs: number, maxMs: number) {
    const deadline = clockMs() + maxMs;
    let last = -1;
    let lastChange = clockMs();
    while (clockMs() < deadline) {
      const { receipts } = await this.client.call<{ receipts: number }>({ cmd: 'progress' });
      if (receipts !== last) {
        last = receipts;
        lastChange = clockMs();
      } else if (clockMs() - lastChange >= quietMs) return;
      await sleep(100);
    }
  }

  private async cpuSample(server: ServerProcess): Promise<CpuSample> {
    const { cpu } = await this.client.call<{ cpu: NodeJS.CpuUsage }>({ cmd: 'cpu' });
    const postgres = cpuSecondsByPid(await backendPids(this.pool));
    const writer = ownCpuSeconds();
    const serverCpu = processCpuSeconds(server.pid);
    if (Number.isNaN(serverCpu)) throw new Error(`${server.kind} server (pid ${server.pid}) is gone`);
    return {
      at: clockMs(),
      server: serverCpu,
      client: (cpu.user + cpu.system) / 1e6,
      writer,
      postgres,
      machine: machineJiffies(),
    };
  }

  private async maxChangeId(): Promise<number> {
    const { rows } = await this.pool.query<{ id: string | null }>('SELECT max(id)::text AS id FROM content_item_status_changes');
    return Number(rows[0]?.id ?? 0);
  }

  /**
   * The status-change id of each commit. Items are created at version 1 and only ever moved,
   * each move adding one to the version and one row to the timeline, so the move that made
   * version v is the item's (v - 1)th move row.
   */
  private async changeIds(commits: Commit[], after: number): Promise<Map<Commit, number>> {
    const { rows } = await this.pool.query<{ id: string; content_item_id: string; version: number }>(
      `SELECT id::text, content_item_id, version FROM (
         SELECT id, content_item_id, (row_number() OVER (PARTITION BY content_item_id ORDER BY id))::int + 1 AS version
         FROM content_item_status_changes WHERE from_status IS NOT NULL
       ) moves WHERE id > $1`,
      [after],
    );
    const byMove = new Map(rows.map((row) => [`${row.content_item_id}:${row.version}`, Number(row.id)]));
    const result = new Map<Commit, number>();
    for (const commit of commits) {
      const id = byMove.get(`${commit.itemId}:${commit.version}`);
      if (id === undefined) throw new Error(`no status change recorded for version ${commit.version} of ${commit.itemId}`);
      result.set(commit, id);
    }
    if (rows.length !== commits.length) throw new Error(`${rows.length - commits.length} status changes were not made by the writer`);
    return result;
  }

  /** Steady commits at `rate` for warm-up + `durationMs`; figures from the window after warm-up. */
  private async measure(server: ServerProcess, rate: number, durationMs: number, drain: boolean): Promise<FanoutResult> {
    await this.client.call({ cmd: 'reset' });
    const watermark = await this.maxChangeId();
    const failuresBefore = this.writer.failures;
    const startAt = clockMs() + 50;
    const windowStart = startAt + options.warmupMs;
    const windowEnd = windowStart + durationMs;
    const sampling = (async () => {
      await sleep(windowStart - clockMs());
      const first = await this.cpuSample(server);
      await sleep(windowEnd - clockMs());
      return [first, await this.cpuSample(server)] as const;
    })();
    await sleep(startAt - clockMs());
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const { commits, skipped } = await this.writer.drive(rate, options.warmupMs + durationMs, startAt);
    loopDelay.disable();
    const [cpuStart, cpuEnd] = await sampling;
    if (drain) await this.drain(1000, DRAIN_MS);
    const ids = await this.changeIds(commits, watermark);
    const measured = commits.filter((commit) => commit.startedAt >= windowStart && commit.startedAt < windowEnd);
    const ackLag: number[] = [];
    const visibleAt = (commit: Commit) => {
      const heard = this.watcher.heardAt.get(ids.get(commit)!);
      if (heard === undefined) return commit.committedAt;
      ackLag.push(commit.committedAt - heard);
      return Math.min(commit.committedAt, heard);
    };
    const stats = await this.client.call<LatencyStats>({
      cmd: 'stats',
      commits: measured.map((commit) => [ids.get(commit)!, visibleAt(commit)]),
      window: [cpuStart.at, cpuEnd.at],
    });
    const seconds = (cpuEnd.at - cpuStart.at) / 1000;
    const serverCpu = cpuEnd.server - cpuStart.server;
    const postgresCpu = cpuSecondsSpent(cpuStart.postgres, cpuEnd.postgres);
    const machineBusy = busyShare(cpuStart.machine, cpuEnd.machine);
    const busyCores = machineBusy * os.availableParallelism();
    const writerCpu = cpuEnd.writer - cpuStart.writer;
    const clientCpu = cpuEnd.client - cpuStart.client;
    return {
      subscribers: stats.subscribers,
      targetRate: rate,
      commitRate: measured.length / (durationMs / 1000),
      offeredPerSec: (measured.length * stats.subscribers) / (durationMs / 1000),
      deliveriesPerSec: stats.receivedInWindow / seconds,
      deliveredFraction: stats.expected ? stats.received / stats.expected : NaN,
      p50: stats.p50,
      p90: stats.p90,
      p99: stats.p99,
      max: stats.max,
      min: stats.min,
      errors: stats.errors + stats.unexpectedCloses,
      serverCores: serverCpu / seconds,
      clientCores: clientCpu / seconds,
      writerCores: writerCpu / seconds,
      postgresCores: postgresCpu / seconds,
      otherCores: Math.max(0, busyCores - (serverCpu + clientCpu + writerCpu + postgresCpu) / seconds),
      machineBusy,
      serverCpuUsPerDelivery: stats.receivedInWindow ? (serverCpu * 1e6) / stats.receivedInWindow : NaN,
      commitP50: median(measured.map((commit) => commit.committedAt - commit.startedAt)),
      commitP99: quantile(measured.map((commit) => commit.committedAt - commit.startedAt), 0.99),
      writerLoopDelayP99: loopDelay.percentile(99) / 1e6,
      ackAfterNotifyP50: median(ackLag),
      ackAfterNotifyP99: quantile(ackLag, 0.99),
      writerSkipped: skipped,
      writerFailures: this.writer.failures - failuresBefore,
    };
  }

  private async warmUp(server: ServerProcess) {
    await this.open(server, 100);
    if ((await this.barrier(100)) < 100) throw new Error(`${server.kind}: warm-up subscribers did not all receive events`);
    await this.writer.drive(options.rate, 2000);
    await this.drain(500, 10_000);
    if (server.kind === 'graphql' && !this.payloadTemplate) {
      this.payloadTemplate = (await this.client.call<{ sample: string | null }>({ cmd: 'sample' })).sample;
    }
    await this.client.call({ cmd: 'close' });
    await sleep(500);
  }

  /**
   * A light load (to see latency where the server keeps up), the steady load at the target
   * rate, then, if the server kept up with that, a heavier load to
   * find its ceiling (a server that fell behind is already saturated: its target figures are
   * its ceiling, and it is stopped rather than drained).
   */
  async fanout(kind: ServerKind): Promise<{ light: FanoutResult | null; target: FanoutResult; ceiling: FanoutResult | null }> {
    const server = await startServer(kind, this.databaseUrl, this.payloadTemplate);
    try {
      await this.warmUp(server);
      const opened = await this.open(server, options.subscribers);
      const reached = await this.barrier(opened.opened);
      if (reached < opened.opened) throw new Error(`${kind}: only ${reached} of ${opened.opened} subscribers receive events`);
      log(`${kind}: ${opened.opened} subscribers in ${Math.round(opened.ms)} ms; ${options.rate} changes/s for ${options.durationMs / 1000} s`);
      let light: FanoutResult | null = null;
      if (options.lightRate > 0 && options.lightDurationMs > 0) {
        light = await this.measure(server, options.lightRate, options.lightDurationMs, true);
        log(`${kind}: at ${options.lightRate} changes/s: p50 ${fmt(light.p50, 1)} ms, p99 ${fmt(light.p99, 1)} ms`);
        await this.barrier(opened.opened);
      }
      const target = await this.measure(server, options.rate, options.durationMs, true);
      log(
        `${kind}: p50 ${fmt(target.p50, 1)} ms, p99 ${fmt(target.p99, 1)} ms, ${fmt(target.deliveriesPerSec)} deliveries/s, ` +
          `${fmt(target.deliveredFraction * 100, 2)} % delivered`,
      );
      let ceiling: FanoutResult | null = null;
      if (keptUp(target) && options.ceilingDurationMs > 0 && options.ceilingRate > options.rate) {
        await this.barrier(opened.opened);
        ceiling = await this.measure(server, options.ceilingRate, options.ceilingDurationMs, false);
        log(`${kind}: ${fmt(ceiling.deliveriesPerSec)} deliveries/s with ${options.ceilingRate} changes/s offered`);
      }
      return { light, target, ceiling };
    } finally {
      await this.client.call({ cmd: 'close' });
      await server.stop();
    }
  }

  async idle(kind: ServerKind): Promise<IdleResult> {
    const server = await startServer(kind, this.databaseUrl, this.payloadTemplate);
    try {
      await this.warmUp(server);
      await sleep(1000);
      const before = median([rssKiB(server.pid), (await sleep(200), rssKiB(server.pid)), (await sleep(200), rssKiB(server.pid))]);
      const opened = await this.open(server, options.idle, 200);
      await sleep(2000);
      const after = median([rssKiB(server.pid), (await sleep(200), rssKiB(server.pid)), (await sleep(200), rssKiB(server.pid))]);
      // Proves the subscriptions are live (after the readings, so the probe's garbage is not in them).
      const confirmed = await this.barrier(opened.opened);
      log(`${kind}: ${opened.opened} idle subscriptions, RSS ${before} -> ${after} KiB, ${confirmed} confirmed live`);
      return {
        subscriptions: opened.opened,
        confirmed,
        openMs: opened.ms,
        rssBeforeKiB: before,
        rssAfterKiB: after,
        perConnectionKiB: (after - before) / opened.opened,
      };
    } finally {
      await this.client.call({ cmd: 'close' });
      await server.stop();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Summary

const emptyIdle: IdleResult = { subscriptions: 0, confirmed: 0, openMs: NaN, rssBeforeKiB: NaN, rssAfterKiB: NaN, perConnectionKiB: NaN };

function medianOf<T>(rows: T[], pick: (row: T) => number): number {
  return median(rows.map(pick));
}

const fmt = (value: number, digits = 0) => formatNumber(value, digits, 'not delivered');

/** Delivered everything without a backlog building up (p99 under a second). */
function keptUp(result: FanoutResult): boolean {
  return result.deliveredFraction >= 0.999 && result.p99 < 1000;
}

/** The phase that shows a server's fan-out rate: whichever delivered the most per second. */
function saturation(row: RoundResult): FanoutResult {
  return row.ceiling && row.ceiling.deliveriesPerSec > row.target.deliveriesPerSec ? row.ceiling : row.target;
}

type Spec = Array<[label: string, pick: (row: RoundResult) => number, digits: number, compare: boolean]>;

function report(results: RoundResult[], machine: Record<string, string>, command: string): string {
  const g = results.filter((row) => row.kind === 'graphql');
  const b = results.filter((row) => row.kind === 'bare');
  const m = (rows: RoundResult[], pick: (row: RoundResult) => number) => medianOf(rows, pick);
  const ratio = (pick: (row: RoundResult) => number) => m(g, pick) / m(b, pick);
  const perRound = (pick: (row: RoundResult) => number, digits: number) =>
    results.map((row) => `${row.kind === 'graphql' ? 'A' : 'B'}${row.round}: ${fmt(pick(row), digits)}`).join(', ');
  const table = (spec: Spec) =>
    [
      '| | GraphQL server (graphql-ws) | Bare ws | GraphQL / bare | Each round |',
      '|---|---:|---:|---:|---|',
      ...spec.map(([label, pick, digits, compare]) => {
        const both = compare ? ratio(pick) : NaN;
        const shown = compare && Number.isFinite(both) ? `${fmt(both, 2)}x` : '';
        return `| ${label} | ${fmt(m(g, pick), digits)} | ${fmt(m(b, pick), digits)} | ${shown} | ${perRound(pick, digits)} |`;
      }),
    ].join('\n');

  const loadRows = (phase: (row: RoundResult) => FanoutResult | null): Spec => {
    const of = (pick: (result: FanoutResult) => number) => (row: RoundResult) => {
      const result = phase(row);
      return result ? pick(result) : NaN;
    };
    return [
      ['Commit to receipt p50 (ms)', of((r) => r.p50), 1, true],
      ['Commit to receipt p90 (ms)', of((r) => r.p90), 1, true],
      ['Commit to receipt p99 (ms)', of((r) => r.p99), 1, true],
      ['Commit to receipt max (ms)', of((r) => r.max), 1, true],
      ['Changes committed (/s)', of((r) => r.commitRate), 1, false],
      ['Deliveries due (/s)', of((r) => r.offeredPerSec), 0, false],
      ['**Deliveries received (/s)**', of((r) => r.deliveriesPerSec), 0, true],
      ['Delivered (% of due)', of((r) => r.deliveredFraction * 100), 2, false],
      ['Server CPU (cores)', of((r) => r.serverCores), 2, true],
      ['Server CPU per delivery (µs)', of((r) => r.serverCpuUsPerDelivery), 1, true],
      ['Server CPU to fan one change out to all (ms)', of((r) => (r.serverCpuUsPerDelivery * r.subscribers) / 1000), 1, true],
      ['Load process CPU (cores)', of((r) => r.clientCores), 2, true],
      ['Writer + its Postgres backends (cores)', of((r) => r.writerCores + r.postgresCores), 2, true],
      ['Anything else on the machine (cores)', of((r) => r.otherCores), 2, false],
      ['Machine busy (% of all cores)', of((r) => r.machineBusy * 100), 0, false],
      ['Writer event-loop delay p99 (ms)', of((r) => r.writerLoopDelayP99), 1, false],
    ];
  };
  const steady = loadRows((row) => row.target);
  const light = loadRows((row) => row.light);
  const fanout: Spec = [
    ['Changes committed (/s)', (row) => saturation(row).commitRate, 1, false],
    ['Deliveries due (/s)', (row) => saturation(row).offeredPerSec, 0, false],
    ['**Deliveries received (/s)**', (row) => saturation(row).deliveriesPerSec, 0, true],
    ['Delivered (% of due)', (row) => saturation(row).deliveredFraction * 100, 1, false],
    ['Server CPU (cores)', (row) => saturation(row).serverCores, 2, true],
    ['**Server CPU per delivery (µs)**', (row) => saturation(row).serverCpuUsPerDelivery, 1, true],
    ['Load process CPU (cores)', (row) => saturation(row).clientCores, 2, true],
    ['Anything else on the machine (cores)', (row) => saturation(row).otherCores, 2, false],
  ];
  const idle: Spec = [
    ['Subscriptions open, confirmed live', (row) => row.idle.confirmed, 0, false],
    ['Time to open them all (s)', (row) => row.idle.openMs / 1000, 1, true],
    ['Server RSS before (MiB)', (row) => row.idle.rssBeforeKiB / 1024, 1, true],
    ['Server RSS after (MiB)', (row) => row.idle.rssAfterKiB / 1024, 1, true],
    ['**Server memory per connection (KiB)**', (row) => row.idle.perConnectionKiB, 1, true],
  ];

  const p99 = m(g, (row) => row.target.p99);
  const lightP99 = g.some((row) => row.light) ? m(g, (row) => row.light?.p99 ?? NaN) : undefined;
  const ms = (value: number) => (Number.isFinite(value) ? `${fmt(value, 1)} ms` : fmt(value));
  const bareP99 = m(b, (row) => row.target.p99);
  const bareLightP99 = b.some((row) => row.light) ? m(b, (row) => row.light?.p99 ?? NaN) : NaN;
  const bareCeiling = m(b, (row) => saturation(row).deliveriesPerSec);
  const delivered = m(g, (row) => row.target.deliveredFraction);
  const perConnection = m(g, (row) => row.idle.perConnectionKiB);
  const confirmed = m(g, (row) => row.idle.confirmed);
  const rateRatio = ratio((row) => saturation(row).deliveriesPerSec);
  const cpuRatio = m(b, (row) => saturation(row).serverCpuUsPerDelivery) / m(g, (row) => saturation(row).serverCpuUsPerDelivery);
  const bareKeptUp = b.some((row) => keptUp(saturation(row)));
  const targets = [
    `| p99 under 100 ms at ${fmt(options.subscribers)} subscribers x ${fmt(options.rate)} changes/s | p99 ${ms(p99)}; ${fmt(delivered * 100, 2)} % delivered within ${DRAIN_MS / 1000} s` +
      `${bareP99 >= 100 ? `. Beyond this machine: the bare ws baseline itself has p99 ${ms(bareP99)} at this load (its ceiling is ${fmt(bareCeiling)} deliveries/s for ${fmt(options.subscribers * options.rate)} due)` : ''} | ${verdict(p99 < 100 && delivered >= 0.999)} |`,
    ...(lightP99 !== undefined
      ? [`| The closest real thing: p99 under 100 ms at ${fmt(options.subscribers)} subscribers x ${fmt(options.lightRate)} changes/s, a load this machine carries | p99 ${ms(lightP99)} (bare ws: ${ms(bareLightP99)}) | ${verdict(lightP99 < 100)} |`]
      : []),
    `| ${fmt(options.idle)} idle subscriptions in one process at under 20 KB each | ${fmt(confirmed)} live at ${fmt(perConnection, 1)} KiB (${fmt(perConnection * 1.024, 1)} KB) each | ${verdict(confirmed >= options.idle && perConnection * 1.024 < 20)} |`,
    `| Fan-out at least half the bare-ws rate | ${fmt(rateRatio, 2)}x the bare rate${bareKeptUp ? ' (bare ws kept up: its rate is a floor, so the ratio is an upper bound)' : ''}; server CPU per delivery ${fmt(1 / cpuRatio, 1)}x the bare server's | ${verdict(rateRatio >= 0.5)} |`,
  ];

  return [
    ...blockHead(markers, command, machine),
    `Load: one user with ${options.sessions} sessions and one persona; ${fmt(options.subscribers)} subscribers to ` +
      `\`contentItemStatusChanged(personaId)\`, each of which receives every change; status moves committed at ` +
      `${fmt(options.rate)} changes/s for ${options.durationMs / 1000} s after ${options.warmupMs / 1000} s of warm-up. ` +
      `${options.rounds} rounds, A B A B (A: the GraphQL server, B: bare ws); figures are medians over rounds, each round's value on the right.`,
    '',
    '| Target | Measured | |',
    '|---|---|---|',
    ...targets,
    '',
    `Latency runs from the commit (when the writer's transaction returned, or its own LISTEN connection heard the event, ` +
      `whichever came first) to the load process reading the message. Deliveries still missing ${DRAIN_MS / 1000} s after the last ` +
      `commit count as not delivered, and a percentile that falls on them reads "not delivered".`,
    '',
    ...(results.some((row) => row.light)
      ? [
          `#### Light load: ${fmt(options.subscribers)} subscribers x ${fmt(options.lightRate)} changes/s for ${options.lightDurationMs / 1000} s`,
          '',
          table(light),
          '',
        ]
      : []),
    `#### Steady load: ${fmt(options.subscribers)} subscribers x ${fmt(options.rate)} changes/s`,
    '',
    table(steady),
    '',
    `#### Fan-out rate: deliveries per second with the server saturated`,
    '',
    ...(results.some((row) => row.ceiling)
      ? [
          `Each round's best of the steady load and, for a server that kept up with it (everything delivered, p99 under 1 s), ` +
            `${fmt(options.ceilingRate)} changes/s offered for ${options.ceilingDurationMs / 1000} s.`,
          '',
          table(fanout),
        ]
      : ['Both servers fell behind at the steady load, so its figures above are their fan-out rates (deliveries received per second).']),
    '',
    `#### Idle subscriptions: ${fmt(options.idle)} in one server process`,
    '',
    table(idle),
    '',
    markers.end,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  checkBuild(path.join(repoRoot, 'server/dist/main.js'), true);
  const backgroundCores = await backgroundLoad();
  const limit = openFileLimit();
  if (limit < options.idle + 500) {
    const lowered = Math.max(100, Math.floor(limit - 500));
    log(`open-file limit is ${limit}: measuring ${lowered} idle subscriptions instead of ${options.idle} (raise it with ulimit -n)`);
    options.idle = lowered;
  }

  const scratch = await createScratchDatabase(options.adminUrl, ['server_version']);
  const databaseUrl = scratch.url;
  const handle = await openMigrated(databaseUrl, 20);

  // One user with several sessions (tabs, devices), one persona, items to move.
  const { ctx, viewer, token } = await signUpBenchUser(handle, databaseUrl);
  const tokens = [token];
  while (tokens.length < options.sessions) {
    const { token, tokenHash } = newSessionToken();
    await insertSession(handle.db, { userId: viewer.userId, tokenHash, expiresAt: new Date(Date.now() + 86_400_000) });
    tokens.push(token);
  }
  const persona = await createPersona(ctx, { name: 'Bench Persona', handle: 'bench_persona', niche: 'benchmarks' });
  const items: BenchItem[] = [];
  for (let i = 0; i < options.items; i += 1) {
    const item = await createContentItem(ctx, {
      personaId: persona.id,
      title: `Benchmark item ${i + 1}`,
      caption: 'Golden hour on the pier, three ways to wear the linen set. #summer #linen',
      platform: 'instagram',
    });
    items.push({ id: item.id, status: 'idea', version: item.version, busy: false });
  }
  const writer = new Writer(ctx, items);

  const client = startLoadClient();
  onCleanup(async () => {
    if (client.child.exitCode !== null) return;
    const exited = new Promise((resolve) => client.child.once('exit', resolve));
    await client.call({ cmd: 'exit' }).catch(() => client.child.kill('SIGKILL'));
    await exited;
  });

  const watcher = await CommitWatcher.start(databaseUrl);
  onCleanup(() => watcher.stop());
  const bench = new Bench(client, writer, handle.pool, watcher, databaseUrl, tokens, persona.id);
  const results: RoundResult[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const kind of options.servers) {
      log(`round ${round}: ${kind}`);
      const { light, target, ceiling } = await bench.fanout(kind);
      const idle = options.idle > 0 ? await bench.idle(kind) : emptyIdle;
      results.push({ round, kind, light, target, ceiling, idle });
    }
  }
  if (writer.failures) log(`${writer.failures} writer commits failed; first: ${writer.firstFailure}`);

  const machine = describeMachine(scratch.settings.server_version!, backgroundCores);
  const command = benchCommand('subscriptions', ['--write', '--json']);
  const block = report(results, machine, command);
  process.stdout.write(`${block}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ options, machine, results }, null, 2)}\n`);
  if (options.write) writeDocBlock(markers, block, { section: '', newFile: '# Benchmarks\n\n## Subscription fan-out\n\n' });
}

await runBench(main);
