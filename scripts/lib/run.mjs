import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Helpers for the npm scripts: they must work on a machine with only Node and npm, so pnpm
// comes from npx at the exact version package.json pins when no matching global pnpm exists.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '12.21.0';

/** @type {string[] | undefined} */
let cachedPnpm;
function pnpm() {
  if (!cachedPnpm) {
    const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    cachedPnpm = global.status === 0 && global.stdout.trim() === PNPM_VERSION
      ? ['pnpm']
      : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
  return cachedPnpm;
}

export function log(message) {
  process.stdout.write(`\x1b[36m[doppelcart]\x1b[0m ${message}\n`);
}

/** Runs a command to completion, inheriting stdio; exits the script on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    log(`\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/**
 * [command, args] that run pnpm with `args`.
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
export function pnpmCommand(args) {
  const [command, ...prefix] = pnpm();
  return [/** @type {string} */ (command), [...prefix, ...args]];
}

export function runPnpm(args, options = {}) {
  run(...pnpmCommand(args), options);
}

/**
 * Starts a long-running child, forwards Ctrl-C / SIGTERM to it, and exits with its code. The
 * child runs in a process group of its own: a terminal's Ctrl-C signals the whole foreground
 * group, which would reach the app's embedded PostgreSQL directly and stop it before the app
 * had drained its requests. Here only this script hears it, and passes it to the app, which
 * drains, then stops PostgreSQL itself.
 */
export function exec(command, args, options = {}) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', detached: true, ...options });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

export function install() {
  log('installing dependencies (pnpm, frozen lockfile)');
  runPnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);
}
