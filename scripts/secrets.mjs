// `npm run secrets`: writes the .env that docker-compose.yml reads, with fresh random
// secrets. Refuses to replace an existing .env (its keys decrypt stored channel tokens and its
// passwords open the volumes): pass --force to start over on purpose.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(root, process.env.SECRETS_FILE ?? '.env');
if (existsSync(file) && !process.argv.includes('--force')) {
  console.error(`${file} exists; keeping it. Its keys decrypt stored tokens: pass --force only to start over.`);
  process.exit(1);
}
const secret = (bytes) => randomBytes(bytes).toString('base64url');
const key = () => randomBytes(32).toString('base64');
const lines = [
  '# Written by `npm run secrets` for docker-compose.yml. Keep it private and backed up:',
  '# TOKEN_ENCRYPTION_KEYS decrypts the stored channel tokens.',
  `POSTGRES_PASSWORD=${secret(24)}`,
  `MINIO_ROOT_USER=doppelcart`,
  `MINIO_ROOT_PASSWORD=${secret(24)}`,
  `TOKEN_ENCRYPTION_KEYS=k1:${key()}`,
  `ASSET_SIGNING_KEY=${key()}`,
  '# Prometheus reads /metrics with this bearer token.',
  `METRICS_TOKEN=${secret(24)}`,
  '# Where people open DoppelCart (the proxy port below); asset URLs and OAuth redirects use it.',
  'PUBLIC_URL=http://localhost:4000',
  'HTTP_PORT=4000',
  '',
];
writeFileSync(file, lines.join('\n'), { mode: 0o600 });
console.log(`Wrote ${file}. Start with: docker compose up --build -d (add --scale app=3 for more API replicas)`);
