import { describe, expect, it } from 'vitest';
import type { ContentItemStatus } from '../../../gql/graphql';
import { columnFilters, groupByStatus, type BoardConnection, type BoardNode, type BoardScope } from './board-columns';

// Cards follow their item's status, not the list they were loaded in: a move updates the
// cached item and the card changes column at once, ahead of the cards that were already there.

const scope: BoardScope = { personaId: null, platforms: [], includeSimulated: false, planId: null, search: '', scheduledFrom: null, scheduledTo: null };

function card(id: string, status: ContentItemStatus, extra: Record<string, unknown> = {}): BoardNode {
  const item = { id, title: id, platform: 'INSTAGRAM', status, scheduledAt: null, failureReason: null, version: 1, simulated: false, persona: { id: 'p1', handle: 'p', timeZone: 'UTC' }, plan: null, asset: null, channel: null, ...extra };
  return item as unknown as BoardNode;
}

function lists(byStatus: Partial<Record<ContentItemStatus, { nodes: BoardNode[]; totalCount?: number }>>): Record<ContentItemStatus, BoardConnection> {
  const statuses: ContentItemStatus[] = ['IDEA', 'DRAFT', 'READY', 'SCHEDULED', 'POSTED', 'FAILED'];
  return Object.fromEntries(
    statuses.map((status) => {
      const list = byStatus[status] ?? { nodes: [] };
      return [status, { totalCount: list.totalCount ?? list.nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes: list.nodes }];
    }),
  ) as unknown as Record<ContentItemStatus, BoardConnection>;
}

const ids = (columns: ReturnType<typeof groupByStatus>, status: ContentItemStatus) =>
  columns.find((column) => column.status === status)!.cards.map((node) => (node as unknown as { id: string }).id);

describe('groupByStatus', () => {
  it('moves a card to the column of its current status, first, and counts what is not loaded', () => {
    const columns = groupByStatus(
      lists({ IDEA: { nodes: [card('a', 'IDEA'), card('b', 'DRAFT')], totalCount: 5 }, DRAFT: { nodes: [card('c', 'DRAFT')] } }),
      scope,
    );
    expect(ids(columns, 'IDEA')).toEqual(['a']);
    expect(ids(columns, 'DRAFT')).toEqual(['b', 'c']);
    // IDEA: one card shown, three of its five not loaded yet.
    expect(columns.find((column) => column.status === 'IDEA')!.count).toBe(4);
  });

  it('shows a card once even when two lists hold it, and leaves out what the scope excludes', () => {
    const columns = groupByStatus(
      lists({
        READY: { nodes: [card('a', 'SCHEDULED'), card('sim', 'READY', { simulated: true }), card('x', 'READY', { platform: 'X' })] },
        SCHEDULED: { nodes: [card('a', 'SCHEDULED')] },
      }),
      { ...scope, platforms: ['INSTAGRAM'] },
    );
    expect(ids(columns, 'SCHEDULED')).toEqual(['a']);
    expect(ids(columns, 'READY')).toEqual([]);
  });
});

describe('columnFilters', () => {
  it('gives each column the scope with its own status', () => {
    const filters = columnFilters({ ...scope, personaId: 'p1', search: 'spring' });
    expect(filters.posted).toMatchObject({ personaId: 'p1', search: 'spring', status: ['POSTED'], platform: null });
    expect(Object.values(filters).map((filter) => filter.status)).toEqual([['IDEA'], ['DRAFT'], ['READY'], ['SCHEDULED'], ['POSTED'], ['FAILED']]);
  });
});
