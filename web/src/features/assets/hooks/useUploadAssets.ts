import { useApolloClient } from '@apollo/client/react';
import { notifications } from '../../../lib/notifications';
import { useCallback, useState } from 'react';
import { AssetUploadError } from '../../../lib/upload-asset';
import { uploadMedia } from '../../../lib/upload-media';

interface RejectedFile {
  name: string;
  message: string;
}

/**
 * Uploads files one after another (each may be 15 MB) and keeps each refusal with its file
 * name. Successful uploads reload every stored asset list: new images go first.
 */
export function useUploadAssets() {
  const client = useApolloClient();
  const [uploading, setUploading] = useState(false);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);

  const upload = useCallback(
    async (personaId: string, files: readonly File[], digitalSourceType: string | null = null) => {
      setUploading(true);
      setRejected([]);
      const refused: RejectedFile[] = [];
      let uploaded = 0;
      for (const file of files) {
        try {
          await uploadMedia(personaId, file, undefined, digitalSourceType);
          uploaded += 1;
        } catch (error) {
          const message = error instanceof AssetUploadError ? error.message : 'The upload failed unexpectedly.';
          refused.push({ name: file.name, message });
        }
      }
      setRejected(refused);
      setUploading(false);
      if (uploaded > 0) {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'assets' });
        client.cache.gc();
        notifications.show({ color: 'green', message: `Uploaded ${uploaded} ${uploaded === 1 ? 'file' : 'files'}` });
      }
    },
    [client],
  );

  /** Files the picker turned away before any upload (wrong type), shown like the server's refusals. */
  const rejectBeforeUpload = useCallback((files: RejectedFile[]) => setRejected(files), []);

  return { upload, uploading, rejected, rejectBeforeUpload };
}
