import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { staleVersionMessage } from '../../lib/lifecycle-errors';

interface StaleVersionAlertProps {
  reloading: boolean;
  onReload: () => void;
}

/** An edit was refused because someone changed the item first; nothing was overwritten. */
export function StaleVersionAlert({ reloading, onReload }: StaleVersionAlertProps) {
  return (
    <Alert color="orange" variant="light" role="alert" title="This item changed">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{staleVersionMessage}</Text>
        <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={onReload}>
          Reload item
        </Button>
      </Group>
    </Alert>
  );
}
