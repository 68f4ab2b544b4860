import { randomUUID } from 'node:crypto';
import type { AssetRow } from '../../db/rows.js';
import { invalid, NotFoundError } from '../../errors.js';
import type { AssetStorage } from '../../storage/asset-storage.js';
import { DIGITAL_SOURCE_TYPES, isDigitalSourceType, type DigitalSourceType } from '../../storage/digital-source.js';
import { fingerprintImage } from '../../storage/image-fingerprint.js';
import { ImageRejectedError, processImageUpload, type ProcessedImage } from '../../storage/image-upload.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { decodeTimeKey, encodeTimeKey, pageSize, toPage, type Page } from '../shared/pagination.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { findAssetByIdForUser, insertAsset, listAssetsForUser } from './asset.repository.js';
import { trashRowById } from '../trash/trash.repository.js';

export interface MediaContext extends ServiceContext {
  storage: AssetStorage;
}

const EXTENSIONS: Record<ProcessedImage['mimeType'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Stores a checked image and records it. The bytes go to storage first; if the row cannot be
 * written they are removed again, so storage never holds what the database does not know.
 */
export async function saveImageAsset(
  ctx: MediaContext,
  personaId: string,
  image: ProcessedImage,
  origin: {
    source: 'uploaded' | 'generated';
    prompt?: string | null;
    digitalSourceType: DigitalSourceType | null;
    /** The reference images a generated image was made from. */
    referenceIds?: readonly string[];
  },
): Promise<AssetRow> {
  const viewer = requireViewer(ctx);
  const key = `personas/${personaId}/${randomUUID()}.${EXTENSIONS[image.mimeType]}`;
  // Taken now, so the visual identity lock compares rows, never files.
  const fingerprint = await fingerprintImage(image.bytes);
  await ctx.storage.put(key, image.bytes, image.mimeType);
  try {
    return await insertAsset(ctx.db, {
      userId: viewer.userId,
      personaId: personaId,
      kind: 'image',
      source: origin.source,
      storageKey: key,
      mimeType: image.mimeType,
      byteSize: image.bytes.length,
      width: image.width,
      height: image.height,
      prompt: origin.prompt ?? null,
      digitalSourceType: origin.digitalSourceType,
      fingerprint: JSON.stringify(fingerprint),
      referenceIds: [...(origin.referenceIds ?? [])],
    });
  } catch (error) {
    await ctx.storage.delete(key).catch(() => undefined);
    throw error;
  }
}

/**
 * An uploaded file for one of the viewer's personas: checked by content, re-encoded, stored,
 * with the digital source type the person declared written into it (none when not declared).
 */
export async function uploadImage(ctx: MediaContext, personaId: string, bytes: Buffer, declared: string | null = null): Promise<AssetRow> {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  if (declared !== null && !isDigitalSourceType(declared)) {
    throw invalid('digitalSourceType', `must be an IPTC digital source type: ${DIGITAL_SOURCE_TYPES.join(', ')}`);
  }
  let image: ProcessedImage;
  try {
    image = await processImageUpload(bytes, declared);
  } catch (error) {
    if (error instanceof ImageRejectedError) throw invalid('file', error.message);
    throw error;
  }
  return saveImageAsset(ctx, persona.id, image, { source: 'uploaded', digitalSourceType: declared });
}

export async function getAsset(ctx: ServiceContext, id: string): Promise<AssetRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findAssetByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

export async function listAssets(
  ctx: ServiceContext,
  args: { personaId?: string | null; first?: number | null; after?: string | null },
): Promise<Page<AssetRow>> {
  const viewer = requireViewer(ctx);
  const size = pageSize(args.first, 24);
  if (args.personaId && !isId(args.personaId)) return { nodes: [], hasNextPage: false, endCursor: null };
  const rows = await listAssetsForUser(ctx.db, viewer.userId, {
    personaId: args.personaId ?? undefined,
    limit: size + 1,
    after: args.after ? decodeTimeKey(args.after) : undefined,
  });
  return toPage(rows, size, (row) => encodeTimeKey(row.createdAt, row.id));
}

/**
 * Puts an asset in the trash: items that showed it keep their text and show no image until it
 * is restored. Its file stays in storage until the asset is removed for good (trash.service).
 */
export async function deleteAsset(ctx: ServiceContext, id: string): Promise<string> {
  const asset = await getAsset(ctx, id);
  if (!asset) throw new NotFoundError('Asset', 'id');
  await trashRowById(ctx.db, 'asset', asset.id);
  return asset.id;
}
