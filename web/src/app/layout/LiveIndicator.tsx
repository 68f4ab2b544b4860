import { Badge } from '@mantine/core';
import { useLiveConnectionState, type LiveConnectionState } from '../../lib/live-connection';

const shown: Partial<Record<LiveConnectionState, { label: string; color: string; hint: string }>> = {
  live: { label: 'Live', color: 'green', hint: 'Changes made elsewhere appear as they happen.' },
  reconnecting: { label: 'Reconnecting…', color: 'orange', hint: 'The live connection dropped; retrying.' },
  offline: { label: 'Live updates off', color: 'red', hint: 'The server refused the live connection. Reload the page.' },
};

/** Whether live updates are flowing; hidden while no page listens for them. */
export function LiveIndicator() {
  const state = useLiveConnectionState();
  const badge = shown[state];
  if (!badge) return null;
  return (
    <Badge variant="dot" color={badge.color} size="md" role="status" title={badge.hint}>
      {badge.label}
    </Badge>
  );
}
