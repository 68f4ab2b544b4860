import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ContentItemStatus, Platform } from '../../../gql/graphql';
import { isContentStatus } from '../../../lib/content-status';
import { isPlatform } from '../../../lib/platforms';
import { showsSimulated, withShowSimulated } from '../../../lib/show-simulated';

export interface BoardFilters {
  personaId: string | null;
  platforms: Platform[];
  /** Show the simulated history's items too. */
  includeSimulated: boolean;
  /** One plan's items (a persona's board only). */
  planId: string | null;
  /** Columns shown; empty shows all six. */
  statuses: ContentItemStatus[];
  /** Words in the title or caption. */
  search: string;
  /** Planned or scheduled on these days (`YYYY-MM-DD`, the browser's zone), inclusive. */
  from: string | null;
  to: string | null;
}

/** The board's filters, kept in the URL (`?persona=…&platform=X,THREADS&status=READY&q=soil&from=…&to=…&simulated=1`) beside the open item. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const personaParam = searchParams.get('persona');
  const platformParam = searchParams.get('platform');
  const includeSimulated = showsSimulated(searchParams);
  const statusParam = searchParams.get('status');
  const planParam = searchParams.get('plan');
  const search = searchParams.get('q') ?? '';
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const filters = useMemo<BoardFilters>(
    () => ({
      personaId: personaParam || null,
      platforms: (platformParam ?? '').split(',').filter(isPlatform),
      includeSimulated,
      planId: planParam || null,
      statuses: (statusParam ?? '').split(',').filter(isContentStatus),
      search,
      from,
      to,
    }),
    [personaParam, platformParam, includeSimulated, planParam, statusParam, search, from, to],
  );

  const updateFilters = useCallback(
    (change: Partial<BoardFilters>) =>
      setSearchParams(
        (current) => {
          const merged = { ...filters, ...change };
          const next = withShowSimulated(current, merged.includeSimulated);
          const entries: Array<[string, string | null]> = [
            ['persona', merged.personaId],
            ['platform', merged.platforms.join(',') || null],
            ['plan', merged.planId],
            ['status', merged.statuses.join(',') || null],
            ['q', merged.search.trim() || null],
            ['from', merged.from],
            ['to', merged.to],
          ];
          for (const [key, value] of entries) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [filters, setSearchParams],
  );

  return { filters, updateFilters };
}
