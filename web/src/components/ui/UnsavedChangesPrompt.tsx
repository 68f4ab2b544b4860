import { Button, Group, Modal, Text } from '@mantine/core';
import { useLeaveBlocker } from '../../lib/unsaved-changes';

/** Asks before a navigation discards a form's unsaved changes (see `useUnsavedChanges`). */
export function UnsavedChangesPrompt() {
  const blocker = useLeaveBlocker();
  const stay = () => blocker.reset?.();
  return (
    // Above the dialogs it may be asked from, such as the content editor.
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title="Discard changes?" centered zIndex={300}>
      <Text size="sm">Your changes are not saved. Leaving now discards them.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={stay} data-autofocus>
          Stay
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Discard
        </Button>
      </Group>
    </Modal>
  );
}
