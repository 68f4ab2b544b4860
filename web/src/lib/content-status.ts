import type { ContentItemStatus } from '../gql/graphql';

interface StatusInfo {
  label: string;
  color: string;
}

/** Lifecycle order: IDEA -> DRAFT -> READY -> SCHEDULED -> POSTED, or FAILED. */
export const contentStatuses: Record<ContentItemStatus, StatusInfo> = {
  IDEA: { label: 'Idea', color: 'gray' },
  DRAFT: { label: 'Draft', color: 'blue' },
  READY: { label: 'Ready', color: 'teal' },
  SCHEDULED: { label: 'Scheduled', color: 'violet' },
  POSTED: { label: 'Posted', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
};

export const statusOptions = (Object.keys(contentStatuses) as ContentItemStatus[]).map((value) => ({
  value,
  label: contentStatuses[value].label,
}));

export function isContentStatus(value: string): value is ContentItemStatus {
  return value in contentStatuses;
}

/**
 * The moves a person can make from each status, as the server's lifecycle defines them.
 * Screens offer only these; the server still checks each move and its preconditions.
 * POSTED and FAILED are reached through publishing only.
 */
export const userMoves: Record<ContentItemStatus, readonly ContentItemStatus[]> = {
  IDEA: ['DRAFT'],
  DRAFT: ['IDEA', 'READY'],
  READY: ['DRAFT', 'SCHEDULED'],
  SCHEDULED: ['READY'],
  POSTED: [],
  FAILED: ['READY', 'SCHEDULED'],
};

/** Statuses a new item may start in. */
export const creatableStatuses: readonly ContentItemStatus[] = ['IDEA', 'DRAFT', 'READY', 'SCHEDULED'];

export interface StatusCountsValue {
  idea: number;
  draft: number;
  ready: number;
  scheduled: number;
  posted: number;
  failed: number;
  total: number;
}

/** Pairs each status with its count, in lifecycle order. */
export function statusCountEntries(counts: StatusCountsValue): Array<[ContentItemStatus, number]> {
  return [
    ['IDEA', counts.idea],
    ['DRAFT', counts.draft],
    ['READY', counts.ready],
    ['SCHEDULED', counts.scheduled],
    ['POSTED', counts.posted],
    ['FAILED', counts.failed],
  ];
}
