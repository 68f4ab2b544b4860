// `npm test`: install, build (browser tests drive the built app), then the whole suite:
// unit, integration and slow (crash and restart tests; real PostgreSQL: DATABASE_URL /
// TEST_DATABASE_URL, else an embedded server) and browser tests (Debian's Chromium; required when CI is set).
import { existsSync } from 'node:fs';
import { buildIfStale } from './lib/build.mjs';
import { install, log, runPnpm } from './lib/run.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const projects = ['unit', 'integration', 'slow'];
if (existsSync(chromium)) {
  projects.push('e2e');
} else if (process.env.CI) {
  log(`CI needs Chromium at ${chromium} for the browser tests (apt-get install chromium)`);
  process.exit(1);
} else {
  log(`Chromium not found at ${chromium}: skipping browser tests (install it, or set CHROMIUM_PATH)`);
}

install();
buildIfStale();
runPnpm(['exec', 'vitest', 'run', ...projects.flatMap((name) => ['--project', name]), ...process.argv.slice(2)]);
