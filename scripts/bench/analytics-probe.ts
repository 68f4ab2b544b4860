/**
 * The statement counter that `pnpm bench:analytics` loads into the app under test
 * (`node --import <data: URL> server/dist/main.js`), so the report can say how many SQL
 * statements a GraphQL request costs. It wraps pg's Client#query, the path every statement of
 * the app takes (Kysely and anything else), and counts calls. On SIGUSR2 it writes the count so
 * far to BENCH_PROBE_FILE; the bench takes the difference between two readings.
 *
 * Plain JavaScript in a data: URL, so the app runs exactly as deployed, without a TypeScript
 * loader. A data: module cannot resolve packages, so it finds pg through createRequire from the
 * app's own entry file (the same pg module instance the app uses).
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PROBE_SOURCE = `
import { createRequire } from 'node:module';
import { writeFileSync, renameSync } from 'node:fs';
const pg = createRequire(process.env.BENCH_PROBE_FROM)('pg');
let statements = 0;
let seq = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  statements += 1;
  return original.apply(this, args);
};
process.on('SIGUSR2', () => {
  seq += 1;
  const file = process.env.BENCH_PROBE_FILE;
  writeFileSync(file + '.tmp', JSON.stringify({ seq, statements }));
  renameSync(file + '.tmp', file);
});
`;

export const analyticsProbeImportUrl = `data:text/javascript,${encodeURIComponent(PROBE_SOURCE)}`;

export interface ProbeReading {
  seq: number;
  statements: number;
}

/** Asks the process for its count and waits for the answer (at most 5 s). */
export async function readProbe(pid: number, file: string, lastSeq: number): Promise<ProbeReading> {
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 5000;
  for (;;) {
    if (existsSync(file)) {
      const reading = JSON.parse(readFileSync(file, 'utf8')) as ProbeReading;
      if (reading.seq > lastSeq) return reading;
    }
    if (Date.now() > deadline) throw new Error(`the statement counter in process ${pid} did not answer`);
    await sleep(5);
  }
}
