import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Platform } from '../../../gql/graphql';
import { isPlatform } from '../../../lib/platforms';

export interface BoardFilters {
  personaId: string | null;
  platforms: Platform[];
}

/** The board's filters, kept in the URL (`?persona=…&platform=X,THREADS`) beside the open item. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const personaParam = searchParams.get('persona');
  const platformParam = searchParams.get('platform');
  const filters = useMemo<BoardFilters>(
    () => ({
      personaId: personaParam || null,
      platforms: (platformParam ?? '').split(',').filter(isPlatform),
    }),
    [personaParam, platformParam],
  );

  const updateFilters = useCallback(
    (change: Partial<BoardFilters>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const { personaId, platforms } = { ...filters, ...change };
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
