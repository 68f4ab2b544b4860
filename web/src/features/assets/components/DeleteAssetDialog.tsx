import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { showUndoNotice } from '../../../components/ui/undo-notice';
import { describeError } from '../../../lib/graphql-errors';
import { useRestoreFromTrash } from '../../../lib/use-restore-from-trash';
import { useDeleteAsset } from '../hooks/useDeleteAsset';
import type { AssetToDelete } from './AssetCard';

function consequence(asset: AssetToDelete | null): string {
  const trash = 'The image moves to the Trash, where you can restore it for 30 days.';
  if (!asset || asset.usedByCount === 0) return trash;
  const items = asset.usedByCount === 1 ? '1 content item shows it' : `${asset.usedByCount} content items show it`;
  return `${trash} ${items}; they keep their text and show no image until it is restored.`;
}

export function DeleteAssetDialog({ asset, onClose }: { asset: AssetToDelete | null; onClose: () => void }) {
  const { deleteAsset, loading } = useDeleteAsset();
  const { restore } = useRestoreFromTrash();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!asset) return;
    setError(null);
    try {
      await deleteAsset(asset.id);
      const { id } = asset;
      showUndoNotice('Moved the image to the Trash', () => restore([id]));
      onClose();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <ConfirmDialog
      opened={asset !== null}
      title="Delete this image?"
      message={consequence(asset)}
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
