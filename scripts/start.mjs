// `npm start`: install, build what changed, then run DoppelCart (API + SPA on one port,
// embedded PostgreSQL unless DATABASE_URL is set).
import { buildIfStale } from './lib/build.mjs';
import { exec, install } from './lib/run.mjs';

install();
buildIfStale();
exec(process.execPath, ['server/dist/main.js'], {
  env: { NODE_ENV: 'production', ...process.env },
});
