import { useSearchParams } from 'react-router';

/**
 * Where to go after signing in: the page that sent the user here, if it is one of ours, or
 * else `home`. Returning users land on the dashboard; a new account starts on the personas
 * page, whose empty state offers the first persona (a dashboard would have nothing to show).
 */
export function useAfterSignInPath(home: '/dashboard' | '/personas' = '/dashboard'): string {
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  // Only same-origin paths: `//evil.example` or a full URL would be an open redirect.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : home;
}
