/**
 * The statement counter that `pnpm bench:publishing` loads into each worker process under test
 * (`node --import <data: URL> server/dist/worker-main.js`). It wraps pg's Client#query, the one
 * path every statement of the worker takes (Kysely, graphile-worker, the LISTEN connection), and
 * counts statements by their text with the time from sending to the reply being handled. On
 * SIGUSR2 it writes what it has counted so far, with the process's event-loop utilisation, to
 * BENCH_PROBE_FILE; the bench takes the difference between two snapshots.
 *
 * It is plain JavaScript in a data: URL so that the worker runs exactly as deployed, without a
 * TypeScript loader; a data: module cannot resolve packages, so it finds pg through
 * createRequire from the worker's own entry file (the same pg module instance the worker uses).
 */
const PROBE_SOURCE = `
import { createRequire } from 'node:module';
import { writeFileSync, renameSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const pg = createRequire(process.env.BENCH_PROBE_FROM)('pg');
const stats = new Map();
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : config && config.text;
  if (typeof text !== 'string') return original.call(this, config, ...rest);
  const key = text.replace(/\\s+/g, ' ').trim().slice(0, 300);
  let entry = stats.get(key);
  if (!entry) stats.set(key, (entry = { count: 0, ms: 0, errors: 0 }));
  entry.count += 1;
  const started = performance.now();
  const result = original.call(this, config, ...rest);
  if (result && typeof result.then === 'function') {
    result.then(
      () => { entry.ms += performance.now() - started; },
      () => { entry.ms += performance.now() - started; entry.errors += 1; },
    );
  }
  return result;
};
let seq = 0;
function write() {
  seq += 1;
  const elu = performance.eventLoopUtilization();
  const file = process.env.BENCH_PROBE_FILE;
  const body = JSON.stringify({ seq, pid: process.pid, elu: { active: elu.active, idle: elu.idle }, statements: [...stats].map(([text, s]) => ({ text, ...s })) });
  writeFileSync(file + '.tmp', body);
  renameSync(file + '.tmp', file);
}
process.on('SIGUSR2', write);
`;

export const probeImportUrl = `data:text/javascript,${encodeURIComponent(PROBE_SOURCE)}`;

export interface ProbeStatement {
  text: string;
  count: number;
  ms: number;
  errors: number;
}

export interface ProbeSnapshot {
  seq: number;
  pid: number;
  elu: { active: number; idle: number };
  statements: ProbeStatement[];
}

/** Short names for the statements the publisher sends (anything else keeps its text). */
const LABELS: Array<[RegExp, string]> = [
  [/^begin\b/i, 'BEGIN'],
  [/^commit\b/i, 'COMMIT'],
  [/^rollback\b/i, 'ROLLBACK'],
  [/^UPDATE scheduled_posts AS s SET state = 'publishing'/, 'claimDuePosts: UPDATE … SKIP LOCKED (claims.ts)'],
  [/^SELECT least\(/, 'nextWakeTime: earliest due time (claims.ts)'],
  [/^select "platform" from "channel_integrations"/, "the post's channel platform (publisher.ts)"],
  [/^select "id", "persona_id", "caption"/, 'read the item (publish-sandbox.ts)'],
  [/^select .* from "scheduled_posts" where "id" = \$1 and "state" = \$2 and "lease_owner" = \$3 for update/, 'lockHeld: lock the post (outcomes.ts)'],
  [/^insert into "sandbox_posts"/, 'insert sandbox_posts (publish-sandbox.ts)'],
  [/^update "scheduled_posts" set/, 'update the post to PUBLISHED (outcomes.ts)'],
  [/^select "content_items"\.\*.* from "content_items" inner join "personas".* for update/, 'lock the item (applyChangeIn)'],
  [/^update "content_items" set/, 'update the item to POSTED (applyChangeIn)'],
  [/^insert into "content_item_status_changes"/, 'insert the status change (recordItemUpdated)'],
  [/^SELECT pg_notify/, 'pg_notify: queue an event (delivered on commit)'],
  [/^select "p"\."id" as "persona_id", "p"\."user_id" from "content_items" as "i" inner join "personas"/, "announcePost: the item's persona and user"],
  [/graphile_worker/i, 'graphile-worker (job queue housekeeping)'],
];

export function statementLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, label] of LABELS) if (pattern.test(flat)) return label;
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}
