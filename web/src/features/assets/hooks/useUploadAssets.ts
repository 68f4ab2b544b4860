import { useApolloClient } from '@apollo/client/react';
import { notifications } from '../../../lib/notifications';
import { useCallback, useState } from 'react';
import { AssetUploadError } from '../../../lib/upload-asset';
import { uploadMedia } from '../../../lib/upload-media';
import { isVideoFile } from '../../../lib/upload-video';

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
      let videos = 0;
      for (const file of files) {
        try {
          await uploadMedia(personaId, file, undefined, digitalSourceType);
          uploaded += 1;
          if (isVideoFile(file)) videos += 1;
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
        const what = videos === 0 ? 'image' : videos === uploaded ? 'video' : 'file';
        notifications.show({ color: 'green', message: `Uploaded ${uploaded} ${what}${uploaded === 1 ? '' : 's'}` });
      }
    },
    [client],
  );

  /** Files the picker turned away before any upload (wrong type), shown like the server's refusals. */
  const rejectBeforeUpload = useCallback((files: RejectedFile[]) => setRejected(files), []);

  return { upload, uploading, rejected, rejectBeforeUpload };
}
