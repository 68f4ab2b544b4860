import sharp from 'sharp';
import { MAX_IMAGE_BYTES } from './common.js';

/** The media at `url` as Meta fetches it, or why the download failed. */
export async function fetchMedia(url: string, signal: AbortSignal): Promise<{ bytes: Buffer } | { problem: string }> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return { problem: `Media download has failed: the media URI answered HTTP ${response.status}.` };
    return { bytes: Buffer.from(await response.arrayBuffer()) };
  } catch {
    return { problem: signal.aborted ? 'The server shut down.' : 'Media download has failed: the media URI could not be fetched.' };
  }
}

/**
 * Why Instagram would refuse the image, or null. Fetched from the URL, as Meta does. Feed
 * images are 4:5 to 1.91:1; Stories and Reel covers take tall 9:16 images too.
 */
export async function inspectImage(url: string, signal: AbortSignal, tall = false): Promise<string | null> {
  const fetched = await fetchMedia(url, signal);
  if ('problem' in fetched) return fetched.problem;
  const { bytes } = fetched;
  if (bytes.length > MAX_IMAGE_BYTES) return 'The image size is too large; it should be less than 8 MiB.';
  const metadata = await sharp(bytes).metadata().catch(() => null);
  if (metadata?.format !== 'jpeg') return `The image format is not supported (${metadata?.format ?? 'not an image'}); only JPEG is accepted.`;
  const ratio = (metadata.width ?? 0) / (metadata.height ?? 1);
  const [min, minName] = tall ? [9 / 16, '9:16'] : [0.8, '4:5'];
  if (ratio < min - 1e-3 || ratio > 1.91 + 1e-3) return `The aspect ratio ${metadata.width}x${metadata.height} is not supported; it must be between ${minName} and 1.91:1.`;
  return null;
}
