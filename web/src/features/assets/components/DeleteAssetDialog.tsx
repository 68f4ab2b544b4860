import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { describeError } from '../../../lib/graphql-errors';
import { useDeleteAsset } from '../hooks/useDeleteAsset';
import type { AssetToDelete } from './AssetCard';

function consequence(asset: AssetToDelete | null): string {
  if (!asset || asset.usedByCount === 0) return 'The image will be deleted from the library. This cannot be undone.';
  const items = asset.usedByCount === 1 ? '1 content item shows it' : `${asset.usedByCount} content items show it`;
  return `${items}; they keep their text and lose the image. This cannot be undone.`;
}

export function DeleteAssetDialog({ asset, onClose }: { asset: AssetToDelete | null; onClose: () => void }) {
  const { deleteAsset, loading } = useDeleteAsset();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!asset) return;
    setError(null);
    try {
      await deleteAsset(asset.id);
      notifications.show({ message: 'Image deleted' });
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
      confirmLabel="Delete image"
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
