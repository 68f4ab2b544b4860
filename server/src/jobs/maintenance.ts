import { sql } from 'kysely';
import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { deleteStaleAccountRecords } from '../modules/auth/account-token.repository.js';
import { deleteOldAttempts } from '../modules/auth/auth.repository.js';
import { refreshDueTokens } from '../modules/channel/channel-tokens.js';
import { deleteExpiredOAuthStates } from '../modules/channel/channel.repository.js';
import { collectDueMetrics } from '../modules/analytics/collection.service.js';
import { saveRun } from '../modules/generation/generation.service.js';
import { purgeExpiredTrash } from '../modules/trash/trash.service.js';
import type { AssetStorage } from '../storage/asset-storage.js';

// Hourly housekeeping in every worker process; each step is safe to run in several at once.

const SWEEP_MS = 60 * 60 * 1000;
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
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM generation_runs
     WHERE (state = 'running' AND started_at < now() - ${STALE_RUN_AFTER}::interval)
        OR (state = 'queued' AND created_at < now() - ${STALE_RUN_AFTER}::interval)`.execute(db);
  for (const { id } of rows) {
    await saveRun(db, id, { state: 'failed', error: 'The worker running this generation stopped; start it again', finished_at: new Date() });
  }
  return rows.length;
}

/** Metrics collection: every ANALYTICS_SWEEP_SECONDS, each due checkpoint (see analytics/metrics.ts). */
export function startMetricsCollection(deps: MaintenanceDeps, everySeconds: number): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const collected = await collectDueMetrics(deps);
      if (collected.posts || collected.accounts) deps.logger.info(collected, 'metrics collected');
    } catch (error) {
      deps.logger.warn({ err: error }, 'metrics sweep failed');
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), everySeconds * 1000);
  return () => clearInterval(timer);
}

export function startMaintenance(deps: MaintenanceDeps): () => void {
  const sweep = () => {
    void refreshDueTokens(deps).catch((error: unknown) => deps.logger.warn({ err: error }, 'token refresh sweep failed'));
    void deleteExpiredOAuthStates(deps.db).catch(() => undefined);
    void deleteStaleAccountRecords(deps.db).catch((error: unknown) => deps.logger.warn({ err: error }, 'account link sweep failed'));
    void deleteOldAttempts(deps.db).catch((error: unknown) => deps.logger.warn({ err: error }, 'sign-in and sign-up attempt sweep failed'));
    void failAbandonedGenerationRuns(deps.db)
      .then((count) => count && deps.logger.warn({ count }, 'marked abandoned generation runs failed'))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'generation run sweep failed'));
    void purgeExpiredTrash({ ...deps, retentionDays: deps.config.TRASH_RETENTION_DAYS })
      .then((count) => count && deps.logger.info({ count }, 'removed expired items from the trash'))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'trash sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  return () => clearInterval(timer);
}
