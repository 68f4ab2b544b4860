import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import { BoardFilters } from '../components/BoardFilters';
import { columnFilters, scopeOf } from '../components/board-columns';
import { ContentBoard } from '../components/ContentBoard';
import { useBoardFilters } from '../hooks/useBoardFilters';
import { useColumnPaging } from '../hooks/useColumnPaging';

const boardPageQuery = graphql(`
  query BoardPage(
    $idea: ContentItemFilter!
    $draft: ContentItemFilter!
    $ready: ContentItemFilter!
    $scheduled: ContentItemFilter!
    $posted: ContentItemFilter!
    $failed: ContentItemFilter!
  ) {
    personas(includeArchived: true, first: 100) {
      nodes {
        id
        name
        handle
      }
    }
    platforms {
      platform
      label
      canPublish
      captionMaxCharacters
    }
    ...ContentBoard_query
  }
`);

/** Every persona's content on one board, narrowed by persona and platform. */
export function BoardRoute() {
  const { filters, updateFilters } = useBoardFilters();
  const scope = useMemo(() => scopeOf(filters), [filters]);
  const { data, previousData, error, refetch, fetchMore } = useQuery(boardPageQuery, { variables: columnFilters(scope) });
  const { loadingColumn, loadMore } = useColumnPaging(fetchMore, scope);
  const refresh = useCallback(() => void refetch(), [refetch]);
  // Keep the last board on screen while a changed filter loads.
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError error={error} onRetry={refresh} />;
  if (!shown) return <PageLoader rows={3} />;

  return (
    <>
      <PageHeader
        title="Board"
        description="Drag a card by its handle to move the item to another status. Changes made elsewhere appear here live."
      />
      <BoardFilters
        filters={filters}
        onChange={updateFilters}
        personas={shown.personas.nodes}
        platformOptions={platformOptions(shown.platforms)}
      />
      {error && <QueryError error={error} onRetry={refresh} title="Could not refresh the board" />}
      <ContentBoard
        query={shown}
        scope={scope}
        loadingColumn={loadingColumn}
        onLoadMore={(status, after) => void loadMore(status, after)}
        onRefresh={refresh}
        statuses={filters.statuses}
      />
    </>
  );
}
