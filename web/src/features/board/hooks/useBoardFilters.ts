import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ContentItemStatus, Platform } from '../../../gql/graphql';
import { isContentStatus } from '../../../lib/content-status';
import { isPlatform } from '../../../lib/platforms';
import { showSimulatedParam, showsSimulated, withShowSimulated } from '../../../lib/show-simulated';

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

/** The filters a board address asks for; the page and the data preloaded for it (preload-board.ts) read them alike. */
export function boardFiltersOf(searchParams: URLSearchParams): BoardFilters {
  return {
    personaId: searchParams.get('persona') || null,
    platforms: (searchParams.get('platform') ?? '').split(',').filter(isPlatform),
    includeSimulated: showsSimulated(searchParams),
    planId: searchParams.get('plan') || null,
    statuses: (searchParams.get('status') ?? '').split(',').filter(isContentStatus),
    search: searchParams.get('q') ?? '',
    from: searchParams.get('from'),
    to: searchParams.get('to'),
  };
}

// Every parameter boardFiltersOf reads: the filters change when, and only when, one of these does.
const filterParams = ['persona', 'platform', showSimulatedParam, 'plan', 'status', 'q', 'from', 'to'];

/** The board's filters, kept in the URL (`?persona=…&platform=X,THREADS&status=READY&q=soil&from=…&to=…&simulated=1`) beside the open item. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  // The same object while the filters stay (opening an item changes the URL too).
  const filterQuery = new URLSearchParams(
    filterParams.flatMap((name) => {
      const value = searchParams.get(name);
      return value === null ? [] : [[name, value]];
    }),
  ).toString();
  const filters = useMemo(() => boardFiltersOf(new URLSearchParams(filterQuery)), [filterQuery]);

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
