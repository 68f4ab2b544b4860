/**
 * `pnpm bench:publishing-takeover`: the publishing bench's crash phase. Two worker processes
 * drain a burst of Sandbox posts; in each "kill" run one of them is killed with SIGKILL while it
 * holds claimed posts, and the other must take them over. Interleaved with "baseline" runs
 * (the same burst, nobody killed) in the same session, so the cost of the crash is the
 * difference. Measured per post: published minus due time; per run: posts published, lost
 * (never published), and duplicates (more than one feed row or POSTED change per post).
 *
 * Options (flag --name=value, or env BENCH_NAME): --runs of each kind (10), --posts in each
 * burst (400), --admin-url (postgres://postgres@127.0.0.1:5432/postgres); --write puts the
 * results into docs/benchmarks.md ("Publishing", after the bench:publishing block).
 */
import type pg from 'pg';
import { connectSandboxChannel } from '../../server/src/modules/channel/channel.service.js';
import { createPersona } from '../../server/src/modules/persona/persona.service.js';
import {
  backgroundLoad,
  benchCommand,
  blockHead,
  checkBuild,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber,
  log,
  median,
  openMigrated,
  option,
  runBench,
  scratchDataDir,
  signUpBenchUser,
  sleep,
  stringOption,
  verdict,
  writeDocBlock,
} from './common.js';
import { seedSandboxPosts, startDeployedWorker, WORKER_SCRIPT } from './publishing-seed.js';

const options = {
  runs: Math.max(1, Math.round(option('runs', 10))),
  posts: Math.max(10, Math.round(option('posts', 400))),
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  write: flag('write'),
};
const TARGET_MS = 15_000;

interface Scene {
  pool: pg.Pool;
  dataDir: string;
  databaseUrl: string;
  personaId: string;
  userId: string;
  channelId: string;
}

interface Run {
  kind: 'kill' | 'baseline';
  posts: number;
  published: number;
  duplicates: number;
  /** Posts the killed worker held, taken over by the other (claimed more than once). */
  takenOver: number;
  /** Published minus due, ms: the latest post of the run, and the latest taken-over one. */
  latestMs: number;
  latestTakenOverMs: number;
}

async function oneRun(scene: Scene, kind: Run['kind']): Promise<Run> {
  await scene.pool.query('TRUNCATE content_items_with_trash, content_item_status_changes, scheduled_posts, sandbox_posts CASCADE');
  const [victim, survivor] = [await startDeployedWorker(scene.databaseUrl, scene.dataDir), await startDeployedWorker(scene.databaseUrl, scene.dataDir)];
  try {
    await seedSandboxPosts(scene, options.posts, new Date(Date.now() + 1_000), 0);
    if (kind === 'kill') {
      // Kill the victim at a moment it holds claimed posts (its pid is in their lease owner).
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { rows } = await scene.pool.query<{ held: number }>(
          "SELECT count(*)::int AS held FROM scheduled_posts WHERE state = 'publishing' AND lease_owner LIKE $1",
          [`%:${victim.pid}:%`],
        );
        if (rows[0]!.held > 0) break;
        if (Date.now() > deadline) throw new Error('the victim never held a post');
        await sleep(2);
      }
      victim.child.kill('SIGKILL');
    }
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await scene.pool.query<{ open: number }>("SELECT count(*)::int AS open FROM scheduled_posts WHERE state IN ('pending', 'publishing')");
      if (rows[0]!.open === 0 || Date.now() > deadline) break;
      await sleep(100);
    }
    const { rows } = await scene.pool.query<{ published: number; taken_over: number; latest: number; latest_taken_over: number | null; duplicates: number }>(
      `SELECT count(*) FILTER (WHERE state = 'published')::int AS published,
              count(*) FILTER (WHERE attempts > 1)::int AS taken_over,
              max(extract(epoch FROM published_at - due_at))::float8 * 1000 AS latest,
              max(extract(epoch FROM published_at - due_at)) FILTER (WHERE attempts > 1)::float8 * 1000 AS latest_taken_over,
              ((SELECT count(*) - count(DISTINCT scheduled_post_id) FROM sandbox_posts)
               + (SELECT count(*) - count(DISTINCT content_item_id) FROM content_item_status_changes WHERE to_status = 'posted'))::int AS duplicates
         FROM scheduled_posts`,
    );
    const row = rows[0]!;
    return {
      kind,
      posts: options.posts,
      published: row.published,
      duplicates: row.duplicates,
      takenOver: row.taken_over,
      latestMs: row.latest,
      latestTakenOverMs: row.latest_taken_over ?? 0,
    };
  } finally {
    await victim.stop();
    await survivor.stop();
  }
}

