import type { Task } from 'graphile-worker';
import { GenerationError, type ContentGenerator, type GeneratedIdea, type Usage } from '../../ai/generator.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { Notifier } from '../../realtime/notifier.js';
import { withHashtags } from '../content-item/caption-hashtags.js';
import { maxCaptionCharacters, maxHashtags } from '../content-item/caption-limits.js';
import { recordItemsCreated, recordItemsDeleted } from '../content-item/content-item-history.js';
import { deleteContentItemsByIds, findKeptItemTimesOfPlan, insertContentItems, lockUntouchedItemsOfPlan } from '../content-item/content-item.repository.js';
import { findContentPlansByIds } from '../content-plan/content-plan.repository.js';
import { personaRecommendations, planGuidance } from '../analytics/analytics.service.js';
import { postingSlots } from '../content-plan/posting-slots.js';
import { personaBrief } from '../persona/persona-brief.js';
import { findPersonasByIds } from '../persona/persona.repository.js';
import type { Platform } from '../shared/domain.js';
import { publishEvent } from '../../realtime/events.js';
import { findGenerationRunById, lockGenerationRunById, updateGenerationRunById } from './generation.repository.js';
import { saveRun, startRun } from './generation.service.js';
import { freeSlots } from './plan-slots.js';
import { fitPlanSlots } from './plan-fit.js';
import { personaCanons } from '../canon/canon.service.js';
import { slotCanons } from '../canon/slot-canon.js';
import { dateInZone } from '../shared/zoned-date.js';

// Turns a plan into ideas in the background. Ideas are gathered in batches (progress after
// each, cancellation checked between them and aborting a call in flight), and written in one
// final transaction that first checks the run is still wanted: a failed or cancelled run
// leaves the plan exactly as it was.

export interface TaskDeps {
  db: Database;
  config: Config;
  logger: Logger;
  notifier: Notifier;
  generator: ContentGenerator;
}

const BATCH = 10;
const GENERATOR_PROCESS = 'generator';

function addUsage(total: Usage | null, usage: Usage): Usage {
  if (!total) return usage;
  return { model: usage.model, inputTokens: total.inputTokens + usage.inputTokens, outputTokens: total.outputTokens + usage.outputTokens, latencyMs: total.latencyMs + usage.latencyMs };
}

async function isCancelled(db: Database, runId: string): Promise<boolean> {
  return (await findGenerationRunById(db, runId))?.state === 'cancelled';
}

