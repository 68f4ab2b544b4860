/**
 * `pnpm bench:graphql`: server CPU per request and throughput of two reads through the app's
 * GraphQL stack, against a bare `node:http` + `pg` server running the same statements on the same
 * database (graphql-bare-server.ts) (docs/benchmarks.md, "GraphQL execution cost").
 *
 * - nested: one persona, its plan, the plan's 100 items with their image and scheduled posts
 *   (the app answers it in a constant number of statements);
 * - viewer: `{ viewer { id } }`, the smallest signed-in read.
 *
 * Both servers run as processes (the app: `node server/dist/main.js`, NODE_ENV=production, no
 * worker); the bench sends each read at concurrency 10, alternating app and bare server, and
 * reads each process's CPU time from /proc around every round. Targets (issue 14): app CPU per
 * request <= 2x the bare server's for the nested read and <= 2.5x for viewer; throughput at
 * concurrency 10 at least half the bare server's.
 *
 * Options (flag --name=value, or env BENCH_NAME): --rounds per read and server (5), --requests
 * per round (400), --concurrency (10), --admin-url (postgres://postgres@127.0.0.1:5432/postgres),
 * --profile-dir writes a CPU profile of the app there, --reads=viewer runs one read (profiles it alone);
 * --write puts the results into docs/benchmarks.md, --json prints the raw figures.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  backgroundLoad,
  benchCommand,
  blockHead,
  checkBuild,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber as fmt,
  freePort,
  log,
  median,
  onCleanup,
  openMigrated,
  option,
  postGraphql,
  processCpuSeconds,
  repoRoot,
  runBench,
  spawnNode,
  startBuiltApp,
  stringOption,
  verdict,
  waitHealthy,
  writeDocBlock,
} from './common.js';

const markers = docMarkers('graphql');
// sharp is the server's dependency (scripts/ cannot resolve it by name).
const sharp = createRequire(path.join(repoRoot, 'server/package.json'))('sharp') as (options: object) => { png(): { toBuffer(): Promise<Buffer> } };
const options = {
  rounds: Math.max(1, Math.round(option('rounds', 5))),
  requests: Math.max(10, Math.round(option('requests', 400))),
  concurrency: Math.max(1, Math.round(option('concurrency', 10))),
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  write: flag('write'),
  json: flag('json'),
  /** A directory for a V8 CPU profile of the app (`node --cpu-prof`), to see where its time goes. */
  profileDir: stringOption('profile-dir', ''),
  /** Which reads to run, comma-separated (nested,viewer): one alone profiles cleaner. */
  reads: stringOption('reads', 'nested,viewer').split(',').map((read) => read.trim()),
};
const ITEMS = 100;
const SCHEDULED = 30;

const NESTED = `query Nested($id: ID!) {
  persona(id: $id) {
    id name handle timeZone
    contentPlans(first: 1) {
      id title startDate endDate
      items(first: ${ITEMS}) {
        id title caption status platform scheduledAt version createdAt updatedAt
        asset { id mimeType width height }
        scheduledPosts { id state runAt }
      }
    }
  }
}`;
const VIEWER = 'query Viewer { viewer { id } }';

/** A persona with one plan of 100 items, each with the same image, 30 of them scheduled. */
async function seed(url: string) {
  const { signUp } = await postGraphql(url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email: `bench-graphql-${Date.now()}@example.com`, password: 'a long bench password', timeZone: 'UTC' },
  });
  const token = signUp.token as string;
  const persona = (await postGraphql(url, 'mutation ($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input: { name: 'Bench', handle: `bench_${Date.now()}`, niche: 'benchmarks' } }, token)).createPersona;
  const plan = (
    await postGraphql(url, 'mutation ($input: CreateContentPlanInput!) { createContentPlan(input: $input) { id } }', {
      input: { personaId: persona.id, title: 'Bench plan', startDate: '2027-01-01', endDate: '2027-03-31', frequency: { count: 10, period: 'WEEK' } },
    }, token)
  ).createContentPlan;
  const form = new FormData();
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).png().toBuffer();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'bench.png');
  const upload = await fetch(`${url}/api/assets?personaId=${persona.id}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const assetId = ((await upload.json()) as { id: string }).id;
  const channel = (await postGraphql(url, 'mutation ($personaId: ID!) { connectSandboxChannel(personaId: $personaId) { id } }', { personaId: persona.id }, token)).connectSandboxChannel;
  for (let i = 0; i < ITEMS; i += 1) {
    const item = (
      await postGraphql(url, 'mutation ($input: CreateContentItemInput!) { createContentItem(input: $input) { id version } }', {
        input: { personaId: persona.id, planId: plan.id, title: `Item ${i}`, caption: `Caption ${i} for the bench, with a #tag and some words.`, platform: 'SANDBOX', status: 'READY' },
      }, token)
    ).createContentItem;
    const updated = (
      await postGraphql(url, 'mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version } }', {
        id: item.id,
        input: { expectedVersion: item.version, assetId },
      }, token)
    ).updateContentItem;
    if (i < SCHEDULED) {
      await postGraphql(url, 'mutation ($input: SchedulePostInput!) { schedulePost(input: $input) { id } }', {
        input: { itemId: item.id, channelId: channel.id, expectedVersion: updated.version, when: { at: new Date(Date.now() + (i + 30) * 86_400_000).toISOString() } },
      }, token);
    }
  }
  return { token, personaId: persona.id as string };
}

