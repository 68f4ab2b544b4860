import { INSTAGRAM_IMAGE } from '../modules/scheduling/publish-checks.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import { encodeJpeg, jpegRenditionKey } from '../storage/jpeg-rendition.js';

/**
 * The storage key of the file Instagram fetches for an image: the asset itself when it is a
 * JPEG, otherwise its JPEG copy, made (again) now. A problem, in words for the post's error,
 * when the image cannot be sent.
 */
export async function instagramImageKey(
  storage: AssetStorage,
  asset: { storageKey: string; mimeType: string },
): Promise<{ key: string } | { problem: string }> {
  if (asset.mimeType === INSTAGRAM_IMAGE.mimeType) return { key: asset.storageKey };
  const original = await storage.get(asset.storageKey);
  if (!original) return { problem: "the item's image is missing from storage" };
  let jpeg: Buffer | null;
  try {
    jpeg = await encodeJpeg(original.bytes, INSTAGRAM_IMAGE.maxBytes);
  } catch {
    return { problem: "the item's image could not be read to convert it to JPEG" };
  }
  if (!jpeg) return { problem: 'the image is larger than 8 MB even as a JPEG; attach a smaller one' };
  const key = jpegRenditionKey(asset.storageKey);
  await storage.put(key, jpeg, INSTAGRAM_IMAGE.mimeType);
  return { key };
}
