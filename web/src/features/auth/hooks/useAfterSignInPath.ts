import { useSearchParams } from 'react-router';

/** Where to go after signing in: the page that sent the user here, if it is one of ours. */
export function useAfterSignInPath(): string {
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  // Only same-origin paths: `//evil.example` or a full URL would be an open redirect.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/personas';
}
