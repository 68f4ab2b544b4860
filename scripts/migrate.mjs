// `npm run db:migrate`: apply pending migrations (DATABASE_URL or the embedded database).
import { buildIfStale } from './lib/build.mjs';
import { exec, install } from './lib/run.mjs';

install();
buildIfStale();
exec(process.execPath, ['server/dist/cli/migrate.js']);
