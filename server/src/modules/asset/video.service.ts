import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { AssetRow } from '../../db/rows.js';
import { enqueueJob } from '../../jobs/job-queue.repository.js';
import { mediaTools } from '../../media/media-tools.js';
import { posterFrame, transcodeReasons } from '../../media/video-encode.js';
import { probeVideo, VideoRejectedError, type VideoFacts } from '../../media/video-probe.js';
import type { DigitalSourceType } from '../../storage/digital-source.js';
import { invalid } from '../../errors.js';
import type { Config } from '../../config.js';
import type { MediaContext } from './asset.service.js';
import { insertAsset } from './asset.repository.js';

// A video becomes an asset the same way whatever brought it (a chunked upload, a small
// multipart upload, a generated video): probed by content, its poster frame stored beside
// it, and, when it does not fit the publishing spec, a transcode queued in the same
// transaction as the row, so a stored video is either ready or on its way.

export const VIDEO_TRANSCODE_TASK = 'video_transcode';

const EXTENSIONS: Record<string, string> = { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm', 'video/x-matroska': 'mkv' };

/** Probes a local file, refusing what is not a usable video with the field and the reason. */
export async function probeUploadedVideo(config: Config, file: string, field: string): Promise<VideoFacts> {
  try {
    return await probeVideo(mediaTools(config), file);
  } catch (error) {
    if (error instanceof VideoRejectedError) throw invalid(field, error.message);
    throw error;
  }
}

/** Stores a probed video file and its poster, and records the asset (queuing its transcode if needed). */
export async function saveVideoAsset(
  ctx: Pick<MediaContext, 'db' | 'config' | 'storage'>,
  owner: { userId: string; personaId: string },
  file: string,
  facts: VideoFacts,
  origin: { source: 'uploaded' | 'generated'; prompt?: string | null; digitalSourceType: DigitalSourceType | null; referenceIds?: readonly string[] },
): Promise<AssetRow> {
  const { userId, personaId } = owner;
  const base = `personas/${personaId}/${randomUUID()}`;
  const key = `${base}.${EXTENSIONS[facts.mimeType] ?? 'mp4'}`;
  const posterKey = `${base}.poster.jpg`;
  const poster = await posterFrame(mediaTools(ctx.config), file, facts.durationMs);
  const needsTranscode = transcodeReasons(facts).length > 0;
  await ctx.storage.putFile(key, file, facts.mimeType);
  await ctx.storage.put(posterKey, poster, 'image/jpeg');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const asset = await insertAsset(trx, {
        userId,
        personaId,
        kind: 'video',
        source: origin.source,
        storageKey: key,
        posterKey,
        mimeType: facts.mimeType,
        byteSize: (await stat(file)).size,
        width: facts.width,
        height: facts.height,
        durationMs: facts.durationMs,
        frameRate: facts.frameRate,
        bitRate: facts.bitRate,
        container: facts.container,
        videoCodec: facts.videoCodec,
        audioCodec: facts.audioCodec,
        processing: needsTranscode ? 'processing' : 'ready',
        processingProgress: needsTranscode ? 0 : 100,
        prompt: origin.prompt ?? null,
        digitalSourceType: origin.digitalSourceType,
        referenceIds: [...(origin.referenceIds ?? [])],
      });
      if (needsTranscode) await enqueueJob(trx, VIDEO_TRANSCODE_TASK, { assetId: asset.id }, { jobKey: `transcode:${asset.id}`, maxAttempts: 3 });
      return asset;
    });
  } catch (error) {
    await Promise.all([ctx.storage.delete(key), ctx.storage.delete(posterKey)].map((done) => done.catch(() => undefined)));
    throw error;
  }
}
