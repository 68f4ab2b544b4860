import type { Config } from '../../config.js';
import { checkAiAllowance } from './ai-allowance.js';
import type { Database } from '../../db/database.js';
import type { GenerationRunRow } from '../../db/rows.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { enqueueJob } from '../../jobs/job-queue.repository.js';
import { publishEvent } from '../../realtime/events.js';
import { requireContentPlan } from '../content-plan/content-plan.service.js';
import { isId } from '../shared/ids.js';
import { isPostgresError, UNIQUE_VIOLATION } from '../shared/postgres-errors.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { findPersonaByIdForUser } from '../persona/persona.repository.js';
import {
  findGenerationRunByIdForUser,
  insertGenerationRun,
  lockGenerationRunById,
  updateGenerationRunById,
} from './generation.repository.js';

export const PLAN_IDEAS_TASK = 'generate_plan_ideas';

export function generatorKind(config: Config): 'openai' | 'offline' {
  return config.OPENAI_API_KEY ? 'openai' : 'offline';
}

/** Which generator writes content, for signed-in users only: it names the models in use. */
export function describeGenerator(ctx: ServiceContext) {
  requireViewer(ctx);
  const kind = generatorKind(ctx.config);
  return kind === 'openai'
    ? { kind, label: `OpenAI-compatible (${ctx.config.OPENAI_TEXT_MODEL})`, textModel: ctx.config.OPENAI_TEXT_MODEL, imageModel: ctx.config.OPENAI_IMAGE_MODEL }
    : { kind, label: 'Offline generator (no API key)', textModel: null, imageModel: null };
}

export async function getGenerationRun(ctx: ServiceContext, id: string): Promise<GenerationRunRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findGenerationRunByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

/** Saves a run's new state and tells every subscriber, in one transaction. */
export async function saveRun(db: Database, runId: string, change: Parameters<typeof updateGenerationRunById>[2]) {
  return db.transaction().execute(async (trx) => {
    const locked = await lockGenerationRunById(trx, runId);
    if (!locked) return null;
    const run = await updateGenerationRunById(trx, runId, change);
    await publishEvent(trx, { type: 'generation_updated', runId, personaId: run.personaId, userId: locked.ownerId });
    return run;
  });
}

/** Moves a queued run to running; null when it was cancelled (or taken) meanwhile. */
export async function startRun(db: Database, runId: string): Promise<GenerationRunRow | null> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockGenerationRunById(trx, runId);
    if (locked?.state !== 'queued') return null;
    const run = await updateGenerationRunById(trx, runId, { state: 'running', startedAt: new Date(), progress: 0 });
    await publishEvent(trx, { type: 'generation_updated', runId, personaId: run.personaId, userId: locked.ownerId });
    return run;
  });
}

/**
 * Records a queued run, queues the job that does it and tells subscribers, in one transaction:
 * a run exists exactly when its job does.
 */
export async function queueRun(db: Database, values: Parameters<typeof insertGenerationRun>[1], task: string): Promise<GenerationRunRow> {
  return db.transaction().execute(async (trx) => {
    const run = await insertGenerationRun(trx, values);
    await enqueueJob(trx, task, { runId: run.id }, { jobKey: `generation:${run.id}`, maxAttempts: 1 });
    await publishEvent(trx, { type: 'generation_updated', runId: run.id, personaId: run.personaId, userId: values.requestedBy! });
    return run;
  });
}

export async function requestPlanGeneration(ctx: ServiceContext, planId: string): Promise<GenerationRunRow> {
  const viewer = requireViewer(ctx);
  const plan = await requireContentPlan(ctx, planId, 'planId');
  await checkAiAllowance(ctx, viewer.userId);
  const persona = (await findPersonaByIdForUser(ctx.db, plan.personaId, viewer.userId))!;
  try {
    return await queueRun(
      ctx.db,
      {
        personaId: persona.id,
        planId: plan.id,
        kind: 'plan_ideas',
        provider: generatorKind(ctx.config),
        model: ctx.config.OPENAI_API_KEY ? ctx.config.OPENAI_TEXT_MODEL : 'offline',
        briefVersion: persona.briefVersion,
        requestedBy: viewer.userId,
      },
      PLAN_IDEAS_TASK,
    );
  } catch (error) {
    if (isPostgresError(error, UNIQUE_VIOLATION, 'generation_runs_one_active_plan')) {
      throw new ConflictError('planId', 'This plan is already being generated; wait for it or cancel it');
    }
    throw error;
  }
}

export async function cancelGeneration(ctx: ServiceContext, id: string): Promise<GenerationRunRow> {
  const run = await getGenerationRun(ctx, id);
  if (!run) throw new NotFoundError('Generation run', 'id');
  if (run.state !== 'queued' && run.state !== 'running') return run;
  const cancelled = await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockGenerationRunById(trx, id);
    if (!locked || (locked.state !== 'queued' && locked.state !== 'running')) return null;
    const updated = await updateGenerationRunById(trx, id, { state: 'cancelled', finishedAt: new Date(), error: 'Cancelled' });
    await publishEvent(trx, { type: 'generation_updated', runId: id, personaId: updated.personaId, userId: locked.ownerId });
    return updated;
  });
  return cancelled ?? (await getGenerationRun(ctx, id))!;
}
