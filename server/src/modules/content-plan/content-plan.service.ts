import { NotFoundError, ValidationError } from '../../errors.js';
import type { ContentPlanRow } from '../../db/rows.js';
import { requirePersona } from '../persona/persona.service.js';
import type { FrequencyPeriod } from '../shared/domain.js';
import { isId } from '../shared/ids.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { definedOnly, parseInput } from '../shared/validation.js';
import {
  findContentPlanByIdForUser,
  insertContentPlan,
  updateContentPlanById,
} from './content-plan.repository.js';
import {
  createContentPlanSchema,
  MAX_TARGET_POSTS,
  rangeProblem,
  updateContentPlanSchema,
} from './content-plan.validation.js';
import { parseCalendarDate, targetPostCount } from './target-post-count.js';
import { trashRowById } from '../trash/trash.repository.js';

interface PlanShape {
  startDate: string;
  endDate: string;
  count: number;
  period: FrequencyPeriod;
}

/** Checks the rules that span fields and returns the derived target post count. */
function validatedTarget(plan: PlanShape): number {
  const problem = rangeProblem(plan.startDate, plan.endDate);
  if (problem) throw new ValidationError([{ field: `input.${problem.field}`, message: problem.message }]);
  const target = targetPostCount(parseCalendarDate(plan.startDate)!, parseCalendarDate(plan.endDate)!, plan.count, plan.period);
  if (target > MAX_TARGET_POSTS) {
    throw new ValidationError([
      { field: 'input.frequency.count', message: `asks for ${target} posts; a plan may hold at most ${MAX_TARGET_POSTS}` },
    ]);
  }
  return target;
}

export async function getContentPlan(ctx: ServiceContext, id: string): Promise<ContentPlanRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findContentPlanByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

export async function requireContentPlan(ctx: ServiceContext, id: string, field = 'id'): Promise<ContentPlanRow> {
  const plan = await getContentPlan(ctx, id);
  if (!plan) throw new NotFoundError('Content plan', field);
  return plan;
}

export async function createContentPlan(ctx: ServiceContext, input: unknown): Promise<ContentPlanRow> {
  const parsed = parseInput(createContentPlanSchema, input);
  const target = validatedTarget({ ...parsed, ...parsed.frequency });
  const persona = await requirePersona(ctx, parsed.personaId, 'input.personaId');
  return insertContentPlan(ctx.db, {
    personaId: persona.id,
    title: parsed.title,
    description: parsed.description ?? '',
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    frequencyCount: parsed.frequency.count,
    frequencyPeriod: parsed.frequency.period,
    platforms: parsed.platforms ?? [],
    targetPostCount: target,
  });
}

export async function updateContentPlan(ctx: ServiceContext, id: string, input: unknown): Promise<ContentPlanRow> {
  const parsed = definedOnly(parseInput(updateContentPlanSchema, input));
  const plan = await requireContentPlan(ctx, id);
  const merged: PlanShape = {
    startDate: parsed.startDate ?? plan.startDate,
    endDate: parsed.endDate ?? plan.endDate,
    count: parsed.frequency?.count ?? plan.frequencyCount,
    period: parsed.frequency?.period ?? (plan.frequencyPeriod as FrequencyPeriod),
  };
  const target = validatedTarget(merged);
  return updateContentPlanById(ctx.db, plan.id, {
    title: parsed.title,
    description: parsed.description,
    startDate: merged.startDate,
    endDate: merged.endDate,
    frequencyCount: merged.count,
    frequencyPeriod: merged.period,
    platforms: parsed.platforms,
    targetPostCount: target,
  });
}

/**
 * Puts the plan in the trash. Its items stay with the persona and show no plan; they are in it
 * again if the plan is restored within TRASH_RETENTION_DAYS.
 */
export async function deleteContentPlan(ctx: ServiceContext, id: string): Promise<string> {
  const plan = await requireContentPlan(ctx, id);
  await trashRowById(ctx.db, 'content_plan', plan.id);
  return plan.id;
}
