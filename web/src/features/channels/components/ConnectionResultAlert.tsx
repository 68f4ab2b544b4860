import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { platformLabels } from '../../../lib/platforms';
import { isPlatform } from '../../../lib/platforms';
import type { ConnectionResult } from '../hooks/useConnectionResult';

const platformName = (platform: string) => {
  const upper = platform.toUpperCase();
  return isPlatform(upper) ? platformLabels[upper] : platform;
};

/** The outcome of a connection flow that came back to this page. */
export function ConnectionResultAlert({ result, onClose }: { result: ConnectionResult; onClose: () => void }) {
  if (result.ok) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck />} title="Channel connected" withCloseButton onClose={onClose} role="status">
        {platformName(result.platform)} is connected. Schedule posts on it from an item or the board.
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="Could not connect" withCloseButton onClose={onClose} role="alert">
      {result.message}
    </Alert>
  );
}
