/**
 * `pnpm bench:web`: what a browser loads for the first screen, the board and the analytics page,
 * against the least an app on our stack ships (docs/benchmarks.md, "Web app weight").
 *
 * The baseline is web-skeleton/ (React 19, Apollo Client 4 with its cache, graphql-ws) built by
 * the same Vite with the same compression, served by the same server. Both run as the built app
 * (`node server/dist/main.js`, NODE_ENV=production) on one scratch database: one with web/dist,
 * one with the skeleton's build. Chromium opens each page cold (a new context: no cache), runs
 * interleaved A B C D, A B C D ..., and the medians are reported: JavaScript as served (encoded
 * bytes on the wire), requests until the page is quiet, and Largest Contentful Paint. Targets
 * (issue 14): JS as served <= 1.3x the skeleton's gzip size on sign-in, 1.6x on the board, 2x on
 * analytics; the board's LCP <= 1.5x the skeleton's.
 *
 * Options (flag --name=value, or env BENCH_NAME): --runs per page (5), --admin-url
 * (postgres://postgres@127.0.0.1:5432/postgres); --write puts the results into
 * docs/benchmarks.md, --json prints the raw figures. CHROMIUM_PATH (default /usr/bin/chromium).
 * Build first: `pnpm build`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { precompress } from '../../web/build/precompress.js';
import {
  benchCommand,
  blockHead,
  checkBuild,
  createScratchDatabase,
  describeMachine,
  docMarkers,
  flag,
  formatNumber as fmt,
  log,
  median,
  onCleanup,
  openMigrated,
  option,
  postGraphql,
  repoRoot,
  runBench,
  startBuiltApp,
  stringOption,
  verdict,
  writeDocBlock,
} from './common.js';

const markers = docMarkers('web');
const options = {
  runs: Math.max(1, Math.round(option('runs', 5))),
  adminUrl: stringOption('admin-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
  write: flag('write'),
  json: flag('json'),
};
const QUIET_MS = 500;
const PAGE_TIMEOUT_MS = 30_000;

interface Load {
  jsServedBytes: number;
  jsUrls: string[];
  requests: number;
  lcpMs: number;
}

/** Builds web-skeleton/ where its packages resolve (under web/), as the app is built. */
async function buildSkeleton(): Promise<string> {
  const root = path.join(repoRoot, 'web/node_modules/.cache/doppelcart-bench-skeleton');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(path.join(repoRoot, 'scripts/bench/web-skeleton'), root, { recursive: true });
  // Vite and its React plugin are the web package's (scripts/ cannot resolve them by name).
  const vite = (await import(pathToFileURL(path.join(repoRoot, 'web/node_modules/vite/dist/node/index.js')).href)) as {
    build(config: Record<string, unknown>): Promise<unknown>;
  };
  const react = (await import(pathToFileURL(path.join(repoRoot, 'web/node_modules/@vitejs/plugin-react/dist/index.js')).href)) as {
    default: () => unknown;
  };
  await vite.build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react.default(), precompress()],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true, assetsDir: 'static' },
  });
  return path.join(root, 'dist');
}

/** A user with the demo persona, its Sandbox channel and six weeks of simulated history. */
async function seed(url: string) {
  const email = `bench-web-${Date.now()}@example.com`;
  const { signUp } = await postGraphql(url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email, password: 'a long bench password', timeZone: 'UTC' },
  });
  const token = signUp.token as string;
  const { createDemoPersona } = await postGraphql(url, 'mutation { createDemoPersona { id } }', {}, token);
  const personaId = createDemoPersona.id as string;
  await postGraphql(url, 'mutation ($personaId: ID!) { connectSandboxChannel(personaId: $personaId) { id } }', { personaId }, token);
  await postGraphql(url, 'mutation ($personaId: ID!) { simulateSandboxHistory(personaId: $personaId) { id } }', { personaId }, token);
  return { token, personaId };
}

/** Opens `url` in a fresh context (nothing cached) and measures until the page is quiet. */
async function load(browser: Browser, url: string, ready: string, token?: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(
      ({ key, value }) => {
        if (value) window.localStorage.setItem(key, value);
        const lcp = { ms: 0 };
        (window as unknown as { __lcp: typeof lcp }).__lcp = lcp;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp.ms = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      },
      { key: 'doppelcart.token', value: token ?? '' },
    );
    const page = await context.newPage();
    const finished: Array<Promise<{ js: boolean; url: string; bytes: number }>> = [];
    // Quiet: QUIET_MS with no request started or finished, the window re-armed by each one.
    let settle: () => void;
    const quiet = new Promise<void>((resolve) => {
      settle = resolve;
    });
    let quietTimer: NodeJS.Timeout | undefined;
    const activity = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => settle(), QUIET_MS);
    };
    page.on('request', activity);
    page.on('requestfinished', (request) => {
      activity();
      finished.push(request.sizes().then((sizes) => ({ js: request.resourceType() === 'script', url: request.url(), bytes: sizes.responseBodySize })));
    });
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    await page.locator(ready).first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    activity();
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      quiet,
      new Promise((_resolve, reject) => {
        deadline = setTimeout(() => reject(new Error(`${url} never went quiet`)), PAGE_TIMEOUT_MS);
      }),
    ]).finally(() => {
      clearTimeout(deadline);
      clearTimeout(quietTimer);
    });
    const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: { ms: number } }).__lcp.ms);
    const requests = await Promise.all(finished);
    const scripts = requests.filter((request) => request.js);
    return { jsServedBytes: scripts.reduce((sum, request) => sum + request.bytes, 0), jsUrls: scripts.map((s) => s.url), requests: requests.length, lcpMs };
  } finally {
    await context.close();
  }
}

