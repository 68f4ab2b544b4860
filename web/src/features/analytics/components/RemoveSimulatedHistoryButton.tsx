import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '../../../lib/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { describeActionError } from '../../../lib/graphql-errors';
import { useRemoveSimulatedHistory } from '../hooks/useRemoveSimulatedHistory';

interface RemoveSimulatedHistoryButtonProps {
  personaId: string;
  /** The history's posts, as the confirmation names them. */
  posts: number;
}

const postsText = (posts: number) => `${posts} simulated Sandbox ${posts === 1 ? 'post' : 'posts'}`;

/** Takes the simulated history back after asking, saying what goes and what stays. */
export function RemoveSimulatedHistoryButton({ personaId, posts }: RemoveSimulatedHistoryButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const { remove, loading } = useRemoveSimulatedHistory(personaId);

  async function confirm() {
    setError(null);
    try {
      const removed = await remove();
      close();
      notifications.show({ message: `Removed ${postsText(removed)} and their figures` });
    } catch (caught) {
      setError(describeActionError(caught));
    }
  }

  return (
    <>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
        Remove simulated history
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Remove the simulated history?"
        message={
          `This removes ${postsText(posts)} and their figures: checkpoints, the heatmap and ` +
          'recommendations they fed, and the follower readings the history added. Your own posts and their figures stay.'
        }
        confirmLabel="Remove simulated history"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </>
  );
}
