import type { Task, TaskList } from 'graphile-worker';
import { inSpan } from '../observability/tracing.js';
import { PLAN_IDEAS_TASK } from '../modules/generation/generation.service.js';
import { planIdeasTask, type TaskDeps } from '../modules/generation/plan-ideas.task.js';
import { VIDEO_TRANSCODE_TASK } from '../modules/asset/video.service.js';
import { videoTranscodeTask } from '../modules/asset/video-transcode.task.js';
import { ITEM_VIDEO_TASK } from '../modules/generation/video-generation.service.js';
import { itemVideoTask } from '../modules/generation/video-generation.task.js';
import { collectMetricsTask, COLLECT_METRICS_TASK, maintenanceTask, MAINTENANCE_TASK, type PeriodicDeps } from './periodic-tasks.js';

export type { TaskDeps };

/** Every background task DoppelCart runs, by the name jobs are queued under. */
export function taskList(deps: TaskDeps & PeriodicDeps): TaskList {
  return traced({
    [PLAN_IDEAS_TASK]: planIdeasTask(deps),
    [MAINTENANCE_TASK]: maintenanceTask(deps),
    [COLLECT_METRICS_TASK]: collectMetricsTask(deps),
    [VIDEO_TRANSCODE_TASK]: videoTranscodeTask(deps),
    [ITEM_VIDEO_TASK]: itemVideoTask(deps),
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
