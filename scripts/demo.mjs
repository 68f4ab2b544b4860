// `npm run demo [-- --email you@example.com]`: add the demo persona, plan and items to an account.
import { buildIfStale } from './lib/build.mjs';
import { exec, install } from './lib/run.mjs';

install();
buildIfStale();
exec(process.execPath, ['server/dist/cli/demo.js', ...process.argv.slice(2)]);
