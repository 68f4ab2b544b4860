import { uploadAsset } from './upload-asset';
import { isVideoFile, uploadVideo } from './upload-video';

/**
 * Uploads an image (multipart) or a video (in chunks, with progress) into the persona's
 * library, declaring where it came from (an IPTC digital source type) when known.
 */
export function uploadMedia(personaId: string, file: File, onProgress?: (fraction: number) => void, digitalSourceType: string | null = null): Promise<{ id: string }> {
  return isVideoFile(file) ? uploadVideo(personaId, file, onProgress, undefined, digitalSourceType) : uploadAsset(personaId, file, digitalSourceType);
}