export function planIdeasTask(deps: TaskDeps): Task {
  return async (payload) => {
    const { runId } = payload as { runId: string };
    const { db, generator } = deps;
    const run = await startRun(db, runId);
    if (!run?.planId) return;
    const abort = new AbortController();
    const stopListening = deps.notifier.subscribe((event) => {
      if (event.type === 'generation_updated' && event.runId === runId) {
        void isCancelled(db, runId).then((cancelled) => cancelled && abort.abort());
      }
    });
    try {
      const [plan] = await findContentPlansByIds(db, [run.planId]);
      const [persona] = await findPersonasByIds(db, [run.personaId]);
      if (!plan || !persona) throw new GenerationError('The plan no longer exists', 'unavailable');
      const brief = personaBrief(persona);
      const keptTimes = await findKeptItemTimesOfPlan(db, plan.id);
      const needed = Math.max(0, plan.targetPostCount - keptTimes.length);
      // The persona's own results steer the plan: its best slots set the posting hours, and
      // what worked goes into the prompt.
      const guidance = planGuidance(await personaRecommendations(db, persona.id, persona.timeZone));
      const allSlots = postingSlots({
        startDate: plan.startDate,
        endDate: plan.endDate,
        count: plan.targetPostCount,
        timeZone: persona.timeZone,
        preferredHour: guidance?.preferredHour,
        hourByWeekday: guidance?.hourByWeekday,
      });
      const platform = ((plan.platforms[0] ?? brief.platforms[0] ?? 'instagram') as Platform);
      // Fitted to the channels' posting schedule and the platform's daily quota, or refused with the reason.
      const slots = await fitPlanSlots(db, deps.config, plan, persona, platform, freeSlots(allSlots, keptTimes, persona.timeZone, needed));
      // Each idea gets what the persona knows as of its day, and the story beats placed on it.
      const canon = slotCanons(
        (await personaCanons(db, [persona.id])).get(persona.id)!,
        slots.map((slot) => dateInZone(slot, persona.timeZone)),
        plan,
      );
      const beatIds = new Set(canon.flatMap((known) => (known.beat ? [known.beat.id] : [])));
      const limits = { maxCharacters: maxCaptionCharacters(platform), maxHashtags: maxHashtags(platform, deps.config) };
      const ideas: GeneratedIdea[] = [];
      let usage: Usage | null = null;
      while (ideas.length < needed) {
        if (abort.signal.aborted) throw new GenerationError('Generation was cancelled', 'cancelled');
        const batchSlots = slots.slice(ideas.length, ideas.length + BATCH);
        const result = await generator.generateIdeas(
          {
            brief,
            planTitle: plan.title,
            planDescription: plan.description,
            platform,
            count: batchSlots.length,
            slots: batchSlots,
            whatWorks: guidance?.whatWorks,
            canon: canon.slice(ideas.length, ideas.length + BATCH),
          },
          abort.signal,
        );
        ideas.push(...result.value);
        usage = addUsage(usage, result.usage);
        await saveRun(db, runId, { progress: Math.round((ideas.length / needed) * 95), briefVersion: brief.version });
      }
      await db.transaction().execute(async (trx) => {
        const locked = await lockGenerationRunById(trx, runId);
        if (locked?.state !== 'running') throw new GenerationError('Generation was cancelled', 'cancelled');
        const replaced = await lockUntouchedItemsOfPlan(trx, plan.id);
        await deleteContentItemsByIds(trx, replaced.map((item) => item.id));
        await recordItemsDeleted(trx, replaced, locked.ownerId);
        const items = await insertContentItems(
          trx,
          ideas.map((idea, index) => ({
            personaId: persona.id,
            planId: plan.id,
            title: idea.title,
            // The model gives hashtags apart; they go into the caption, the one place an item keeps them.
            caption: withHashtags(idea.caption, idea.hashtags, limits),
            imagePrompt: idea.imagePrompt,
            platform,
            status: 'idea',
            scheduledAt: slots[index] ?? null,
            generationRunId: runId,
            briefVersion: brief.version,
            untouched: true,
            arcBeatId: idea.canonRef && beatIds.has(idea.canonRef) ? idea.canonRef : null,
            canonFactId: idea.canonRef && !beatIds.has(idea.canonRef) ? idea.canonRef : null,
          })),
        );
        await recordItemsCreated(trx, items, locked.ownerId, { kind: 'process', name: GENERATOR_PROCESS });
        await updateGenerationRunById(trx, runId, {
          state: 'succeeded',
          progress: 100,
          finishedAt: new Date(),
          model: usage?.model ?? generator.kind,
          inputTokens: usage?.inputTokens ?? 0,
          outputTokens: usage?.outputTokens ?? 0,
          latencyMs: usage?.latencyMs ?? 0,
        });
        await publishEvent(trx, { type: 'generation_updated', runId, personaId: persona.id, userId: locked.ownerId });
      });
    } catch (error) {
      const message = error instanceof GenerationError ? error.message : 'Generation failed unexpectedly; the server log has the details';
      if (!(error instanceof GenerationError)) deps.logger.error({ err: error, runId }, 'plan generation failed');
      if (!(await isCancelled(db, runId))) {
        await saveRun(db, runId, { state: 'failed', finishedAt: new Date(), error: message });
      }
    } finally {
      stopListening();
    }
  };
}
