import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export type ConnectionResult = { ok: true; platform: string } | { ok: false; message: string };

/**
 * What the OAuth callback reported in the URL (`?connected=instagram` or `?channelError=…`).
 * Read once on arrival and taken out of the URL, so a reload does not announce it again.
 */
export function useConnectionResult() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [result, setResult] = useState<ConnectionResult | null>(() => {
    const connected = searchParams.get('connected');
    const channelError = searchParams.get('channelError');
    if (channelError) return { ok: false, message: channelError };
    return connected ? { ok: true, platform: connected } : null;
  });

  useEffect(() => {
    if (!searchParams.has('connected') && !searchParams.has('channelError')) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('connected');
        next.delete('channelError');
        return next;
      },
      { replace: true },
    );
  }, [searchParams, setSearchParams]);

  const dismiss = useCallback(() => setResult(null), []);
  return { result, dismiss };
}
