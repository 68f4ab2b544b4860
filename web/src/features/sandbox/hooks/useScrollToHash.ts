import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element the URL's hash names once it is on the page: the browser only does so
 * on load, before the feed has arrived. Returns the element id the hash names.
 */
export function useScrollToHash(ready: boolean): string | null {
  const { hash } = useLocation();
  const target = hash ? decodeURIComponent(hash.slice(1)) : null;

  useEffect(() => {
    if (!ready || !target) return;
    document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [ready, target]);

  return target;
}
