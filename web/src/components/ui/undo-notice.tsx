import { Button, Group, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';

/**
 * "Moved to the Trash" with an Undo button, for every delete. The notice stays long enough to
 * change one's mind; the Trash keeps the thing for 30 days either way.
 */
export function showUndoNotice(message: string, undo: () => Promise<unknown>) {
  const id = notifications.show({
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            void undo().then(
              () => notifications.show({ message: 'Restored' }),
              () => notifications.show({ color: 'red', message: 'Could not restore it; find it in the Trash' }),
            );
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
