import { useState } from 'react';
import { uploadAsset } from '../../lib/upload-asset';
import { useSetItemAsset } from './useSetItemAsset';

/**
 * Uploads an image into the persona's library and attaches it to the item, as a version-checked
 * edit like choosing it from the library. A refused file (the server checks its bytes) throws an
 * AssetUploadError that says why; the item is unchanged then.
 */
export function useUploadItemImage() {
  const { setItemAsset } = useSetItemAsset();
  const [uploading, setUploading] = useState(false);

  async function uploadItemImage(item: { id: string; personaId: string }, expectedVersion: number, file: File) {
    setUploading(true);
    try {
      const asset = await uploadAsset(item.personaId, file);
      return await setItemAsset(item.id, expectedVersion, asset.id);
    } finally {
      setUploading(false);
    }
  }

  return { uploadItemImage, uploading };
}