/** What the skeleton's scripts weigh gzipped (level 9), the baseline the targets are stated in. */
function gzipBytes(distDir: string, urls: string[]): number {
  return urls.reduce((sum, url) => sum + zlib.gzipSync(readFileSync(path.join(distDir, new URL(url).pathname)), { level: 9 }).length, 0);
}

async function main() {
  checkBuild(path.join(repoRoot, 'server/dist/main.js'), true);
  checkBuild(path.join(repoRoot, 'web/dist/index.html'), false);
  log('building the skeleton');
  const skeletonDist = await buildSkeleton();
  const database = await createScratchDatabase(options.adminUrl, []);
  await (await openMigrated(database.url, 1)).destroy();
  const [app, skeleton] = (
    await Promise.all([
      startBuiltApp(database.url, 'web-app', { WEB_DIST_DIR: path.join(repoRoot, 'web/dist') }),
      startBuiltApp(database.url, 'web-skeleton', { WEB_DIST_DIR: skeletonDist }),
    ])
  ).map((server) => server.url) as [string, string];
  const { token, personaId } = await seed(app);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  onCleanup(() => browser.close());

  const pages = {
    skeleton: () => load(browser, `${skeleton}/`, 'text=Answered by'),
    'sign-in': () => load(browser, `${app}/sign-in`, 'button:has-text("Sign in")'),
    board: () => load(browser, `${app}/personas/${personaId}/board`, 'role=region[name="Idea"]', token),
    analytics: () => load(browser, `${app}/personas/${personaId}/analytics`, '.recharts-surface', token),
  };
  const loads: Record<keyof typeof pages, Load[]> = { skeleton: [], 'sign-in': [], board: [], analytics: [] };
  // Warm the servers (first requests compile and cache), then measure interleaved.
  for (const measure of Object.values(pages)) await measure();
  for (let run = 0; run < options.runs; run += 1) {
    for (const [name, measure] of Object.entries(pages) as Array<[keyof typeof pages, () => Promise<Load>]>) {
      loads[name].push(await measure());
    }
    log(`run ${run + 1}/${options.runs}`);
  }

  const skeletonGzip = gzipBytes(skeletonDist, loads.skeleton[0]!.jsUrls);
  const figures = Object.fromEntries(
    Object.entries(loads).map(([name, runs]) => [
      name,
      { jsServedBytes: median(runs.map((r) => r.jsServedBytes)), requests: median(runs.map((r) => r.requests)), lcpMs: median(runs.map((r) => r.lcpMs)) },
    ]),
  ) as Record<keyof typeof pages, { jsServedBytes: number; requests: number; lcpMs: number }>;
  const targets: Record<string, number> = { 'sign-in': 1.3, board: 1.6, analytics: 2 };
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  const rows = (['sign-in', 'board', 'analytics'] as const).map((name) => {
    const figure = figures[name];
    const ratio = figure.jsServedBytes / skeletonGzip;
    const lcpRatio = figure.lcpMs / figures.skeleton.lcpMs;
    const lcpCell = name === 'board' ? `${fmt(lcpRatio, 2)}x (target 1.5x: ${verdict(lcpRatio <= 1.5)})` : `${fmt(lcpRatio, 2)}x`;
    return `| ${name} | ${kb(figure.jsServedBytes)} | ${fmt(ratio, 2)}x (target ${targets[name]}x: ${verdict(ratio <= targets[name]!)}) | ${figure.requests} | ${fmt(figure.lcpMs)} ms | ${lcpCell} |`;
  });
  const report = [
    ...blockHead(markers, benchCommand('web', ['--write', '--json']).replace('pnpm --filter @doppelcart/server build', 'pnpm build'), describeMachine(database.settings['server_version'] ?? 'PostgreSQL', 0, { Chromium: browser.version() })),
    `Skeleton (web-skeleton/, same Vite, same server): ${kb(figures.skeleton.jsServedBytes)} of JS as served (brotli), ${kb(skeletonGzip)} gzipped, ${figures.skeleton.requests} requests, LCP ${fmt(figures.skeleton.lcpMs)} ms. Medians of ${options.runs} cold loads per page, interleaved.`,
    '',
    '| page | JS as served | vs the skeleton\'s gzip size | requests | LCP | LCP vs the skeleton |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    markers.end,
  ].join('\n');
  console.log(report);
  if (options.json) console.log(JSON.stringify({ skeletonGzip, loads }, null, 2));
  if (options.write) writeDocBlock(markers, report, { section: '## Web app weight\n\n' });
}

await runBench(main);
