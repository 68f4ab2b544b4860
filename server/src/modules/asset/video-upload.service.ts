import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AssetRow } from '../../db/rows.js';
import type { Selectable } from 'kysely';
import type { MediaUploads } from '../../db/types.generated.js';
import { AppError, ConflictError, invalid, NotFoundError } from '../../errors.js';
import { DIGITAL_SOURCE_TYPES, isDigitalSourceType } from '../../storage/digital-source.js';
import { requirePersona } from '../persona/persona.service.js';
import { isId } from '../shared/ids.js';
import { parseInput } from '../shared/validation.js';
import { requireViewer } from '../shared/service-context.js';
import type { MediaContext } from './asset.service.js';
import { appendUploadChunk, findAssetById, findMediaUploadForUser, insertMediaUpload, setMediaUploadAsset } from './media-upload.repository.js';
import { uploadImage } from './asset.service.js';
import { probeUploadedVideo, saveVideoAsset } from './video.service.js';

// Large videos arrive in chunks (a resumable upload, in the manner of tus): start an upload
// with its size, send chunks at the offset the server reports, ask where it stands after a
// lost connection, then complete it. Chunks are stored objects, so any replica can take any
// request; the offset only moves forward by the conditional write in the repository.

export type MediaUploadRow = Selectable<MediaUploads>;

/** How long an unfinished upload is kept before housekeeping removes it and its chunks. */
const UPLOAD_TTL_MS = 24 * 3600 * 1000;

const startSchema = z.object({
  personaId: z.string().min(1),
  fileName: z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters'),
  byteSize: z.number().int('must be a whole number of bytes').positive('must be more than 0'),
  digitalSourceType: z.string().nullish(),
});

export interface UploadState {
  id: string;
  byteSize: number;
  receivedBytes: number;
  chunkBytes: number;
  assetId: string | null;
}

function stateOf(upload: MediaUploadRow, chunkBytes: number): UploadState {
  return { id: upload.id, byteSize: Number(upload.byteSize), receivedBytes: Number(upload.receivedBytes), chunkBytes, assetId: upload.assetId };
}

const chunkBytesOf = (ctx: MediaContext) => ctx.config.UPLOAD_CHUNK_KB * 1024;

export async function startVideoUpload(ctx: MediaContext, input: unknown): Promise<UploadState> {
  const viewer = requireViewer(ctx);
  const { personaId, fileName, byteSize, digitalSourceType } = parseInput(startSchema, input);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const maxBytes = ctx.config.MAX_VIDEO_UPLOAD_MB * 1024 * 1024;
  if (byteSize > maxBytes) {
    throw invalid('byteSize', `the video is ${(byteSize / 1024 / 1024).toFixed(1)} MB; videos may be at most ${ctx.config.MAX_VIDEO_UPLOAD_MB} MB`);
  }
  if (digitalSourceType != null && !isDigitalSourceType(digitalSourceType)) {
    throw invalid('digitalSourceType', `must be an IPTC digital source type: ${DIGITAL_SOURCE_TYPES.join(', ')}`);
  }
  const upload = await insertMediaUpload(ctx.db, {
    userId: viewer.userId,
    personaId: persona.id,
    fileName,
    byteSize: String(byteSize),
    digitalSourceType: digitalSourceType ?? null,
    expiresAt: new Date(Date.now() + UPLOAD_TTL_MS),
  });
  return stateOf(upload, chunkBytesOf(ctx));
}

async function requireUpload(ctx: MediaContext, id: string): Promise<MediaUploadRow> {
  const viewer = requireViewer(ctx);
  const upload = isId(id) ? await findMediaUploadForUser(ctx.db, id, viewer.userId) : undefined;
  if (!upload || upload.expiresAt < new Date()) throw new NotFoundError('Upload', 'uploadId');
  return upload;
}

export async function uploadState(ctx: MediaContext, id: string): Promise<UploadState> {
  return stateOf(await requireUpload(ctx, id), chunkBytesOf(ctx));
}

/** The server's offset after a refused chunk, so the client can resume from it. */
export class OffsetMismatchError extends ConflictError {
  constructor(readonly receivedBytes: number) {
    super('offset', `the upload stands at byte ${receivedBytes}; send the chunk that starts there`);
    this.extensions.receivedBytes = receivedBytes;
  }
}

