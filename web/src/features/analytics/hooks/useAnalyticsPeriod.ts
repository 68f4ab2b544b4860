import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod, periodSearchParams, type AnalyticsPeriod } from '../components/analytics-period';

/** The dashboard's period, kept in the URL (`?days=90`, `?from=…&to=…`) so a view can be shared. */
export function useAnalyticsPeriod() {
  const [searchParams, setSearchParams] = useSearchParams();
  const period = useMemo(() => parsePeriod(searchParams), [searchParams]);
  const setPeriod = useCallback(
    (next: AnalyticsPeriod) => setSearchParams(periodSearchParams(next), { replace: true }),
    [setSearchParams],
  );
  return { period, setPeriod };
}
