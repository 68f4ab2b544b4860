import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { deleteStaleAccountRecords } from '../modules/auth/account-token.repository.js';
import { deleteOldAttempts } from '../modules/auth/auth.repository.js';
import { refreshDueTokens } from '../modules/channel/channel-tokens.js';
import { deleteExpiredOAuthStates } from '../modules/channel/channel.repository.js';
import { findAbandonedRunIds } from '../modules/generation/generation.repository.js';
import { saveRun } from '../modules/generation/generation.service.js';
import { fingerprintStoredImages } from '../modules/look/look.service.js';
import { purgeExpiredTrash } from '../modules/trash/trash.service.js';
import type { AssetStorage } from '../storage/asset-storage.js';

// Hourly housekeeping; each step is safe to run in several processes at once.

/** Far beyond any real plan generation (batches x AI_TIMEOUT_MS x retries). */
const STALE_RUN_AFTER = '1 hour';

export interface MaintenanceDeps {
  db: Database;
  channels: Channels;
  logger: Logger;
  storage: AssetStorage;
  config: Pick<Config, 'TRASH_RETENTION_DAYS'>;
}

/**
 * Generation runs whose worker died mid-run: the job queue will not retry them (they run at
 * most once, all or nothing), so without this they would show "running" forever.
 */
export async function failAbandonedGenerationRuns(db: Database): Promise<number> {
  const ids = await findAbandonedRunIds(db, STALE_RUN_AFTER);
  for (const id of ids) {
    await saveRun(db, id, { state: 'failed', error: 'The worker running this generation stopped; start it again', finishedAt: new Date() });
  }
  return ids.length;
}

/**
 * The hourly housekeeping (graphile-worker's cron runs it once an hour in the whole cluster,
 * and once when a worker starts). Each step stands alone: one failing does not stop the rest.
 */
export async function runMaintenance(deps: MaintenanceDeps): Promise<void> {
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['token refresh', () => refreshDueTokens(deps)],
    ['expired OAuth states', () => deleteExpiredOAuthStates(deps.db)],
    ['account link', () => deleteStaleAccountRecords(deps.db)],
    ['sign-in and sign-up attempts', () => deleteOldAttempts(deps.db)],
    [
      'generation runs',
      async () => {
        const count = await failAbandonedGenerationRuns(deps.db);
        if (count) deps.logger.warn({ count }, 'marked abandoned generation runs failed');
      },
    ],
    [
      // Images stored before fingerprints were taken (the visual identity lock compares those).
      'image fingerprints',
      async () => {
        const count = await fingerprintStoredImages(deps.db, deps.storage);
        if (count) deps.logger.info({ count }, 'fingerprinted stored images');
      },
    ],
    [
      'trash',
      async () => {
        const count = await purgeExpiredTrash({ ...deps, retentionDays: deps.config.TRASH_RETENTION_DAYS });
        if (count) deps.logger.info({ count }, 'removed expired items from the trash');
      },
    ],
  ];
  const outcomes = await Promise.allSettled(steps.map(([, step]) => step()));
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'rejected') deps.logger.warn({ err: outcome.reason, step: steps[index]![0] }, 'maintenance step failed');
  });
}