/** Stores one chunk starting at `offset`; every chunk but the last is exactly the chunk size. */
export async function receiveUploadChunk(ctx: MediaContext, id: string, offset: number, bytes: Buffer): Promise<UploadState> {
  const upload = await requireUpload(ctx, id);
  const received = Number(upload.receivedBytes);
  const total = Number(upload.byteSize);
  const chunkBytes = chunkBytesOf(ctx);
  if (upload.assetId) throw new ConflictError('uploadId', 'this upload is complete');
  if (!Number.isSafeInteger(offset) || offset !== received) throw new OffsetMismatchError(received);
  if (bytes.length === 0) throw invalid('chunk', 'the chunk is empty');
  if (offset + bytes.length > total) throw invalid('chunk', `the chunk ends at byte ${offset + bytes.length}, past the declared size of ${total}`);
  if (bytes.length !== chunkBytes && offset + bytes.length !== total) {
    throw invalid('chunk', `chunks are ${chunkBytes} bytes each (the last one may be shorter); this one is ${bytes.length}`);
  }
  const key = `uploads/${upload.id}/${offset}-${randomBytes(6).toString('hex')}`;
  await ctx.storage.put(key, bytes, 'application/octet-stream');
  const after = await appendUploadChunk(ctx.db, upload.id, offset, bytes.length, key);
  if (!after) {
    // Another request took this offset first: this copy is not part of the upload.
    await ctx.storage.delete(key).catch(() => undefined);
    throw new OffsetMismatchError(Number((await requireUpload(ctx, id)).receivedBytes));
  }
  return stateOf(after, chunkBytes);
}

/** Joins the chunks, probes the video and stores it as an asset; completing twice gives the same asset. */
export async function completeVideoUpload(ctx: MediaContext, id: string): Promise<AssetRow> {
  const upload = await requireUpload(ctx, id);
  if (upload.assetId) {
    const asset = await findAssetById(ctx.db, upload.assetId);
    if (asset) return asset;
    throw new NotFoundError('Upload', 'uploadId');
  }
  const received = Number(upload.receivedBytes);
  if (received !== Number(upload.byteSize)) throw invalid('uploadId', `the upload has ${received} of ${upload.byteSize} bytes; send the rest first`);
  const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-upload-'));
  try {
    const file = path.join(dir, 'video');
    await pipeline(Readable.from(chunksOf(ctx, upload.chunkKeys)), createWriteStream(file));
    const facts = await probeUploadedVideo(ctx.config, file, 'file');
    const declared = upload.digitalSourceType && isDigitalSourceType(upload.digitalSourceType) ? upload.digitalSourceType : null;
    const asset = await saveVideoAsset(ctx, { userId: upload.userId, personaId: upload.personaId }, file, facts, { source: 'uploaded', digitalSourceType: declared });
    await setMediaUploadAsset(ctx.db, upload.id, asset.id);
    await Promise.all(upload.chunkKeys.map((key) => ctx.storage.delete(key).catch(() => undefined)));
    return asset;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* chunksOf(ctx: MediaContext, keys: readonly string[]): AsyncGenerator<Buffer> {
  for (const key of keys) {
    const chunk = await ctx.storage.get(key);
    if (!chunk) throw new AppError('BAD_USER_INPUT', 'a chunk of this upload is missing; start the upload again', { field: 'uploadId' });
    yield chunk.bytes;
  }
}

/** MP4 and MOV files say `ftyp` at byte 4; WebM and MKV start with the EBML magic number. */
function looksLikeVideo(bytes: Buffer): boolean {
  return bytes.subarray(4, 8).toString('latin1') === 'ftyp' || bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
}

/**
 * A file sent whole (multipart, up to the image upload cap): a video by its first bytes goes
 * the video way, anything else is checked as an image.
 */
export async function uploadMedia(ctx: MediaContext, personaId: string, bytes: Buffer, declared: string | null): Promise<AssetRow> {
  if (!looksLikeVideo(bytes)) return uploadImage(ctx, personaId, bytes, declared);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  if (declared !== null && !isDigitalSourceType(declared)) {
    throw invalid('digitalSourceType', `must be an IPTC digital source type: ${DIGITAL_SOURCE_TYPES.join(', ')}`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-upload-'));
  try {
    const file = path.join(dir, 'video');
    await writeFile(file, bytes);
    const facts = await probeUploadedVideo(ctx.config, file, 'file');
    return await saveVideoAsset(ctx, { userId: persona.userId, personaId: persona.id }, file, facts, { source: 'uploaded', digitalSourceType: declared });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
