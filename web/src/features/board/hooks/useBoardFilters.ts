import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Platform } from '../../../gql/graphql';
import { isPlatform } from '../../../lib/platforms';
import { showsSimulated, withShowSimulated } from '../../../lib/show-simulated';

export interface BoardFilters {
  personaId: string | null;
  platforms: Platform[];
  /** Show the simulated history's items too. */
  includeSimulated: boolean;
}

/** The board's filters, kept in the URL (`?persona=…&platform=X,THREADS&simulated=1`) beside the open item. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const personaParam = searchParams.get('persona');
  const platformParam = searchParams.get('platform');
  const includeSimulated = showsSimulated(searchParams);
  const filters = useMemo<BoardFilters>(
    () => ({
      personaId: personaParam || null,
      platforms: (platformParam ?? '').split(',').filter(isPlatform),
      includeSimulated,
    }),
    [personaParam, platformParam, includeSimulated],
  );

  const updateFilters = useCallback(
    (change: Partial<BoardFilters>) =>
      setSearchParams(
        (current) => {
          const { personaId, platforms, includeSimulated: simulated } = { ...filters, ...change };
          const next = withShowSimulated(current, simulated);
          if (personaId) next.set('persona', personaId);
          else next.delete('persona');
          if (platforms.length > 0) next.set('platform', platforms.join(','));
          else next.delete('platform');
          return next;
        },
        { replace: true },
      ),
    [filters, setSearchParams],
  );

  return { filters, updateFilters };
}
