import type { TaskList } from 'graphile-worker';
import { PLAN_IDEAS_TASK } from '../modules/generation/generation.service.js';
import { planIdeasTask, type TaskDeps } from '../modules/generation/plan-ideas.task.js';

export type { TaskDeps };

/** Every background task DoppelCart runs, by the name jobs are queued under. */
export function taskList(deps: TaskDeps): TaskList {
  return {
    [PLAN_IDEAS_TASK]: planIdeasTask(deps),
  };
}