interface Round {
  cpuMsPerRequest: number;
  requestsPerSecond: number;
  responseBytes: number;
}

/** `requests` POSTs at `concurrency`, with the server process's CPU time read around them. */
async function round(url: string, pid: number, body: string, token: string): Promise<Round> {
  let next = 0;
  let bytes = 0;
  const cpuBefore = processCpuSeconds(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.requests) {
        next += 1;
        // Uncompressed: the bare server does not compress, and compression is not what is compared.
        const headers = { 'content-type': 'application/json', 'accept-encoding': 'identity', authorization: `Bearer ${token}` };
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${response.status}: ${text.slice(0, 200)}`);
        bytes = text.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = processCpuSeconds(pid) - cpuBefore;
  return { cpuMsPerRequest: (cpu * 1000) / options.requests, requestsPerSecond: options.requests / seconds, responseBytes: bytes };
}

async function main() {
  checkBuild(path.join(repoRoot, 'server/dist/main.js'), true);
  const database = await createScratchDatabase(options.adminUrl, ['server_version']);
  await (await openMigrated(database.url, 1)).destroy();
  const profiling = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const app = await startBuiltApp(database.url, 'graphql-app', {}, profiling);
  const barePort = await freePort();
  const bare = spawnNode(['--import', 'tsx', 'scripts/bench/graphql-bare-server.ts'], { ...process.env, DATABASE_URL: database.url, PORT: String(barePort) }, 5000);
  onCleanup(() => bare.stopAndShow('bare server'));
  await waitHealthy(bare, barePort, 'bare server', 60_000);
  const appUrl = app.url;
  const bareUrl = `http://127.0.0.1:${barePort}`;
  log('seeding');
  const { token, personaId } = await seed(appUrl);

  const allReads: Record<string, string> = {
    nested: JSON.stringify({ operationName: 'Nested', query: NESTED, variables: { id: personaId } }),
    viewer: JSON.stringify({ operationName: 'Viewer', query: VIEWER, variables: {} }),
  };
  const reads = Object.fromEntries(Object.entries(allReads).filter(([read]) => options.reads.includes(read)));
  const servers = { app: { url: appUrl, pid: app.pid }, bare: { url: bareUrl, pid: bare.pid } };
  const results: Record<string, Record<string, Round[]>> = Object.fromEntries(Object.keys(reads).map((read) => [read, { app: [], bare: [] }]));
  const load = await backgroundLoad();
  for (const [read, body] of Object.entries(reads)) {
    // Warm-up: JIT, caches, connections.
    for (const server of Object.values(servers)) await round(server.url, server.pid, body, token);
    for (let r = 0; r < options.rounds; r += 1) {
      for (const [name, server] of Object.entries(servers)) results[read]![name]!.push(await round(server.url, server.pid, body, token));
    }
    log(`${read} done`);
  }

  const targets: Record<string, number> = { nested: 2, viewer: 2.5 };
  const rows = Object.entries(results).map(([read, byServer]) => {
    const cpu = (name: string) => median(byServer[name]!.map((r) => r.cpuMsPerRequest));
    const rps = (name: string) => median(byServer[name]!.map((r) => r.requestsPerSecond));
    const cpuRatio = cpu('app') / cpu('bare');
    const rpsRatio = rps('app') / rps('bare');
    return `| ${read} | ${fmt(byServer['app']![0]!.responseBytes)} B | ${fmt(cpu('app'), 2)} ms | ${fmt(cpu('bare'), 2)} ms | ${fmt(cpuRatio, 2)}x (target ${targets[read]}x: ${verdict(cpuRatio <= targets[read]!)}) | ${fmt(rps('app'))}/s | ${fmt(rps('bare'))}/s | ${fmt(rpsRatio, 2)} (target 0.5: ${verdict(rpsRatio >= 0.5)}) |`;
  });
  const report = [
    ...blockHead(markers, benchCommand('graphql', ['--write', '--json']), describeMachine(database.settings['server_version'] ?? 'PostgreSQL', load)),
    `Medians of ${options.rounds} rounds of ${options.requests} requests at concurrency ${options.concurrency} per read and server, app and bare server alternating. CPU is the server process's own (user + system, /proc), per request; PostgreSQL does the same statements for both. Answers uncompressed (accept-encoding: identity).`,
    '',
    '| read | response | app CPU/request | bare CPU/request | CPU ratio | app throughput | bare throughput | throughput ratio |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    markers.end,
  ].join('\n');
  console.log(report);
  if (options.json) console.log(JSON.stringify(results, null, 2));
  if (options.write) writeDocBlock(markers, report, { section: '## GraphQL execution cost\n\n' });
}

await runBench(main);
