import type { ContentItemStatus, Platform } from '../shared/domain.js';
import { captionProblems, type CaptionLimits } from './caption-limits.js';

// The content lifecycle in one pure module: which moves exist, who may make them, and what
// each needs. Services call it for every status change; the unit tests cover every pair.

/** People move items through editing and scheduling; publishing decides POSTED and FAILED. */
export type ActorKind = 'user' | 'process';

const MOVES: Record<ContentItemStatus, readonly ContentItemStatus[]> = {
  idea: ['draft'],
  draft: ['idea', 'ready'],
  ready: ['draft', 'scheduled'],
  scheduled: ['ready', 'posted', 'failed'],
  posted: [],
  failed: ['ready', 'scheduled'],
};

const PUBLISHING_OUTCOMES: readonly ContentItemStatus[] = ['posted', 'failed'];

/** Statuses an item may be created with (a new item has not been through publishing). */
export const CREATABLE_STATUSES: readonly ContentItemStatus[] = ['idea', 'draft', 'ready', 'scheduled'];

export interface ItemFacts {
  caption: string;
  platform: Platform;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  reason: string | null;
  /** True when a publishing job for the item is being created with the move (schedulePost). */
  publishingJob?: boolean;
}

/**
 * Platforms DoppelCart publishes to itself (those with a connector, connectors/registry.ts; a
 * test keeps the two in step): SCHEDULED there means a job on a channel.
 */
export const PUBLISHED_BY_DOPPELCART: readonly Platform[] = ['instagram', 'bluesky', 'mastodon', 'x', 'linkedin', 'youtube', 'threads', 'tiktok', 'sandbox'];
export const NEEDS_CHANNEL = 'a channel to publish on: schedule it with schedulePost';

export interface MoveCheck {
  from: ContentItemStatus | null;
  to: ContentItemStatus;
  actor: ActorKind;
  item: ItemFacts;
  now: Date;
  limits: CaptionLimits;
}

export type MoveVerdict = { allowed: true } | { allowed: false; missing: string[] };

/** Moves the lifecycle has from `from`, whatever the preconditions. */
export function nextStatuses(from: ContentItemStatus): readonly ContentItemStatus[] {
  return MOVES[from];
}

/**
 * What an item in `status` needs. `futureSchedule` asks for the scheduled time to be ahead of
 * `now`: true when moving into SCHEDULED or changing the time, false for an item that simply
 * stays scheduled while its time passes.
 */
export function requirementsOf(
  status: ContentItemStatus,
  item: ItemFacts,
  options: { now: Date; limits: CaptionLimits; futureSchedule: boolean },
): string[] {
  const { now, limits } = options;
  const to = status;
  const missing: string[] = [];
  const needsPublishableCaption = to === 'ready' || to === 'scheduled';
  if (needsPublishableCaption) {
    if (!item.caption.trim()) missing.push('caption');
    else missing.push(...captionProblems(item.caption, item.platform, limits));
  }
  if (to === 'scheduled') {
    if (!item.scheduledAt) missing.push('scheduledAt in the future');
    else if (options.futureSchedule && item.scheduledAt.getTime() <= now.getTime()) missing.push('scheduledAt in the future');
  }
  if (to === 'posted' && !item.publishedAt) missing.push('publishedAt');
  if (to === 'failed' && !item.reason?.trim()) missing.push('reason');
  return missing;
}

/** Whether `actor` may move an item from `from` (null: creating it) to `to` now, and if not, why. */
export function checkMove(check: MoveCheck): MoveVerdict {
  const { from, to, actor } = check;
  if (from === to) return { allowed: false, missing: [`a status other than ${to.toUpperCase()}`] };
  const exists = from === null ? CREATABLE_STATUSES.includes(to) : MOVES[from].includes(to);
  if (!exists) {
    const allowed = from === null ? CREATABLE_STATUSES : MOVES[from];
    const options = allowed.length ? allowed.map((status) => status.toUpperCase()).join(' or ') : 'nothing: it is final';
    return { allowed: false, missing: [`a move the lifecycle allows (from ${from?.toUpperCase() ?? 'a new item'}: ${options})`] };
  }
  if (PUBLISHING_OUTCOMES.includes(to) && actor !== 'process') {
    return { allowed: false, missing: ['publishing: only the publisher marks items POSTED or FAILED'] };
  }
  const missing = requirementsOf(to, check.item, { now: check.now, limits: check.limits, futureSchedule: true });
  if (to === 'scheduled' && PUBLISHED_BY_DOPPELCART.includes(check.item.platform) && !check.item.publishingJob) missing.push(NEEDS_CHANNEL);
  return missing.length ? { allowed: false, missing } : { allowed: true };
}
