import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { log, repoRoot, runPnpm } from './run.mjs';

// Rebuilds the SPA and the server only when their sources changed since the last build, so a
// second `npm start` is up in seconds.

const sources = ['schema.graphql', 'web/src', 'web/index.html', 'web/vite.config.ts', 'server/src', 'pnpm-lock.yaml'];
const stamp = path.join(repoRoot, '.data', 'build-stamp');

function newestMtime(target) {
  const full = path.join(repoRoot, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

export function buildIfStale() {
  const outputs = ['web/dist/index.html', 'server/dist/main.js'].map((file) => path.join(repoRoot, file));
  const built = existsSync(stamp) && outputs.every((file) => existsSync(file)) ? statSync(stamp).mtimeMs : 0;
  if (built > Math.max(...sources.map(newestMtime))) return;
  log('building the web app and the server');
  runPnpm(['--filter', '@doppelcart/web', 'build']);
  runPnpm(['--filter', '@doppelcart/server', 'build']);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}
