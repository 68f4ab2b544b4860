import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannels } from '../../src/channels/channels.js';
import { createGenerator } from '../../src/ai/create-generator.js';
import { startBackgroundWork } from '../../src/jobs/start-background-work.js';
import { createLogger } from '../../src/logger.js';
import { createAssetStorage } from '../../src/storage/create-storage.js';
import { eventually } from '../support/live-subscription.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Periodic work lives in graphile-worker's queue, not in a timer per process: however many
// workers run, housekeeping is one cron item and metrics collection one pending job at a time.

let server: TestServer;
let stopSecond: (() => Promise<void>) | undefined;
beforeAll(async () => {
  server = await startTestServer({ ANALYTICS_SWEEP_SECONDS: '1' });
});
afterAll(async () => {
  await stopSecond?.();
  await server?.close();
});

const pendingCollections = async () =>
  (
    await server.handle.pool.query(
      `SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'collect_metrics' AND locked_at IS NULL`,
    )
  ).rows[0].count as number;

describe('periodic work', () => {
  it('keeps one housekeeping cron item and one pending metrics collection with two workers on one database', async () => {
    const { config, handle, notifier } = server;
    const logger = createLogger('silent');
    stopSecond = await startBackgroundWork({
      db: handle.db,
      pool: handle.pool,
      config,
      logger,
      notifier,
      generator: createGenerator(config),
      channels: await createChannels(config),
      storage: await createAssetStorage(config),
    });

    const crontabs = await eventually(async () => {
      const { rows } = await server.handle.pool.query(`SELECT identifier FROM graphile_worker._private_known_crontabs`);
      expect(rows.map((row) => row.identifier)).toEqual(['maintenance']);
      return rows;
    }, 10_000);
    expect(crontabs).toHaveLength(1);

    // Collection runs every second and queues its successor each time: never two waiting.
    const first = await eventually(async () => {
      const { rows } = await server.handle.pool.query(`SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'collect_metrics'`);
      expect(rows.length).toBeGreaterThan(0);
      return rows[0].id as string;
    }, 10_000);
    await eventually(async () => {
      const { rows } = await server.handle.pool.query(`SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'collect_metrics'`);
      expect(rows.map((row) => row.id)).not.toContain(first);
    }, 10_000);
    for (let sample = 0; sample < 20; sample += 1) expect(await pendingCollections()).toBeLessThanOrEqual(1);
  });
});
