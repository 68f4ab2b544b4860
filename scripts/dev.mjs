// `npm run dev`: API with reload on change (tsx watch) on :4000 and the Vite dev server with
// hot module replacement on :5173, which proxies /graphql (HTTP and WebSocket) to the API.
import { spawn } from 'node:child_process';
import { install, log, pnpmCommand, repoRoot } from './lib/run.mjs';

install();
const children = [
  spawn(...pnpmCommand(['exec', 'tsx', 'watch', '--clear-screen=false', 'server/src/main.ts']), { cwd: repoRoot, stdio: 'inherit' }),
  spawn(...pnpmCommand(['--filter', '@doppelcart/web', 'exec', 'vite', '--port', '5173']), { cwd: repoRoot, stdio: 'inherit' }),
];
log('open http://localhost:5173 (API on http://localhost:4000)');
/** @param {NodeJS.Signals} signal */
const stop = (signal) => children.forEach((child) => child.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
let exited = 0;
for (const child of children) {
  child.on('exit', (code) => {
    exited += 1;
    if (exited === 1) stop('SIGTERM');
    if (exited === children.length) process.exit(code ?? 0);
  });
}
