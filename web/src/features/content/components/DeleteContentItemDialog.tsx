import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { showUndoNotice } from '../../../components/ui/undo-notice';
import { describeError } from '../../../lib/graphql-errors';
import { useRestoreFromTrash } from '../../../lib/use-restore-from-trash';
import { useDeleteContentItem } from '../hooks/useDeleteContentItem';
import type { ItemSummary } from './ContentItemRow';

interface DeleteContentItemDialogProps {
  item: ItemSummary | null;
  onClose: () => void;
}

export function DeleteContentItemDialog({ item, onClose }: DeleteContentItemDialogProps) {
  const { deleteItem, loading } = useDeleteContentItem();
  const { restore } = useRestoreFromTrash();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!item) return;
    setError(null);
    try {
      await deleteItem(item);
      const { id } = item;
      showUndoNotice(`Moved “${item.title}” to the Trash`, () => restore([id]));
      onClose();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <ConfirmDialog
      opened={item !== null}
      title="Delete this content item?"
      message={`“${item?.title ?? ''}” moves to the Trash, where you can restore it for 30 days. A pending post is cancelled.`}
      confirmLabel="Move to Trash"
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
