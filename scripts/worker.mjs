// `npm run worker`: a background-worker-only process against DATABASE_URL, for scaling out.
import { buildIfStale } from './lib/build.mjs';
import { exec, install } from './lib/run.mjs';

install();
buildIfStale();
exec(process.execPath, ['server/dist/worker-main.js'], { env: { NODE_ENV: 'production', ...process.env } });