const fmt = (value: number, digits = 0) => formatNumber(value, digits);
const secondsOf = (ms: number) => `${fmt(ms / 1000, 2)} s`;

function report(runs: Run[], machine: Record<string, string>, command: string): string {
  const kills = runs.filter((run) => run.kind === 'kill');
  const baselines = runs.filter((run) => run.kind === 'baseline');
  const lost = (group: Run[]) => group.reduce((sum, run) => sum + run.posts - run.published, 0);
  const duplicates = (group: Run[]) => group.reduce((sum, run) => sum + run.duplicates, 0);
  const worstTakeover = Math.max(...kills.map((run) => run.latestTakenOverMs));
  const markers = docMarkers('publishing-takeover');
  return [
    ...blockHead(markers, command, machine),
    `Two workers with the default lease (10 s, renewed by a heartbeat) drain ${fmt(options.posts)} Sandbox posts due at once; in each kill run one is killed with SIGKILL while it holds claimed posts. ${kills.length} kill runs and ${baselines.length} baseline runs, interleaved.`,
    '',
    '| | Kill runs | Baseline (nobody killed) |',
    '|---|---:|---:|',
    `| Posts | ${fmt(kills.length * options.posts)} | ${fmt(baselines.length * options.posts)} |`,
    `| Taken over from the killed worker | ${fmt(kills.reduce((sum, run) => sum + run.takenOver, 0))} | ${fmt(baselines.reduce((sum, run) => sum + run.takenOver, 0))} |`,
    `| Latest taken-over post after its due time, median of runs | ${secondsOf(median(kills.map((run) => run.latestTakenOverMs)))} | — |`,
    `| Latest taken-over post after its due time, worst run | ${secondsOf(worstTakeover)} | — |`,
    `| Latest post of the run after its due time, median | ${secondsOf(median(kills.map((run) => run.latestMs)))} | ${secondsOf(median(baselines.map((run) => run.latestMs)))} |`,
    `| Lost (never published) | ${fmt(lost(kills))} | ${fmt(lost(baselines))} |`,
    `| Duplicates | ${fmt(duplicates(kills))} | ${fmt(duplicates(baselines))} |`,
    '',
    `Target: a killed worker's posts published within ${TARGET_MS / 1000} s of their due time, none twice, none lost: ${verdict(worstTakeover < TARGET_MS && lost(kills) === 0 && duplicates(kills) === 0)}. Before the heartbeat the lease was 120 s, and an outside test saw 18 of 200 posts go out 120 s late.`,
    '',
    markers.end,
  ].join('\n');
}

async function main() {
  checkBuild(WORKER_SCRIPT, true);
  const backgroundCores = await backgroundLoad();
  const scratch = await createScratchDatabase(options.adminUrl, ['server_version', 'synchronous_commit']);
  const handle = await openMigrated(scratch.url, 5);
  const { ctx, viewer } = await signUpBenchUser(handle, scratch.url);
  const persona = await createPersona(ctx, { name: 'Bench Persona', handle: 'bench_takeover', niche: 'benchmarks' });
  const channel = await connectSandboxChannel(ctx, persona.id);
  const scene: Scene = {
    pool: handle.pool,
    dataDir: scratchDataDir('publishing-takeover'),
    databaseUrl: scratch.url,
    personaId: persona.id,
    userId: viewer.userId,
    channelId: channel.id,
  };
  const runs: Run[] = [];
  for (let round = 1; round <= options.runs; round += 1) {
    for (const kind of ['kill', 'baseline'] as const) {
      const run = await oneRun(scene, kind);
      runs.push(run);
      log(
        `${kind} ${round}: ${run.published}/${run.posts} published, ${run.takenOver} taken over, latest taken over ${secondsOf(run.latestTakenOverMs)}, ` +
          `latest ${secondsOf(run.latestMs)}, ${run.duplicates} duplicates`,
      );
    }
  }
  const machine = describeMachine(`${scratch.settings.server_version} (synchronous_commit ${scratch.settings.synchronous_commit})`, backgroundCores);
  const block = report(runs, machine, benchCommand('publishing-takeover', ['--write']));
  process.stdout.write(`${block}\n`);
  if (options.write) writeDocBlock(docMarkers('publishing-takeover'), block, { section: '### Crashed-process takeover\n\n' });
}

await runBench(main);
