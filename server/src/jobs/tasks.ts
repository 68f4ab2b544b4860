import type { Task, TaskList } from 'graphile-worker';
import { inSpan } from '../observability/tracing.js';
import { PLAN_IDEAS_TASK } from '../modules/generation/generation.service.js';
import { planIdeasTask, type TaskDeps } from '../modules/generation/plan-ideas.task.js';

export type { TaskDeps };

/** Every background task DoppelCart runs, by the name jobs are queued under. */
export function taskList(deps: TaskDeps): TaskList {
  return traced({
    [PLAN_IDEAS_TASK]: planIdeasTask(deps),
  });
}

/** Each job runs in its own span ("job plan_ideas") when tracing is on. */
function traced(tasks: TaskList): TaskList {
  return Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [
      name,
      (payload, helpers) => inSpan(`job ${name}`, { 'job.name': name, 'job.id': helpers.job.id, 'job.attempt': helpers.job.attempts }, async () => (task as Task)(payload, helpers)),
    ]),
  ) as TaskList;
}
