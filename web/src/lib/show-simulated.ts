import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// Whether a working view (board, content list, calendar, Sandbox feed) shows the persona's
// simulated history too. Kept in the URL like the views' other filters (`?simulated=1`), so a
// reload or a shared link shows the same thing.

export const showSimulatedParam = 'simulated';

export const showsSimulated = (params: URLSearchParams) => params.get(showSimulatedParam) === '1';

/** Sets or clears the flag in a copy of `params`. */
export function withShowSimulated(params: URLSearchParams, show: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (show) next.set(showSimulatedParam, '1');
  else next.delete(showSimulatedParam);
  return next;
}

/** The flag of a view whose other state is not in the URL. */
export function useShowSimulated(): [boolean, (show: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const setShow = useCallback(
    (show: boolean) => setSearchParams((current) => withShowSimulated(current, show), { replace: true }),
    [setSearchParams],
  );
  return [showsSimulated(searchParams), setShow];
}
