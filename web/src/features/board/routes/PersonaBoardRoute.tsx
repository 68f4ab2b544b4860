import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { platformOptions } from '../../../lib/platforms';
import { BoardFilters } from '../components/BoardFilters';
import { scopeOf } from '../components/board-columns';
import { ContentBoard } from '../components/ContentBoard';
import { useBoardFilters } from '../hooks/useBoardFilters';
import { useColumnPaging } from '../hooks/useColumnPaging';
import { personaBoardPageQuery, personaBoardPageVariables } from './persona-board-page-query';


/** One persona's content board; its lists and live events cover only that persona. */
export function PersonaBoardRoute() {
  const { personaId = '' } = useParams();
  const { filters, updateFilters } = useBoardFilters();
  const scope = useMemo(() => scopeOf({ ...filters, personaId }), [filters, personaId]);
  const { data, previousData, error, refetch, fetchMore } = useQuery(personaBoardPageQuery, { variables: personaBoardPageVariables(scope, personaId) });
  const { loadingColumn, loadMore } = useColumnPaging(fetchMore, scope);
  const refresh = useCallback(() => void refetch(), [refetch]);
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError error={error} onRetry={refresh} />;
  if (!shown) return <PageLoader rows={3} />;
  if (!shown.persona) return <NotFound what="persona" />;

  const { persona } = shown;
  return (
    <>
      <PageHeader
        title={`${persona.name}: board`}
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>
            {' · Drag a card by its handle to move the item to another status. Changes appear here live.'}
          </>
        }
      />
      <BoardFilters
        filters={filters}
        onChange={updateFilters}
        platformOptions={platformOptions(shown.platforms)}
        plans={persona.contentPlans}
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
