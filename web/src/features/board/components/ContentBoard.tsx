import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { BulkActionBar } from '../../../bulk/BulkActionBar';
import { useItemSelection, type SelectedItem } from '../../../bulk/useItemSelection';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { ContentItemStatus } from '../../../gql/graphql';
import { lazyComponent } from '../../../lib/lazy-component';
import { channelPlatformsOf } from '../../../lib/publishing';
import { useBoardLiveUpdates } from '../hooks/useBoardLiveUpdates';
import { useBoardMoves } from '../hooks/useBoardMoves';
import { useOpenItem } from '../hooks/useOpenItem';
import { boardCardFragment, cardTitle, type BoardCardItem } from './BoardCard';
import { boardColumnListFragment } from './board-column-list';
import { LockOverrideDialog } from './LockOverrideDialog';
import { BoardLanes } from './BoardLanes';
import { groupByStatus, inScope, type BoardScope } from './board-columns';
import { ItemDrawer } from './ItemDrawer';

// The time picker loads the first time a card is dropped on Scheduled, not with the board.
const ScheduleDialog = lazyComponent(() => import('./ScheduleDialog').then((module) => module.ScheduleDialog));

// One list per column, 100 cards each (the API's largest page; BoardColumnPage asks for the
// same, so "Show more" pages extend the same cached lists). Six lists of light cards stay well
// within the server's query cost limit. Each list's filter is a variable of its own ($idea,
// $draft, …), built by columnFilters from the board's scope.
export const contentBoardFragment = graphql(`
  fragment ContentBoard_query on Query {
    idea: contentItems(filter: $idea, orderBy: SCHEDULED_AT_ASC, first: 100) {
      ...BoardColumn_list
    }
    draft: contentItems(filter: $draft, orderBy: SCHEDULED_AT_ASC, first: 100) {
      ...BoardColumn_list
    }
    ready: contentItems(filter: $ready, orderBy: SCHEDULED_AT_ASC, first: 100) {
      ...BoardColumn_list
    }
    scheduled: contentItems(filter: $scheduled, orderBy: SCHEDULED_AT_ASC, first: 100) {
      ...BoardColumn_list
    }
    posted: contentItems(filter: $posted, orderBy: CREATED_AT_DESC, first: 100) {
      ...BoardColumn_list
    }
    failed: contentItems(filter: $failed, orderBy: SCHEDULED_AT_ASC, first: 100) {
      ...BoardColumn_list
    }
    platforms {
      platform
      canPublish
    }
  }
`);

const selectedItemOf = (item: BoardCardItem): SelectedItem => ({
  id: item.id,
  version: item.version,
  title: cardTitle(item),
  personaId: item.persona.id,
  planId: item.plan?.id ?? null,
});

interface ContentBoardProps {
  query: FragmentType<typeof contentBoardFragment>;
  scope: BoardScope;
  loadingColumn: ContentItemStatus | null;
  onLoadMore: (status: ContentItemStatus, after: string) => void;
  /** Fetch the board's lists again, e.g. after another tab created an item. */
  onRefresh: () => void;
  /** The columns to show; empty shows all six. */
  statuses: readonly ContentItemStatus[];
}

export function ContentBoard({ query, scope, loadingColumn, onLoadMore, onRefresh, statuses }: ContentBoardProps) {
  const data = getFragmentData(contentBoardFragment, query);
  const columns = useMemo(
    () =>
      groupByStatus(
        {
          IDEA: getFragmentData(boardColumnListFragment, data.idea),
          DRAFT: getFragmentData(boardColumnListFragment, data.draft),
          READY: getFragmentData(boardColumnListFragment, data.ready),
          SCHEDULED: getFragmentData(boardColumnListFragment, data.scheduled),
          POSTED: getFragmentData(boardColumnListFragment, data.posted),
          FAILED: getFragmentData(boardColumnListFragment, data.failed),
        },
        scope,
      ),
    [data, scope],
  );
  const shownItems = useMemo(() => {
    const items = new Map<string, BoardCardItem>();
    for (const column of columns) {
      for (const card of column.cards) items.set(card.id, getFragmentData(boardCardFragment, card));
    }
    return items;
  }, [columns]);

  const selection = useItemSelection();
  const { sync, toggle } = selection;
  // Cards that left the board (moved out of the filters, deleted elsewhere) leave the selection.
  useEffect(() => sync(new Map([...shownItems.values()].map((item) => [item.id, selectedItemOf(item)]))), [shownItems, sync]);
  const selectCard = useCallback((item: BoardCardItem, on: boolean) => toggle(selectedItemOf(item), on), [toggle]);

  const { openItemId, openItem, closeItem } = useOpenItem();
  const channelPlatforms = useMemo(() => channelPlatformsOf(data.platforms), [data.platforms]);
  const moves = useBoardMoves({ onStale: onRefresh, channelPlatforms });
  // Mounted from the first request on and kept, so closing the dialog animates.
  const [scheduleWanted, setScheduleWanted] = useState(false);
  if (moves.scheduling && !scheduleWanted) setScheduleWanted(true);
  const listsCover = useCallback(
    (item: BoardCardItem) => shownItems.has(item.id) || !inScope(item, scope),
    [shownItems, scope],
  );
  useBoardLiveUpdates({ personaId: scope.personaId, listsCover, refreshLists: onRefresh });

  const loadMore = useCallback(
    (status: ContentItemStatus) => {
      const cursor = columns.find((column) => column.status === status)?.endCursor;
      if (cursor) onLoadMore(status, cursor);
    },
    [columns, onLoadMore],
  );
  const openedCard = openItemId ? shownItems.get(openItemId) : undefined;

  return (
    <>
      <BulkActionBar selection={selection} />
      <BoardLanes
        columns={statuses.length ? columns.filter((column) => statuses.includes(column.status)) : columns}
        itemsById={shownItems}
        loadingColumn={loadingColumn}
        onLoadMore={loadMore}
        onOpen={openItem}
        onMove={moves.requestMove}
        isSelected={selection.isSelected}
        onSelect={selectCard}
      />
      <ItemDrawer
        itemId={openItemId}
        fallbackTitle={openedCard ? cardTitle(openedCard) : 'Content item'}
        onClose={closeItem}
        onMove={moves.requestMove}
      />
      <LockOverrideDialog override={moves.overriding} onConfirm={moves.confirmOverride} onCancel={moves.cancelOverride} />
      {scheduleWanted && (
        <Suspense fallback={null}>
          <ScheduleDialog item={moves.scheduling} onConfirm={moves.confirmSchedule} onCancel={moves.cancelSchedule} />
        </Suspense>
      )}
    </>
  );
}
