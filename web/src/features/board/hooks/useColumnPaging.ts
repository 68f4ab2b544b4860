import { useCallback, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { BoardColumnPageQuery, BoardColumnPageQueryVariables, ContentItemStatus } from '../../../gql/graphql';
import { boardColumns, columnFilter, type BoardScope } from '../components/board-columns';

// The same field and arguments as the board's column (ContentBoard_query), plus `after`:
// the cache's cursor policy appends the page to that column's list.
const boardColumnPageQuery = graphql(`
  query BoardColumnPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $after: String!) {
    contentItems(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
      ...BoardColumn_list
    }
  }
`);

type FetchColumnPage = (options: {
  query: typeof boardColumnPageQuery;
  variables: BoardColumnPageQueryVariables;
}) => Promise<{ data?: BoardColumnPageQuery | undefined }>;

/** "Show more" for one column, through the board query's `fetchMore`. */
export function useColumnPaging(fetchMore: FetchColumnPage, scope: BoardScope) {
  const [loadingColumn, setLoadingColumn] = useState<ContentItemStatus | null>(null);

  const loadMore = useCallback(
    async (status: ContentItemStatus, after: string) => {
      const orderBy = boardColumns.find((column) => column.status === status)?.orderBy ?? 'CREATED_AT_DESC';
      setLoadingColumn(status);
      try {
        await fetchMore({
          query: boardColumnPageQuery,
          variables: {
            filter: columnFilter(scope, status),
            orderBy,
            after,
          },
        });
      } finally {
        setLoadingColumn(null);
      }
    },
    [fetchMore, scope],
  );

  return { loadingColumn, loadMore };
}
