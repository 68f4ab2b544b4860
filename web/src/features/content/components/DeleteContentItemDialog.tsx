import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { describeError } from '../../../lib/graphql-errors';
import { useDeleteContentItem } from '../hooks/useDeleteContentItem';
import type { ItemSummary } from './ContentItemRow';

interface DeleteContentItemDialogProps {
  item: ItemSummary | null;
  onClose: () => void;
}

export function DeleteContentItemDialog({ item, onClose }: DeleteContentItemDialogProps) {
  const { deleteItem, loading } = useDeleteContentItem();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!item) return;
    setError(null);
    try {
      await deleteItem(item);
      notifications.show({ message: `Deleted “${item.title}”` });
      onClose();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <ConfirmDialog
      opened={item !== null}
      title="Delete this content item?"
      message={`“${item?.title ?? ''}” and its publishing history will be deleted. This cannot be undone.`}
      confirmLabel="Delete"
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={() => {
        setError(null);
        onClose();
      }}
    />
  );
}
