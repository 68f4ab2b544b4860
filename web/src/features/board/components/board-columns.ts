import { getFragmentData } from '../../../gql/fragment-masking';
import type { ContentItemFilter, ContentItemOrder, ContentItemStatus, Platform } from '../../../gql/graphql';
import { endOfDayInstant, startOfDayInstant } from '../../../lib/dates';
import { browserTimeZone } from '../../../lib/time-zones';
import { boardCardFragment, type BoardCardItem, type BoardCardRef } from './BoardCard';

export type BoardNode = { id: string } & BoardCardRef;

/** A column's list as the board query selects it (BoardColumn_list). */
export interface BoardConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: ReadonlyArray<BoardNode>;
}

/**
 * The columns in lifecycle order, and how each is sorted: work to do by its planned or
 * scheduled time, soonest first (items without a time last); what was posted, newest first.
 */
export const boardColumns: ReadonlyArray<{ status: ContentItemStatus; orderBy: ContentItemOrder }> = [
  { status: 'IDEA', orderBy: 'SCHEDULED_AT_ASC' },
  { status: 'DRAFT', orderBy: 'SCHEDULED_AT_ASC' },
  { status: 'READY', orderBy: 'SCHEDULED_AT_ASC' },
  { status: 'SCHEDULED', orderBy: 'SCHEDULED_AT_ASC' },
  { status: 'POSTED', orderBy: 'CREATED_AT_DESC' },
  { status: 'FAILED', orderBy: 'SCHEDULED_AT_ASC' },
];

export interface BoardScope {
  personaId: string | null;
  platforms: Platform[];
  includeSimulated: boolean;
  planId: string | null;
  /** Text the server matched in titles and captions (not re-checked here: cards carry no caption). */
  search: string;
  /** Planned or scheduled within [scheduledFrom, scheduledTo), as instants. */
  scheduledFrom: string | null;
  scheduledTo: string | null;
}

/** A column's list filter for a scope: the same object for the board query and its "Show more" pages. */
export function columnFilter(scope: BoardScope, status: ContentItemStatus): ContentItemFilter {
  return {
    personaId: scope.personaId,
    platform: scope.platforms.length > 0 ? scope.platforms : null,
    includeSimulated: scope.includeSimulated,
    planId: scope.planId,
    search: scope.search || null,
    scheduledFrom: scope.scheduledFrom,
    scheduledTo: scope.scheduledTo,
    status: [status],
  };
}

/** The board query's variables: one filter per column (`$idea`, `$draft`, …). */
export function columnFilters(scope: BoardScope) {
  const [idea, draft, ready, scheduled, posted, failed] = boardColumns.map(({ status }) => columnFilter(scope, status));
  return { idea: idea!, draft: draft!, ready: ready!, scheduled: scheduled!, posted: posted!, failed: failed! };
}

/** The scope of the board's filters, with days turned into instants in the browser's zone. */
export function scopeOf(filters: {
  personaId: string | null;
  platforms: Platform[];
  includeSimulated: boolean;
  planId: string | null;
  search: string;
  from: string | null;
  to: string | null;
}): BoardScope {
  const zone = browserTimeZone();
  return {
    personaId: filters.personaId,
    platforms: filters.platforms,
    includeSimulated: filters.includeSimulated,
    // A plan narrows within its persona only.
    planId: filters.personaId ? filters.planId : null,
    search: filters.search.trim(),
    scheduledFrom: filters.from ? startOfDayInstant(filters.from, zone) : null,
    scheduledTo: filters.to ? endOfDayInstant(filters.to, zone) : null,
  };
}

export interface GroupedColumn {
  status: ContentItemStatus;
  cards: BoardNode[];
  /** Items in this status, loaded or not. */
  count: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export function inScope(item: BoardCardItem, { personaId, platforms, includeSimulated, planId, scheduledFrom, scheduledTo }: BoardScope): boolean {
  const at = item.scheduledAt ? Date.parse(item.scheduledAt) : null;
  return (
    (!personaId || item.persona.id === personaId) &&
    (platforms.length === 0 || platforms.includes(item.platform)) &&
    (includeSimulated || !item.simulated) &&
    (!planId || item.plan?.id === planId) &&
    (!scheduledFrom || (at !== null && at >= Date.parse(scheduledFrom))) &&
    (!scheduledTo || (at !== null && at < Date.parse(scheduledTo)))
  );
}

/**
 * Places every loaded item in the column of its current status, not of the list it was
 * loaded in: a move (optimistic, from a mutation, or from a live event) updates the item in
 * the normalized cache, and the card follows without touching the lists. Cards that moved
 * in come first. Counts add the items a list has not loaded yet to the cards shown.
 */
export function groupByStatus(lists: Record<ContentItemStatus, BoardConnection>, scope: BoardScope): GroupedColumn[] {
  const connections = boardColumns.map(({ status }) => ({ status, connection: lists[status] }));
  const moved = new Map<ContentItemStatus, BoardNode[]>();
  const stayed = new Map<ContentItemStatus, BoardNode[]>();
  const seen = new Set<string>();
  for (const { status: listStatus, connection } of connections) {
    for (const node of connection.nodes) {
      const item = getFragmentData(boardCardFragment, node);
      if (seen.has(item.id) || !inScope(item, scope)) continue;
      seen.add(item.id);
      const buckets = item.status === listStatus ? stayed : moved;
      const bucket = buckets.get(item.status) ?? [];
      bucket.push(node);
      buckets.set(item.status, bucket);
    }
  }
  return connections.map(({ status, connection }) => {
    const cards = [...(moved.get(status) ?? []), ...(stayed.get(status) ?? [])];
    const notLoaded = Math.max(0, connection.totalCount - connection.nodes.length);
    return {
      status,
      cards,
      count: cards.length + notLoaded,
      hasNextPage: connection.pageInfo.hasNextPage,
      endCursor: connection.pageInfo.endCursor ?? null,
    };
  });
}
